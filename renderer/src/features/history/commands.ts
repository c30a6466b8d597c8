/** Undo and redo, on the core's change log (toasts' Undo buttons run the same command). */
import { defineCommands } from '../../commands/registry';
import { redo, undo } from './history-service';

export const historyCommands = defineCommands([
  { id: 'undo', label: 'Undo', shortcuts: ['Mod+Z'], run: () => void undo() },
  { id: 'redo', label: 'Redo', shortcuts: ['Shift+Mod+Z', 'Ctrl+Y'], run: () => void redo() },
]);
