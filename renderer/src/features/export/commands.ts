/** The export feature's command: Mod+E opens the Brief view, where the brief is composed, previewed and exported. */
import { defineCommands } from '../../commands/registry';
import { showView } from '../../navigation/navigation';
import { useAppStore } from '../../store/app-store';

export const exportCommands = defineCommands([
  {
    id: 'export',
    label: 'Show brief view (compose, preview, export)',
    shortcuts: ['Mod+E'],
    enabled: () => useAppStore.getState().mainView !== 'brief',
    run: () => showView('brief'),
  },
]);
