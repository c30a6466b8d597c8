/** The command palette's own command: Ctrl/Cmd+K opens it, even from a text field. */
import { useAppStore } from '../store/app-store';
import { defineCommands } from './registry';

export const paletteCommands = defineCommands([
  {
    id: 'palette',
    label: 'Command palette',
    shortcuts: ['Mod+K'],
    inTextFields: true,
    run: () => useAppStore.getState().openDialog({ kind: 'palette' }),
  },
]);
