/** The tags feature's command: show its panel. */
import { defineCommands } from '../../commands/registry';
import { useAppStore } from '../../store/app-store';

export const tagCommands = defineCommands([
  { id: 'panel.tags', label: 'Show tags', shortcuts: ['Alt+2'], run: () => useAppStore.getState().setPanel('tags') },
]);
