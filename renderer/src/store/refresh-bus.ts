/**
 * The one door for "something changed": pushed `library.changed` events and the services' own
 * writes both land here, are coalesced for a moment, and run the refetchers the app registered.
 */
import type { ChangedEntity } from '../../../electron/contract';

type Refresher = (entities: ReadonlySet<ChangedEntity>) => Promise<void>;

let refresher: Refresher | null = null;
let pending = new Set<ChangedEntity>();
let timer: ReturnType<typeof setTimeout> | null = null;

export function registerRefresher(fn: Refresher): void {
  refresher = fn;
}

export function scheduleRefresh(entities: readonly ChangedEntity[]): void {
  for (const entity of entities) pending.add(entity);
  timer ??= setTimeout(() => {
    const batch = pending;
    pending = new Set();
    timer = null;
    void refresher?.(batch);
  }, 25);
}
