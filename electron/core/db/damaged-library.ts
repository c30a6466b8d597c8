/**
 * The start-up check: a library that fails SQLite's `quick_check` is not migrated or written. The
 * core refuses to open with a typed error that names the newest backup that passes its own check,
 * so every shell can offer to restore it (the app with a dialog, the CLI and web host with
 * `dossier restore`).
 */
import { DossierFailure } from '../errors';
import { listBackups, type BackupFile } from './backup';
import { checkLibraryFile, type CheckOptions, type LibraryCheck } from './library-check';

export class LibraryDamagedError extends DossierFailure {
  override name = 'LibraryDamagedError';
  constructor(
    readonly file: string,
    readonly detail: string,
    /** Every backup in the data folder, newest first. */
    readonly backups: readonly BackupFile[],
    /** The newest backup that passed its check just now, or null when none did. */
    readonly latestGood: BackupFile | null,
  ) {
    super(
      'library_damaged',
      `The library ${file} is damaged (${detail}). Dossier has not opened it for writing, so nothing in it ` +
        'has changed. ' +
        (latestGood
          ? `The latest good backup is ${latestGood.path}, made ${latestGood.createdAt}.`
          : 'There is no good backup in the backups folder beside it.'),
    );
  }
}

/** The start-up check's options: a new (missing or empty) library passes. */
export const startupCheckOptions = (nativeBinding?: string): CheckOptions => ({ nativeBinding, allowEmpty: true });

/**
 * Throws LibraryDamagedError when the library file exists and fails its check; a missing file is a
 * new library. `check` is the verdict when the caller already has it (openCore runs it off-thread).
 */
export function assertLibraryIntact(
  dataDir: string,
  dbPath: string,
  nativeBinding?: string,
  check: LibraryCheck = checkLibraryFile(dbPath, startupCheckOptions(nativeBinding)),
): void {
  // A newer library gets openDatabase's own refusal; a file without Dossier tables is migrated as before.
  if (check.ok || (check.problem !== 'damaged' && check.problem !== 'not_sqlite')) return;
  const backups = listBackups(dataDir);
  const latestGood = backups.find((file) => checkLibraryFile(file.path, { nativeBinding }).ok) ?? null;
  throw new LibraryDamagedError(dbPath, check.detail, backups, latestGood);
}
