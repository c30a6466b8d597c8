/** The search box's commands: focus it, and open the query-language help. */
import { defineCommands } from '../../commands/registry';
import { toggleSearchHelp } from './search-service';

const focusSearch = () => {
  const box = document.getElementById('search-box');
  if (box instanceof HTMLInputElement) {
    box.focus();
    box.select();
  }
};

export const searchCommands = defineCommands([
  // Mod+F finds in the open document first (`find` has a condition); with none open, it searches.
  { id: 'search', label: 'Search', shortcuts: ['/', 'Mod+F'], inTextFields: false, run: focusSearch },
  { id: 'search.help', label: 'Search syntax', shortcuts: [], run: () => toggleSearchHelp(true) },
]);
