/**
 * Restore and the damaged-library start: a damaged file is refused before anything writes to it,
 * a backup comes back whole (the replaced library backed up first), and every file that is not a
 * healthy Dossier library of this version is refused with the library left as it was.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DossierFailure } from '../errors';
import { damageFile, sha256OfFile } from '../testing/damaged-library-fixture';
import { fileOf, steppingClock, tempCore, type TempCore } from '../testing/temp-core';
import type { Core } from '../create-core';
import { backupDir, createBackup, listBackups, type BackupFile } from './backup';
import { LibraryDamagedError } from './damaged-library';
import { libraryPaths } from './library-paths';
import { latestVersion } from './migrations';
import { restoreLibrary } from './restore';

const clock = () => steppingClock('2026-03-01T09:00:00Z');
const later = new Date('2026-03-05T10:00:00Z');
let dataDir: string;
let dbPath: string;
/** The newest backup, made after the document was imported. */
let good: BackupFile;
let t: TempCore | undefined;

beforeEach(async () => {
  const first = tempCore({ clock: clock() });
  dataDir = first.dataDir;
  dbPath = libraryPaths(dataDir).db;
  await first.call('documents.import', { files: [fileOf('kenya.txt', longText('Kenyan police arrived'))] });
  await first.core.close();
  const db = new Database(dbPath, { readonly: true });
  good = await createBackup(db, dataDir, new Date('2026-03-02T08:00:00Z'));
  db.close();
});
afterEach(async () => {
  await t?.core.close();
  t = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens the library (a backup of 2026-03-01 exists, so opening makes none). */
function open(): TempCore {
  t = tempCore({ clock: clock() }, dataDir);
  return t;
}

/** Resolves once every document is searchable (event-driven, no sleeps). */
function searchReady(core: Core): Promise<void> {
  return new Promise((resolve) => {
    const off = core.on('search.status', (status) => {
      if (status.state === 'ready') {
        off();
        resolve();
      }
    });
    void core.handle('search.status', {}).then((r) => {
      if (r.ok && r.value.state === 'ready') {
        off();
        resolve();
      }
    });
  });
}

async function hits(core: TempCore, q: string): Promise<number> {
  await searchReady(core.core);
  return (await core.call('search.query', { q })).documents.total;
}

/** A document of ~300 KB, so the library has many pages to damage. */
function longText(title: string): string {
  const lines = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} of the report on ${title.toLowerCase()}.`);
  return `${title}\n\n${lines.join('\n\n')}`;
}

async function titles(core: TempCore): Promise<string[]> {
  return (await core.call('documents.list')).map((d) => d.title).sort();
}

function openFails(): unknown {
  try {
    open();
  } catch (error) {
    return error;
  }
  throw new Error('the damaged library was opened');
}

describe('a damaged library at start', () => {
  it('is refused before anything is written, naming the latest good backup; restoring it brings the data back', async () => {
    damageFile(dbPath);
    const before = sha256OfFile(dbPath);
    const files = readdirSync(dataDir).sort();

    const error = openFails();
    expect(error).toBeInstanceOf(LibraryDamagedError);
    const damaged = error as LibraryDamagedError;
    expect(damaged.code).toBe('library_damaged');
    expect(damaged.latestGood?.path).toBe(good.path);
    expect(damaged.message).toContain(`The latest good backup is ${damaged.latestGood?.path}`);
    expect(sha256OfFile(dbPath)).toBe(before);
    expect(readdirSync(dataDir).sort(), 'files beside the library').toEqual(files);

    const report = await restoreLibrary({ dataDir, from: damaged.latestGood?.path ?? '', now: later });
    expect(report.previous).toBeNull();
    expect(report.copiedAside && sha256OfFile(report.copiedAside)).toBe(before);
    expect(await titles(open())).toEqual(['Kenyan police arrived']);
  });
});

describe('restore', () => {
  it('puts a backup back, backing up the replaced library first, and rebuilds the search index', async () => {
    const current = open();
    await current.call('documents.import', { files: [fileOf('sahel.txt', 'Sahel mission\n\nTroops left in May.')] });
    expect(await hits(current, 'sahel')).toBe(1);
    await current.core.close();

    const report = await restoreLibrary({ dataDir, from: good.path, now: later });
    expect(report.schemaVersion).toBe(latestVersion);
    expect(report.previous?.createdAt).toBe('2026-03-05T10:00:00Z');
    expect(existsSync(libraryPaths(dataDir).index)).toBe(false);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.restore-'))).toEqual([]);

    const restored = open();
    expect(await titles(restored)).toEqual(['Kenyan police arrived']);
    expect(await hits(restored, 'sahel')).toBe(0);
    expect(await hits(restored, 'kenyan')).toBe(1);
    await restored.core.close();

    // The replaced library is itself a backup that restores.
    await restoreLibrary({ dataDir, from: report.previous?.path ?? '', now: new Date('2026-03-05T11:00:00Z') });
    expect(await titles(open())).toEqual(['Kenyan police arrived', 'Sahel mission']);
  });

  it('refuses what is not a healthy Dossier library of this version and leaves the library as it was', async () => {
    const text = join(dataDir, 'notes.txt');
    writeFileSync(text, 'These are my notes, not a library.\n'.repeat(20));
    const foreign = join(dataDir, 'other.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    const newer = join(dataDir, 'newer.sqlite');
    const source = new Database(dbPath, { readonly: true });
    await source.backup(newer);
    source.close();
    const bumped = new Database(newer);
    bumped.pragma(`user_version = ${latestVersion + 1}`);
    bumped.close();
    const broken = join(dataDir, 'broken.sqlite');
    writeFileSync(broken, readFileSync(good.path));
    damageFile(broken);

    const before = sha256OfFile(dbPath);
    const backups = readdirSync(backupDir(dataDir)).sort();
    const refusals: Record<string, [string, RegExp]> = {
      [text]: ['invalid_input', /it is not an SQLite database file\. It is not a Dossier library/],
      [foreign]: ['invalid_input', /it has no projects, documents, .* table\. It is not a Dossier library/],
      [newer]: ['database_too_new', /newer Dossier \(schema \d+, this version knows \d+\)\. Update Dossier/],
      [broken]: ['invalid_input', /It is damaged; pick an older backup/],
      [join(dataDir, 'missing.sqlite')]: ['not_found', /there is no such file/],
      [dbPath]: ['invalid_input', /is the library itself/],
    };
    for (const [file, [code, message]] of Object.entries(refusals)) {
      const error = await restoreLibrary({ dataDir, from: file, now: later }).then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(error, file).toBeInstanceOf(DossierFailure);
      expect((error as DossierFailure).code, file).toBe(code);
      expect((error as DossierFailure).message, file).toMatch(message);
      expect(sha256OfFile(dbPath), file).toBe(before);
      expect(readdirSync(backupDir(dataDir)).sort(), file).toEqual(backups);
    }
    expect(await titles(open())).toEqual(['Kenyan police arrived']);
  });

  it('keeps a copy of a backup it is restoring even when backing up the current library prunes it', async () => {
    const current = open();
    await current.call('documents.import', { files: [fileOf('sahel.txt', 'Sahel mission\n\nTroops left in May.')] });
    await current.core.close();
    const db = new Database(dbPath, { readonly: true });
    for (let day = 3; day <= 8; day++) await createBackup(db, dataDir, new Date(`2026-03-0${day}T08:00:00Z`));
    db.close();
    expect(listBackups(dataDir).at(-1)?.path).toBe(good.path);

    await restoreLibrary({ dataDir, from: good.path, now: new Date('2026-03-09T08:00:00Z') });
    expect(existsSync(good.path)).toBe(false);
    expect(await titles(open())).toEqual(['Kenyan police arrived']);
  });
});
