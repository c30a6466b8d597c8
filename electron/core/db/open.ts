/**
 * Opens the library database: WAL with synchronous=FULL (a commit survives power loss), foreign
 * keys on, migrations applied in one transaction each, and a database written by a newer Dossier
 * refused rather than rewritten.
 */
import Database from 'better-sqlite3';
import { DossierFailure } from '../errors';
import { latestVersion, migrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better-sqlite3 native binding built for this runtime (Electron keeps its own). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // Refuse a newer library before anything can write to it: switching to WAL rewrites the header.
    refuseNewer(db, options.migrations ?? migrations);
    db.pragma('journal_mode = WAL');
    // WAL's default here is NORMAL, which survives a crash of the app but may drop the last
    // acknowledged commits when the machine loses power; the library is worth an fsync per commit.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.migrations ?? migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function migrate(db: Db, list: readonly Migration[] = migrations): void {
  const current = refuseNewer(db, list);
  for (const migration of list.slice(current)) {
    db.transaction(() => {
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** Returns the schema version, or throws `database_too_new` when this list does not know it. */
function refuseNewer(db: Db, list: readonly Migration[]): number {
  const target = list.length === migrations.length ? latestVersion : list.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > target) {
    throw new DossierFailure(
      'database_too_new',
      `This library was written by a newer version of Dossier (schema ${current}, this version knows ${target}). ` +
        'Update Dossier to open it; the file has not been changed.',
    );
  }
  return current;
}
