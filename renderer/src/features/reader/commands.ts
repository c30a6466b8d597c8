/** The reader's commands: find in the open document, and switching the middle column back to the reader. */
import { defineCommands } from '../../commands/registry';
import { showView } from '../../navigation/navigation';
import { useAppStore } from '../../store/app-store';
import { closeFind, openFind, stepMatch } from './find-service';
import { focusReader } from './reader-focus';

const store = useAppStore.getState;
const reading = () => store().mainView === 'reader';

export const readerCommands = defineCommands([
  {
    id: 'find',
    label: 'Find in document…',
    shortcuts: ['Mod+F'],
    inTextFields: true,
    enabled: () => reading() && store().doc !== null,
    run: openFind,
  },
  {
    id: 'find.next',
    label: 'Next match',
    shortcuts: ['F3', 'Mod+G'],
    inTextFields: true,
    enabled: () => reading() && store().findOpen,
    run: () => stepMatch(1),
  },
  {
    id: 'find.previous',
    label: 'Previous match',
    shortcuts: ['Shift+F3', 'Shift+Mod+G'],
    inTextFields: true,
    enabled: () => reading() && store().findOpen,
    run: () => stepMatch(-1),
  },
  {
    id: 'find.close',
    label: 'Close find bar',
    shortcuts: ['Escape'],
    enabled: () => reading() && store().findOpen,
    run: () => {
      closeFind();
      focusReader();
    },
  },
  // The same key as "Show timeline view": it flips between the two.
  {
    id: 'view.reader',
    label: 'Show reader',
    shortcuts: ['Shift+Mod+L'],
    enabled: () => !reading(),
    run: () => showView('reader'),
  },
]);
