/**
 * `dossier events list|add|delete`: the timeline from scripts. `add` takes the date as an analyst
 * types it ("about March 2024", "Q1 2024", EDTF) and refuses one it cannot read (exit 1) with the
 * same message the app shows.
 */
import { table } from '../format';
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function timelineEvents(ctx: CommandContext): Promise<number> {
  const [action, ...rest] = ctx.args;
  switch (action) {
    case 'list':
      return listEvents(ctx, rest);
    case 'add':
      return addEvent(ctx, rest);
    case 'delete':
      return deleteEvent(ctx, rest);
    default:
      throw new UsageError(
        action ? `unknown events action “${action}” (use list, add or delete)` : 'events needs list, add or delete',
      );
  }
}

async function listEvents(ctx: CommandContext, rest: string[]): Promise<number> {
  if (rest.length > 0) throw new UsageError('events list takes no arguments');
  const events = await ctx.call('events.list', {});
  if (ctx.json) {
    printJson(ctx.io, events);
    return EXIT_OK;
  }
  if (events.length === 0) {
    ctx.io.out('No events yet. Add one with: dossier events add --date "about March 2024" --title "…"\n');
    return EXIT_OK;
  }
  const rows = events.map((e) => [
    e.dateLabel,
    e.id,
    `${e.passages.length} ${e.passages.length === 1 ? 'passage' : 'passages'}`,
    e.title,
  ]);
  ctx.io.out(`${table([['Date', 'ID', 'Linked', 'Title'], ...rows])}\n`);
  return EXIT_OK;
}

async function addEvent(ctx: CommandContext, rest: string[]): Promise<number> {
  if (rest.length > 0) throw new UsageError(`events add takes options, not “${rest.join(' ')}”`);
  const { date, title, highlight = [], description } = ctx.values;
  if (date === undefined) throw new UsageError('events add needs --date, e.g. --date "about March 2024"');
  if (title === undefined) throw new UsageError('events add needs --title');
  const event = await ctx.call('events.create', {
    date,
    title,
    ...(description !== undefined ? { description } : {}),
    ...(highlight.length > 0 ? { highlightIds: highlight } : {}),
  });
  if (ctx.json) printJson(ctx.io, event);
  else ctx.io.out(`Added ${event.id}: ${event.dateLabel} (EDTF ${event.date}) — ${event.title}\n`);
  return EXIT_OK;
}

async function deleteEvent(ctx: CommandContext, rest: string[]): Promise<number> {
  const [id, extra] = rest;
  if (id === undefined || extra !== undefined) throw new UsageError('events delete needs exactly one event id');
  await ctx.call('events.delete', { id });
  if (ctx.json) printJson(ctx.io, { deleted: id });
  else ctx.io.out(`Deleted event ${id}.\n`);
  return EXIT_OK;
}
