/** Undo and redo over the change log: a change set is reverted by replaying its entries backwards. */
import type { ChangeEntry } from '../repos/history-repo';
import type { Writer } from '../repos/writer';
import type { Context } from './context';

export function undo(ctx: Context): string | null {
  const set = ctx.repos.history.latestUndoable(ctx.projectId);
  if (!set) return null;
  ctx.mutate(
    `Undo ${set.label}`,
    (w) => {
      revert(w, ctx.repos.history.entries(set.id));
      ctx.repos.history.markUndone(set.id);
    },
    'undo',
    set.id,
  );
  return set.label;
}

export function redo(ctx: Context): string | null {
  const set = ctx.repos.history.latestRedoable(ctx.projectId);
  if (!set) return null;
  const label = set.label.replace(/^Undo /, '');
  ctx.mutate(
    label,
    (w) => {
      revert(w, ctx.repos.history.entries(set.id));
      ctx.repos.history.markUndone(set.id);
    },
    'redo',
    set.id,
  );
  return label;
}

function revert(w: Writer, entries: readonly ChangeEntry[]): void {
  for (const entry of [...entries].reverse()) {
    if (entry.before === null) w.delete(entry.table, entry.key);
    else if (entry.after === null) w.insert(entry.table, entry.before);
    else w.update(entry.table, entry.key, entry.before);
  }
}
