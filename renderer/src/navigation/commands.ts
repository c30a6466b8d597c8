/** Navigation's own command: back to the view and document before the last jump. */
import { defineCommands } from '../commands/registry';
import { back, canGoBack } from './navigation';

export const navigationCommands = defineCommands([
  { id: 'navigate.back', label: 'Go back', shortcuts: ['Alt+ArrowLeft'], enabled: canGoBack, run: () => void back() },
]);
