/** The tags feature's commands: its side panel, and the Tags view (the codebook) as the main view. */
import { defineCommands } from '../../commands/registry';
import { showView } from '../../navigation/navigation';
import { useAppStore } from '../../store/app-store';

export const tagCommands = defineCommands([
  { id: 'panel.tags', label: 'Show tags', shortcuts: ['Alt+2'], run: () => useAppStore.getState().setPanel('tags') },
  // Shift+Mod+L flips between the reader and the timeline; B for codebook (Shift+Mod+T is the browser's).
  {
    id: 'view.tags',
    label: 'Show tags view (codebook)',
    shortcuts: ['Shift+Mod+B'],
    enabled: () => useAppStore.getState().mainView !== 'tags',
    run: () => showView('tags'),
  },
]);
