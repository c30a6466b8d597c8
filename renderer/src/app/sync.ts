/**
 * Keeps the store in step with the library: the first load, and the one place where pushed events
 * enter the store — `library.changed` (and the services' own writes, via the refresh bus) trigger
 * refetches, `search.status` updates the search box's status line, `import.progress` moves the
 * progress of an import this window started, `projects.changed` refetches the projects. A switch
 * of project loads the next one as the first was loaded.
 */
import { getClient } from '../platform/client';
import { useAppStore } from '../store/app-store';
import { registerProjectHooks } from '../store/project-hooks';
import { registerRefresher, scheduleRefresh } from '../store/refresh-bus';
import { flushBrief, refreshBrief } from '../features/brief/brief-service';
import { watchDocumentDates } from '../features/dates/dates-service';
import { applyImportProgress } from '../features/import/import-service';
import { loadLibrary } from '../features/library/library-service';
import { loadDocument, reloadDocument } from '../navigation/open-document';
import { adoptProjects, onProjectsChanged } from '../features/projects/projects-service';
import { loadSearchStatus, setQuery, setSearchStatus } from '../features/search/search-service';
import { loadTags } from '../features/tags/tags-service';
import { loadTimeline } from '../features/timeline/timeline-service';

export async function startSync(): Promise<void> {
  registerRefresher(async (entities) => {
    const jobs: Promise<void>[] = [];
    if (entities.has('documents') || entities.has('highlights')) jobs.push(loadLibrary(), reloadDocument());
    if (entities.has('tags') || entities.has('highlights')) jobs.push(loadTags());
    if (entities.has('events') || entities.has('highlights') || entities.has('documents')) jobs.push(loadTimeline());
    jobs.push(refreshBrief(entities));
    await Promise.all(jobs);
  });
  watchDocumentDates();
  const client = getClient();
  // The page works on the project used last; its calls and the events it hears are that project's.
  const listed = await client.call('projects.list', {});
  if (listed.ok) adoptProjects(listed.value, true);
  client.on('library.changed', ({ entities }) => scheduleRefresh(entities));
  client.on('projects.changed', () => void onProjectsChanged());
  client.on('search.status', setSearchStatus);
  client.on('import.progress', applyImportProgress);
  // A switch of project saves what waits for the project left (a search answer on its way is
  // dropped), then loads the next one as the first was.
  registerProjectHooks({
    leave: async () => {
      setQuery('');
      await flushBrief();
    },
    enter: loadProject,
  });
  await loadProject();
}

async function loadProject(): Promise<void> {
  // Not awaited: an index still warming up must not hold back the library.
  void loadSearchStatus();
  await Promise.all([loadLibrary(), loadTags(), loadTimeline()]);
  const first = useAppStore.getState().documents[0];
  if (first && !useAppStore.getState().openDocumentId) await loadDocument(first.id);
}
