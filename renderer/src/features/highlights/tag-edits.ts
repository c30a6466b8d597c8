/**
 * Tag edits on a highlight, one save at a time. Each edit applies to the tags the previous edit
 * asked for, not to the list last fetched, so tags added faster than the host answers are all
 * kept (before, the second of two quick additions replaced the first).
 */
import type { HighlightId } from '../../../../electron/contract';
import { call } from '../../store/api';
import { scheduleRefresh } from '../../store/refresh-bus';

type TagEdit = (tags: string[]) => string[];

interface Pending {
  tags: string[];
  saving: Promise<void>;
  failed: boolean;
}

const pending = new Map<HighlightId, Pending>();

/** Applies `edit` after every edit still being saved; `stored` is the list the caller last saw. */
export function editHighlightTags(id: HighlightId, stored: string[], edit: TagEdit): Promise<void> {
  const entry = pending.get(id) ?? { tags: stored, saving: Promise.resolve(), failed: false };
  const tags = edit(entry.tags);
  entry.tags = tags;
  pending.set(id, entry);
  const saving = entry.saving.then(async () => {
    if (entry.failed) return;
    if (await call('highlights.setTags', { id, tags })) scheduleRefresh(['highlights', 'tags']);
    else entry.failed = true;
  });
  entry.saving = saving;
  return saving.finally(() => {
    if (pending.get(id)?.saving === saving) pending.delete(id);
  });
}
