/**
 * Importing files or a folder: the native dialog on the desktop; in the browser, a click on the
 * Import button's hidden file input (found by id, so no component has to hand its opener over).
 */
import { defineCommands } from '../../commands/registry';
import { isDesktop } from '../../platform/client';
import { importFolderWithDialog, importWithDialog } from './import-service';
import { FILES_INPUT_ID, FOLDER_INPUT_ID } from './ImportButton';

const clickInput = (id: string) => document.getElementById(id)?.click();

export const importCommands = defineCommands([
  {
    id: 'import',
    label: 'Import documents…',
    shortcuts: ['Mod+O'],
    run: () => (isDesktop() ? void importWithDialog() : clickInput(FILES_INPUT_ID)),
  },
  {
    id: 'import-folder',
    label: 'Import a folder…',
    shortcuts: ['Shift+Mod+O'],
    run: () => (isDesktop() ? void importFolderWithDialog() : clickInput(FOLDER_INPUT_ID)),
  },
]);
