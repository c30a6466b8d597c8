/**
 * Test support: waits for the search engine to report every document searchable, event-driven
 * (no sleeps), whether it is ready already or becomes ready later.
 */
import type { SearchStatus } from '../../contract';
import type { Core } from '../create-core';

/** Resolves with the first status that says every document of the project (default: the one used last) is searchable. */
export function searchReady(core: Core, project?: string): Promise<SearchStatus> {
  return new Promise((resolve) => {
    const done = (status: SearchStatus & { project?: string }) => {
      if (status.state !== 'ready') return;
      if (project !== undefined && status.project !== undefined && status.project !== project) return;
      off();
      resolve(status);
    };
    const off = core.on('search.status', done);
    void core
      .handle('search.status', {}, project === undefined ? undefined : { project })
      .then((r) => r.ok && done(r.value));
  });
}
