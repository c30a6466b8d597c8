/** The Import buttons (files, folder): native dialogs on the desktop, hidden file inputs in the browser. */
import { useEffect, useRef } from 'react';
import { isDesktop } from '../../platform/client';
import { setFilePicker, setFolderPicker } from '../../commands/app-commands';
import { runCommand } from '../../commands/registry';
import { importFiles, importFolderFiles } from './import-service';

export const IMPORT_ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setFilePicker(() => input.current?.click());
    setFolderPicker(() => folderInput.current?.click());
    // React has no prop for it: the folder picker needs the webkitdirectory attribute.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);
  return (
    <>
      <button type="button" onClick={() => runCommand('import')} title="Import documents (Ctrl+O)">
        Import
      </button>
      <button type="button" onClick={() => runCommand('import-folder')} title="Import every document in a folder">
        Import folder
      </button>
      {isDesktop() ? null : (
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          aria-label="Folder to import"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importFolderFiles(files);
          }}
        />
      )}
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
