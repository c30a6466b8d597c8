/**
 * Backups of the library in `backups/` of the data folder, made with SQLite's online backup API
 * (safe while the library is being written, which a file copy is not). A backup is written under a
 * temporary name, checked in full and only then renamed into place; after that the oldest beyond
 * the last seven are deleted, so a failed backup never costs a good one.
 */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DossierFailure } from '../errors';
import type { Db } from './open';
import { checkLibraryFile } from './library-check';
import { SIDE_FILE_SUFFIXES } from './library-paths';

const BACKUP_DIR_NAME = 'backups';
export const BACKUPS_KEPT = 7;

export interface BackupFile {
  path: string;
  name: string;
  /** When it was made (ISO, to the second), read from its name. */
  createdAt: string;
  bytes: number;
}

export interface BackupOptions {
  nativeBinding?: string;
  keep?: number;
}

/** `dossier-2026-12-06T02-30-00Z.sqlite`, with `-2`, `-3`… when one second saw several. */
const NAME = /^dossier-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-(\d+))?\.sqlite$/;
/** The temporary name a backup is written under (plus SQLite's companions of it). */
const PARTIAL = /^\.dossier-.*\.partial(?:-wal|-shm|-journal)?$/;
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

/** The backups in the data folder, newest first. Files of other names (a damaged copy, a temp file) are not backups. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: { file: BackupFile; order: number }[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match) continue;
    const [, day, hours, minutes, seconds, counter] = match;
    const path = join(dir, name);
    try {
      const createdAt = `${day}T${hours}:${minutes}:${seconds}Z`;
      found.push({ file: { path, name, createdAt, bytes: statSync(path).size }, order: Number(counter ?? 1) });
    } catch {
      // Deleted between the listing and the stat: not a backup any more.
    }
  }
  found.sort((a, b) => b.file.createdAt.localeCompare(a.file.createdAt) || b.order - a.order);
  return found.map((entry) => entry.file);
}

/** At most one automatic backup per (UTC) day: due when none was made on `now`'s date. */
export function isBackupDue(dataDir: string, now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return !listBackups(dataDir).some((file) => file.createdAt.startsWith(today));
}

/** Backs the open library up into `backups/`, verifies the copy, then keeps only the newest `keep`. */
export async function createBackup(
  db: Db,
  dataDir: string,
  now: Date,
  options: BackupOptions = {},
): Promise<BackupFile> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  removeAbandoned(dir, PARTIAL);
  const name = freeName(dir, now);
  const temp = join(dir, `.${name}.partial`);
  try {
    await db.backup(temp);
    selfContained(temp, options.nativeBinding);
    const check = checkLibraryFile(temp, { nativeBinding: options.nativeBinding, thorough: true });
    if (!check.ok) throw new DossierFailure('internal', `The new backup did not pass its check (${check.detail}).`);
    renameSync(temp, join(dir, name));
  } finally {
    for (const suffix of ['', ...SIDE_FILE_SUFFIXES]) rmSync(temp + suffix, { force: true });
  }
  pruneBackups(dataDir, options.keep ?? BACKUPS_KEPT);
  const made = listBackups(dataDir).find((file) => file.name === name);
  if (!made) throw new DossierFailure('internal', `The backup ${name} disappeared as soon as it was made.`);
  return made;
}

/** Deletes the oldest backups beyond `keep`. */
function pruneBackups(dataDir: string, keep: number): void {
  for (const file of listBackups(dataDir).slice(keep)) rmSync(file.path, { force: true });
}

/** A process killed mid-backup or mid-restore leaves its temporary file; one untouched for an hour is nobody's any more. */
export function removeAbandoned(dir: string, pattern: RegExp): void {
  const cutoff = Date.now() - ABANDONED_AFTER_MS;
  for (const name of readdirSync(dir)) {
    if (!pattern.test(name)) continue;
    try {
      if (statSync(join(dir, name)).mtimeMs < cutoff) rmSync(join(dir, name), { force: true });
    } catch {
      // Gone already.
    }
  }
}

function freeName(dir: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const taken = new Set(readdirSync(dir));
  for (let counter = 1; ; counter++) {
    const name = `dossier-${stamp}Z${counter === 1 ? '' : `-${counter}`}.sqlite`;
    if (!taken.has(name)) return name;
  }
}

/** A backup is one file: the copy of a WAL library is switched to a rollback journal, so no -wal is ever needed beside it. */
function selfContained(file: string, nativeBinding: string | undefined): void {
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
