/** Backups against real SQLite files: made, checked, kept seven; made on open at most once a (UTC) day. */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileOf, makeTempDir, steppingClock, tempCore } from '../testing/temp-core';
import { BACKUPS_KEPT, backupDir, createBackup, isBackupDue, listBackups } from './backup';
import { checkLibraryFile } from './library-check';
import { libraryPaths } from './library-paths';
import { latestVersion } from './migrations';
import { openDatabase, type Db } from './open';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = makeTempDir();
  db = openDatabase(libraryPaths(dir).db);
  db.prepare("INSERT INTO projects (id, name, created_at) VALUES ('p1', 'Haiti', '2026-01-01T00:00:00Z')").run();
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const at = (iso: string) => new Date(iso);

/** One column of a backup's rows, read through its own read-only connection. */
function columnOf(file: string, sql: string): string[] {
  const copy = new Database(file, { readonly: true });
  try {
    return copy.prepare(sql).pluck().all() as string[];
  } finally {
    copy.close();
  }
}

const projectNames = (file: string) => columnOf(file, 'SELECT name FROM projects ORDER BY name');
const documentTitles = (file: string) => columnOf(file, 'SELECT title FROM documents ORDER BY title');

describe('createBackup', () => {
  it('writes one checked, self-contained file named by its time and leaves nothing else behind', async () => {
    const made = await createBackup(db, dir, at('2026-12-06T02:30:00.123Z'));
    expect(made.name).toBe('dossier-2026-12-06T02-30-00Z.sqlite');
    expect(made.createdAt).toBe('2026-12-06T02:30:00Z');
    expect(readdirSync(backupDir(dir))).toEqual([made.name]);
    expect(checkLibraryFile(made.path, { thorough: true })).toEqual({ ok: true, schemaVersion: latestVersion });
    expect(projectNames(made.path)).toEqual(['Haiti']);
    const copy = new Database(made.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('captures writes made before it and numbers backups made in the same second', async () => {
    const first = await createBackup(db, dir, at('2026-12-06T02:30:00Z'));
    db.prepare("INSERT INTO projects (id, name, created_at) VALUES ('p2', 'Sahel', '2026-01-02T00:00:00Z')").run();
    const second = await createBackup(db, dir, at('2026-12-06T02:30:00Z'));
    expect(second.name).toBe('dossier-2026-12-06T02-30-00Z-2.sqlite');
    expect(listBackups(dir).map((file) => file.name)).toEqual([second.name, first.name]);
    expect(projectNames(first.path)).toEqual(['Haiti']);
    expect(projectNames(second.path)).toEqual(['Haiti', 'Sahel']);
  });

  it('stays whole while the library is written between its steps', async () => {
    const insert = db.prepare('INSERT INTO projects (id, name, created_at) VALUES (?, ?, ?)');
    const count = () => db.prepare('SELECT count(*) FROM projects').pluck().get() as number;
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`bulk-${i}`, 'x'.repeat(2000), '2026-01-01T00:00:00Z');
    })();
    const before = count();
    let writing = true;
    let written = 0;
    const writer = () => {
      if (!writing) return;
      insert.run(`during-${written++}`, 'y'.repeat(2000), '2026-01-01T00:00:00Z');
      setImmediate(writer);
    };
    setImmediate(writer);
    const made = await createBackup(db, dir, at('2026-03-01T08:00:00Z'));
    writing = false;
    expect(written).toBeGreaterThan(0);
    const copied = projectNames(made.path).length;
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(count());
    expect(checkLibraryFile(made.path, { thorough: true }).ok).toBe(true);
  });

  it('keeps the newest seven and ignores files that are not backups', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    for (let day = 1; day <= 10; day++) {
      await createBackup(db, dir, at(`2026-03-${String(day).padStart(2, '0')}T08:00:00Z`));
    }
    writeFileSync(join(backupDir(dir), 'replaced-2026-01-01T00-00-00Z-1.sqlite'), 'kept aside');
    await createBackup(db, dir, at('2026-03-11T08:00:00Z'));
    const kept = listBackups(dir).map((file) => file.createdAt.slice(0, 10));
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept).toEqual(['11', '10', '09', '08', '07', '06', '05'].map((d) => `2026-03-${d}`));
    expect(readdirSync(backupDir(dir))).toContain('replaced-2026-01-01T00-00-00Z-1.sqlite');
  });

  it('removes the temporary file of a backup killed over an hour ago, not one that may still be running', async () => {
    mkdirSync(backupDir(dir), { recursive: true });
    const abandoned = join(backupDir(dir), '.dossier-2026-03-01T08-00-00Z.sqlite.partial');
    const running = join(backupDir(dir), '.dossier-2026-03-02T08-00-00Z.sqlite.partial');
    writeFileSync(abandoned, 'half a copy');
    writeFileSync(running, 'half a copy');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(abandoned, twoHoursAgo, twoHoursAgo);
    const made = await createBackup(db, dir, at('2026-03-02T09:00:00Z'));
    expect(readdirSync(backupDir(dir)).sort()).toEqual([running, made.path].map((path) => basename(path)).sort());
  });

  it('is due once per UTC day', async () => {
    expect(isBackupDue(dir, at('2026-03-01T23:00:00Z'))).toBe(true);
    await createBackup(db, dir, at('2026-03-01T23:00:00Z'));
    expect(isBackupDue(dir, at('2026-03-01T23:59:59Z'))).toBe(false);
    expect(isBackupDue(dir, at('2026-03-02T00:00:01Z'))).toBe(true);
  });
});

describe('backup on open', () => {
  it('backs up on the first open of a day, not on the second, and again the next day', async () => {
    db.close();
    const dataDir = makeTempDir();
    const first = tempCore({ clock: steppingClock('2026-03-01T09:00:00Z') }, dataDir);
    await first.call('documents.import', { files: [fileOf('kenya.txt', 'Kenyan police\n\nThey arrived in June.')] });
    const made = await first.core.backupOnOpen();
    expect(made?.createdAt.slice(0, 10)).toBe('2026-03-01');
    await first.core.close();

    const sameDay = tempCore({ clock: steppingClock('2026-03-01T17:00:00Z') }, dataDir);
    expect(await sameDay.core.backupOnOpen()).toBeNull();
    await sameDay.core.close();

    const nextDay = tempCore({ clock: steppingClock('2026-03-02T08:00:00Z') }, dataDir);
    const next = await nextDay.core.backupOnOpen();
    const days = listBackups(dataDir).map((file) => file.createdAt.slice(0, 10));
    const titles = next ? documentTitles(next.path) : [];
    await nextDay.dispose();
    expect(days).toEqual(['2026-03-02', '2026-03-01']);
    expect(titles).toEqual(['Kenyan police']);
  });
});
