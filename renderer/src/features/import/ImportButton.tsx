/** The Import buttons (files, folder): native dialogs on the desktop, hidden file inputs in the browser. */
import { useEffect, useRef } from 'react';
import { isDesktop } from '../../platform/client';
import { IMPORT_ACCEPT } from '../../platform/read-files';
import { runCommand } from '../../commands/registry';
import { importFiles, importFolderFiles } from './import-service';

/** The browser's hidden file inputs, which the import commands click. */
export const FILES_INPUT_ID = 'import-files-input';
export const FOLDER_INPUT_ID = 'import-folder-input';

export function ImportButton() {
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // React has no prop for it: the folder picker needs the webkitdirectory attribute.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);
  return (
    <>
      <button type="button" onClick={() => runCommand('import')} title="Import documents (Ctrl+O)">
        Import
      </button>
      <button
        type="button"
        className="import-folder-button"
        onClick={() => runCommand('import-folder')}
        title="Import every document in a folder"
      >
        Import folder
      </button>
      {isDesktop() ? null : (
        <input
          ref={folderInput}
          id={FOLDER_INPUT_ID}
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
          id={FILES_INPUT_ID}
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
