/**
 * Test support for the damaged-library paths (restore, the backup's check, the shells' start):
 * damage a library file the way a failing disk or a torn copy would, fingerprint a file to prove
 * nothing wrote to it, and build a library with one document and a good backup to fall back on.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { createBackup, type BackupFile } from '../db/backup';
import { libraryPaths } from '../db/library-paths';
import { fileOf, tempCore } from './temp-core';

const RUN = 64 * 1024;
const PAGE = 4096;

/** Overwrites 64 KB of pages in the middle of the file; the file must be well over 64 KB. */
export function damageFile(file: string): void {
  const offset = Math.floor(statSync(file).size / 2 / PAGE) * PAGE;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(RUN, 0x5a), 0, RUN, offset);
  } finally {
    closeSync(fd);
  }
}

export function sha256OfFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface LibraryWithBackup {
  dataDir: string;
  /** A backup made after the document was imported. */
  backup: BackupFile;
}

/**
 * A closed library in a fresh temporary folder holding one document, “Kenyan police arrived”, long
 * enough (~140 KB) that the library has many pages to damage, and a backup of it. The caller removes
 * `dataDir`.
 */
export async function libraryWithBackup(): Promise<LibraryWithBackup> {
  const t = tempCore();
  const text = `Kenyan police arrived\n\n${'The first officers landed in June. '.repeat(4000)}`;
  await t.call('documents.import', { files: [fileOf('kenya.txt', text)] });
  await t.core.close();
  const db = new Database(libraryPaths(t.dataDir).db, { readonly: true });
  try {
    return { dataDir: t.dataDir, backup: await createBackup(db, t.dataDir, new Date()) };
  } finally {
    db.close();
  }
}
