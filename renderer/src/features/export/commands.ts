/** The export feature's command: the brief's export dialog. */
import { defineCommands } from '../../commands/registry';
import { useAppStore } from '../../store/app-store';

export const exportCommands = defineCommands([
  {
    id: 'export',
    label: 'Export brief…',
    shortcuts: ['Mod+E'],
    run: () => useAppStore.getState().openDialog({ kind: 'export' }),
  },
]);
