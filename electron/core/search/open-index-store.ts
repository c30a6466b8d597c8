/**
 * Opens the saved search index beside the library. It is derived data: a damaged file (or one a
 * worker marked damaged, index-damage.ts) is deleted with its -wal and -shm and started afresh,
 * and one written for another format or library is emptied. Either way the caller gets a notice
 * to show while the index is rebuilt, and the library is never touched.
 */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import lunr from 'lunr';
import type { Db } from '../db/open';
import { IndexStoreRepo } from '../repos/index-store-repo';
import { takeDamageMark } from './index-damage';

/** Bump whenever what goes into the index changes (fields, pipeline, segmenting, shard-format.ts). */
export const INDEX_FORMAT = '5';

export interface OpenedIndexStore {
  db: Db;
  store: IndexStoreRepo;
  notice: string | null;
}

export function openIndexStore(path: string, projectId: string, nativeBinding?: string): OpenedIndexStore {
  let notice: string | null = null;
  let opened = takeDamageMark(path) ? null : tryOpen(path, nativeBinding);
  if (!opened) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    notice = 'The saved search index was damaged; Dossier is rebuilding it.';
    opened = tryOpen(path, nativeBinding);
    if (!opened) throw new Error(`The search index at ${path} cannot be created.`);
  }
  const { db, store } = opened;
  const expected = { format: INDEX_FORMAT, lunr: lunr.version, project: projectId };
  const stale = Object.entries(expected).some(([key, value]) => store.meta(key) !== value);
  if (stale) {
    if (store.shards().length > 0)
      notice ??= 'The saved search index is from another version of Dossier; rebuilding it.';
    store.clear();
    store.setMeta(expected);
  }
  return { db, store, notice };
}

function tryOpen(path: string, nativeBinding?: string): { db: Db; store: IndexStoreRepo } | null {
  let db: Db | undefined;
  try {
    db = new Database(path, nativeBinding ? { nativeBinding } : {});
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    // Reading the meta and the shard list touches the header and both tables: a damaged file
    // fails here. (A full quick_check would read the whole file before search can start.)
    const store = new IndexStoreRepo(db);
    store.meta('format');
    store.shards();
    return { db, store };
  } catch {
    db?.close();
    return null;
  }
}

/** For a second search worker, once the first has checked the file: open it as it is. */
export function attachIndexStore(path: string, nativeBinding?: string): OpenedIndexStore {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  db.pragma('busy_timeout = 10000');
  return { db, store: new IndexStoreRepo(db), notice: null };
}
