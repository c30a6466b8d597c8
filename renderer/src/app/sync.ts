/**
 * Keeps the store in step with the library: the first load, and the one place where pushed
 * `library.changed` events (and the services' own writes, via the refresh bus) trigger refetches.
 */
import { getClient } from '../platform/client';
import { useAppStore } from '../store/app-store';
import { registerRefresher, scheduleRefresh } from '../store/refresh-bus';
import { loadLibrary } from '../features/library/library-service';
import { openDocument, reloadDocument } from '../features/reader/reader-service';
import { loadTags } from '../features/tags/tags-service';
import { loadTimeline } from '../features/timeline/timeline-service';

export async function startSync(): Promise<void> {
  registerRefresher(async (entities) => {
    const jobs: Promise<void>[] = [];
    if (entities.has('documents') || entities.has('highlights')) jobs.push(loadLibrary(), reloadDocument());
    if (entities.has('tags') || entities.has('highlights')) jobs.push(loadTags());
    if (entities.has('events') || entities.has('highlights') || entities.has('documents')) jobs.push(loadTimeline());
    await Promise.all(jobs);
  });
  getClient().on('library.changed', ({ entities }) => scheduleRefresh(entities));
  await Promise.all([loadLibrary(), loadTags(), loadTimeline()]);
  const first = useAppStore.getState().documents[0];
  if (first && !useAppStore.getState().openDocumentId) await openDocument(first.id);
}
