/** Every command of the workbench, registered once at startup. */
import { useAppStore } from '../store/app-store';
import { isDesktop } from '../platform/client';
import { highlightSelection } from '../features/highlights/highlight-service';
import { redo, undo } from '../features/history/history-service';
import { importFolderWithDialog, importWithDialog } from '../features/import/import-service';
import { registerCommands } from './registry';

/** The browser's file input lives in ImportButton; it registers how to open it here. */
let openFilePicker: () => void = () => undefined;
export const setFilePicker = (open: () => void): void => {
  openFilePicker = open;
};
let openFolderPicker: () => void = () => undefined;
export const setFolderPicker = (open: () => void): void => {
  openFolderPicker = open;
};

const focusSearch = () => {
  const box = document.getElementById('search-box');
  if (box instanceof HTMLInputElement) {
    box.focus();
    box.select();
  }
};

export function registerAppCommands(): void {
  const store = useAppStore.getState;
  registerCommands([
    {
      id: 'import',
      label: 'Import documents…',
      shortcuts: ['Mod+O'],
      run: () => (isDesktop() ? void importWithDialog() : openFilePicker()),
    },
    {
      id: 'import-folder',
      label: 'Import a folder…',
      shortcuts: ['Shift+Mod+O'],
      run: () => (isDesktop() ? void importFolderWithDialog() : openFolderPicker()),
    },
    { id: 'export', label: 'Export brief…', shortcuts: ['Mod+E'], run: () => store().openDialog({ kind: 'export' }) },
    { id: 'undo', label: 'Undo', shortcuts: ['Mod+Z'], run: () => void undo() },
    { id: 'redo', label: 'Redo', shortcuts: ['Shift+Mod+Z', 'Ctrl+Y'], run: () => void redo() },
    { id: 'search', label: 'Search', shortcuts: ['Mod+F', '/'], inTextFields: false, run: focusSearch },
    {
      id: 'palette',
      label: 'Command palette',
      shortcuts: ['Mod+K'],
      inTextFields: true,
      run: () => store().openDialog({ kind: 'palette' }),
    },
    {
      id: 'highlight',
      label: 'Highlight selection',
      shortcuts: ['H'],
      enabled: () => store().pendingSelection !== null,
      run: () => void highlightSelection('yellow'),
    },
    {
      id: 'panel.highlight',
      label: 'Show highlight panel',
      shortcuts: ['Alt+1'],
      run: () => store().setPanel('highlight'),
    },
    { id: 'panel.tags', label: 'Show tags', shortcuts: ['Alt+2'], run: () => store().setPanel('tags') },
    { id: 'panel.timeline', label: 'Show timeline', shortcuts: ['Alt+3'], run: () => store().setPanel('timeline') },
  ]);
}
