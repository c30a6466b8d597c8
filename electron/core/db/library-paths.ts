/** The files of a library in its data folder, named once for the core, backups and restore. */
import { join } from 'node:path';

export const DB_FILE_NAME = 'dossier.sqlite';
/** The saved search index: derived data beside the library, rebuilt whenever it is missing or stale. */
export const INDEX_FILE_NAME = 'search-index.sqlite';

export function libraryPaths(dataDir: string): { db: string; index: string } {
  return { db: join(dataDir, DB_FILE_NAME), index: join(dataDir, INDEX_FILE_NAME) };
}

/** SQLite's companions of a database file, which belong to it and go wherever it goes. */
export const SIDE_FILE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;
