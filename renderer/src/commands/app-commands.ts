/** Every command of the workbench, registered once at startup. */
import { useAppStore } from '../store/app-store';
import { isDesktop } from '../platform/client';
import { highlightSelection } from '../features/highlights/highlight-service';
import { redo, undo } from '../features/history/history-service';
import { importFolderWithDialog, importWithDialog } from '../features/import/import-service';
import { closeFind, openFind, stepMatch } from '../features/reader/find-service';
import { focusReader } from '../features/reader/reader-focus';
import { toggleSearchHelp } from '../features/search/search-service';
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
    // Before 'search': with a document open, Mod+F finds in it; with none, it falls through to search.
    {
      id: 'find',
      label: 'Find in document…',
      shortcuts: ['Mod+F'],
      inTextFields: true,
      enabled: () => store().doc !== null,
      run: openFind,
    },
    {
      id: 'find.next',
      label: 'Next match',
      shortcuts: ['F3', 'Mod+G'],
      inTextFields: true,
      enabled: () => store().findOpen,
      run: () => stepMatch(1),
    },
    {
      id: 'find.previous',
      label: 'Previous match',
      shortcuts: ['Shift+F3', 'Shift+Mod+G'],
      inTextFields: true,
      enabled: () => store().findOpen,
      run: () => stepMatch(-1),
    },
    {
      id: 'find.close',
      label: 'Close find bar',
      shortcuts: ['Escape'],
      enabled: () => store().findOpen,
      run: () => {
        closeFind();
        focusReader();
      },
    },
    { id: 'search', label: 'Search', shortcuts: ['/', 'Mod+F'], inTextFields: false, run: focusSearch },
    { id: 'search.help', label: 'Search syntax', shortcuts: [], run: () => toggleSearchHelp(true) },
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
