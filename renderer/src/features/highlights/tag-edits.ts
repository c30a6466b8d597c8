/**
 * Tag changes on a highlight, one call at a time and in the order they were made. Each call adds
 * or removes one tag from what the highlight has when it arrives (`highlights.addTag`,
 * `highlights.removeTag`), so tags added faster than the host answers are all kept (before, each
 * addition sent the whole list as last fetched, and a quick second one replaced the first).
 */
import type { HighlightId } from '../../../../electron/contract';
import { call } from '../../store/api';
import { scheduleRefresh } from '../../store/refresh-bus';

export type TagChange = 'add' | 'remove';

const queues = new Map<HighlightId, Promise<void>>();

export function changeHighlightTag(id: HighlightId, change: TagChange, name: string): Promise<void> {
  const method = change === 'add' ? 'highlights.addTag' : 'highlights.removeTag';
  const next = (queues.get(id) ?? Promise.resolve()).then(async () => {
    if (await call(method, { id, name })) scheduleRefresh(['highlights', 'tags']);
  });
  queues.set(id, next);
  return next.finally(() => {
    if (queues.get(id) === next) queues.delete(id);
  });
}
