/**
 * Puts a backup (or any Dossier library file) in place of the library, with the library closed.
 * The file is refused, with the library untouched, unless it is a healthy Dossier library this
 * version can open. The current library is backed up first (or, when it is damaged, copied aside
 * as it is), the copy is renamed over it in one step, and the search index, which is derived
 * data, is deleted so that it is rebuilt from the restored library.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DossierFailure } from '../errors';
import { backupDir, createBackup, removeAbandoned, type BackupFile } from './backup';
import { checkLibraryFile } from './library-check';
import { libraryPaths, SIDE_FILE_SUFFIXES } from './library-paths';

/** The copy being restored, in the data folder so that renaming it over the library is one step. */
const STAGED = /^\.restore-\d+-\d+\.sqlite(?:-wal|-shm|-journal)?$/;

export interface RestoreOptions {
  dataDir: string;
  /** The file to restore. */
  from: string;
  now: Date;
  nativeBinding?: string;
}

export interface RestoreReport {
  restored: string;
  schemaVersion: number;
  /** The backup of the library that was replaced (null when there was none). */
  previous: BackupFile | null;
  /** Where a library that could not be backed up (damaged, not a library) was copied byte for byte; null otherwise. */
  copiedAside: string | null;
}

export async function restoreLibrary(options: RestoreOptions): Promise<RestoreReport> {
  const from = resolve(options.from);
  const paths = libraryPaths(options.dataDir);
  const check = checkLibraryFile(from, { nativeBinding: options.nativeBinding, thorough: true });
  if (!check.ok) throw refusal(from, check.problem, check.detail);
  if (existsSync(paths.db) && realpathSync(from) === realpathSync(paths.db)) {
    throw new DossierFailure('invalid_input', `${from} is the library itself; name a backup to restore.`);
  }

  mkdirSync(options.dataDir, { recursive: true });
  removeAbandoned(options.dataDir, STAGED);
  const staged = join(options.dataDir, `.restore-${process.pid}-${Date.now()}.sqlite`);
  try {
    // Copied first, since backing up the current library may prune the very backup being restored.
    await copyLibrary(from, staged, options.nativeBinding);
    const { previous, copiedAside } = await setCurrentAside(options, paths.db);
    // The replaced library's -wal belongs to it, not to the restored file: SQLite would replay it into the copy.
    for (const suffix of SIDE_FILE_SUFFIXES) rmSync(paths.db + suffix, { force: true });
    renameSync(staged, paths.db);
    for (const file of [paths.index, ...SIDE_FILE_SUFFIXES.map((suffix) => paths.index + suffix)]) {
      rmSync(file, { force: true });
    }
    return { restored: from, schemaVersion: check.schemaVersion, previous, copiedAside };
  } finally {
    for (const suffix of ['', ...SIDE_FILE_SUFFIXES]) rmSync(staged + suffix, { force: true });
  }
}

function refusal(file: string, problem: string, detail: string): DossierFailure {
  const what = `${file} cannot be restored: ${detail}.`;
  switch (problem) {
    case 'missing':
      return new DossierFailure('not_found', `${what} Name a file in the backups folder (dossier backup --list).`);
    case 'too_new':
      return new DossierFailure('database_too_new', `${what} Update Dossier to restore it. Nothing was changed.`);
    case 'damaged':
      return new DossierFailure('invalid_input', `${what} It is damaged; pick an older backup. Nothing was changed.`);
    default:
      return new DossierFailure(
        'invalid_input',
        `${what} It is not a Dossier library; pick a file from the backups folder (dossier backup --list). Nothing was changed.`,
      );
  }
}

/** A consistent single-file copy, including whatever the source still has in its -wal. */
async function copyLibrary(from: string, to: string, nativeBinding: string | undefined): Promise<void> {
  const source = new Database(from, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
  const copy = new Database(to, nativeBinding ? { nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

async function setCurrentAside(
  options: RestoreOptions,
  dbPath: string,
): Promise<{ previous: BackupFile | null; copiedAside: string | null }> {
  const current = checkLibraryFile(dbPath, { nativeBinding: options.nativeBinding });
  if (current.ok) {
    const db = new Database(dbPath, {
      readonly: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    try {
      return { previous: await createBackup(db, options.dataDir, options.now, options), copiedAside: null };
    } finally {
      db.close();
    }
  }
  if (current.problem === 'missing') return { previous: null, copiedAside: null };
  // Not a library this version can back up (damaged, or not one at all): kept byte for byte, never pruned.
  const dir = backupDir(options.dataDir);
  mkdirSync(dir, { recursive: true });
  const copy = join(
    dir,
    `replaced-${options.now.toISOString().slice(0, 19).replace(/:/g, '-')}Z-${process.pid}.sqlite`,
  );
  copyFileSync(dbPath, copy);
  for (const suffix of SIDE_FILE_SUFFIXES) {
    if (existsSync(dbPath + suffix)) copyFileSync(dbPath + suffix, copy + suffix);
  }
  return { previous: null, copiedAside: copy };
}
