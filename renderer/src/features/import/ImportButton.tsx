/** The Import button: the native dialog on the desktop, a hidden file input in the browser. */
import { useEffect, useRef } from 'react';
import { isDesktop } from '../../platform/client';
import { setFilePicker } from '../../commands/app-commands';
import { runCommand } from '../../commands/registry';
import { importFiles } from './import-service';

export const IMPORT_ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setFilePicker(() => input.current?.click()), []);
  return (
    <>
      <button type="button" onClick={() => runCommand('import')} title="Import .txt and .md files">
        Import
      </button>
      {isDesktop() ? null : (
        <input
          ref={input}
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          hidden
          data-testid="import-input"
          aria-label="Files to import"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importFiles(files);
          }}
        />
      )}
    </>
  );
}
