/** The timeline's commands: its side panel, and the timeline as the main view. */
import { defineCommands } from '../../commands/registry';
import { showView } from '../../navigation/navigation';
import { useAppStore } from '../../store/app-store';

export const timelineCommands = defineCommands([
  {
    id: 'panel.timeline',
    label: 'Show timeline',
    shortcuts: ['Alt+3'],
    run: () => useAppStore.getState().setPanel('timeline'),
  },
  // The same key as "Show reader": it flips between the two.
  {
    id: 'view.timeline',
    label: 'Show timeline view',
    shortcuts: ['Shift+Mod+L'],
    enabled: () => useAppStore.getState().mainView === 'reader',
    run: () => showView('timeline'),
  },
]);
