/**
 * Every feature's commands, registered once at startup. A new feature or view adds its own
 * `commands.ts` and one line here. The order is the palette's order (and, between commands bound
 * to the same key with no condition, which one runs).
 */
import { layoutCommands } from '../app/layout-commands';
import { datesCommands } from '../features/dates/commands';
import { exportCommands } from '../features/export/commands';
import { highlightCommands } from '../features/highlights/commands';
import { historyCommands } from '../features/history/commands';
import { importCommands } from '../features/import/commands';
import { projectCommands } from '../features/projects/commands';
import { readerCommands } from '../features/reader/commands';
import { searchCommands } from '../features/search/commands';
import { tagCommands } from '../features/tags/commands';
import { timelineCommands } from '../features/timeline/commands';
import { navigationCommands } from '../navigation/commands';
import { paletteCommands } from './palette-commands';
import { registerCommands } from './registry';

const contributions = [
  importCommands,
  exportCommands,
  historyCommands,
  readerCommands,
  searchCommands,
  paletteCommands,
  highlightCommands,
  tagCommands,
  timelineCommands,
  datesCommands,
  navigationCommands,
  layoutCommands,
  projectCommands,
] as const;

/** Every command id any feature contributes. */
export type CommandId = (typeof contributions)[number][number]['id'];

export function registerContributions(): void {
  for (const list of contributions) registerCommands(list);
}
