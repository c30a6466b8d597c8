/**
 * `dossier backup`: backs the library up now into `backups/` of its folder (the newest seven are
 * kept), or with `--list` shows the backups, newest first. Works on the library file directly, so
 * it runs beside the open app or web host (the online backup API reads a consistent snapshot).
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createBackup, listBackups, type BackupFile } from '../../core/db/backup';
import { assertLibraryIntact } from '../../core/db/damaged-library';
import { libraryPaths } from '../../core/db/library-paths';
import { table } from '../format';
import { CommandError, EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function backupLibrary(ctx: CommandContext): Promise<number> {
  if (ctx.args.length > 0) throw new UsageError('backup takes no arguments (did you mean restore?)');
  if (ctx.values.list) return listLibraryBackups(ctx);
  const { db: dbPath } = libraryPaths(ctx.dataDir);
  if (!existsSync(dbPath)) throw new CommandError(`There is no library in ${ctx.dataDir} yet, so nothing to back up.`);
  assertLibraryIntact(ctx.dataDir, dbPath);
  const db = new Database(dbPath, { readonly: true });
  let made: BackupFile;
  try {
    made = await createBackup(db, ctx.dataDir, new Date());
  } finally {
    db.close();
  }
  if (ctx.json) printJson(ctx.io, made);
  else ctx.io.out(`backed up  ${made.path}  ${formatBytes(made.bytes)}\n`);
  return EXIT_OK;
}

function listLibraryBackups(ctx: CommandContext): number {
  const backups = listBackups(ctx.dataDir);
  if (ctx.json) {
    printJson(ctx.io, backups);
    return EXIT_OK;
  }
  if (backups.length === 0) {
    ctx.io.err(`There are no backups in ${ctx.dataDir} yet. Make one with: dossier backup\n`);
    return EXIT_OK;
  }
  const rows = backups.map((file) => [file.createdAt, formatBytes(file.bytes), file.path]);
  ctx.io.out(table([['CREATED', 'SIZE', 'FILE'], ...rows]) + '\n');
  return EXIT_OK;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
