/** Highlighting the reader's selection (H) and showing the highlight panel. */
import { defineCommands } from '../../commands/registry';
import { useAppStore } from '../../store/app-store';
import { highlightSelection } from './highlight-service';

export const highlightCommands = defineCommands([
  {
    id: 'highlight',
    label: 'Highlight selection',
    shortcuts: ['H'],
    enabled: () => useAppStore.getState().pendingSelection !== null,
    run: () => void highlightSelection('yellow'),
  },
  {
    id: 'panel.highlight',
    label: 'Show highlight panel',
    shortcuts: ['Alt+1'],
    run: () => useAppStore.getState().setPanel('highlight'),
  },
]);
