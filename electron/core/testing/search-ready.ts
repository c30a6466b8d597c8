/**
 * Test support: waits for the search engine to report every document searchable, event-driven
 * (no sleeps), whether it is ready already or becomes ready later.
 */
import type { SearchStatus } from '../../contract';
import type { Core } from '../create-core';

/** Resolves with the first status that says every document is searchable. */
export function searchReady(core: Core): Promise<SearchStatus> {
  return new Promise((resolve) => {
    const done = (status: SearchStatus) => {
      if (status.state !== 'ready') return;
      off();
      resolve(status);
    };
    const off = core.on('search.status', done);
    void core.handle('search.status', {}).then((r) => r.ok && done(r.value));
  });
}
