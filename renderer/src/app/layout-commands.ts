/**
 * The shell's commands: show or hide the library and the context panel while the window is too
 * narrow to show them beside the reader (Ctrl+B and Ctrl+J, as in code editors' side bar and panel).
 */
import { defineCommands } from '../commands/registry';
import { useAppStore } from '../store/app-store';
import { toggleDrawer, useLayoutStore } from './layout-store';

const narrow = (): boolean => useLayoutStore.getState().narrow;
const narrowWithContext = (): boolean => narrow() && useAppStore.getState().mainView !== 'brief';

export const layoutCommands = defineCommands([
  {
    id: 'layout.library',
    label: 'Show or hide the library',
    shortcuts: ['Mod+B'],
    enabled: narrow,
    run: () => toggleDrawer('library'),
  },
  {
    id: 'layout.context',
    label: 'Show or hide the context panel',
    shortcuts: ['Mod+J'],
    enabled: narrowWithContext,
    run: () => toggleDrawer('context'),
  },
]);
