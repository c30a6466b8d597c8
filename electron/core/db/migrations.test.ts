/** Schema migrations against real SQLite files: fresh, upgraded with data in place, and refused when too new. */
import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DossierFailure } from '../errors';
import { makeTempDir } from '../testing/temp-core';
import { latestVersion, migrations, type Migration } from './migrations';
import { openDatabase } from './open';

const userTables = ['projects', 'documents', 'highlights', 'tags', 'highlight_tags', 'events', 'event_highlights'];

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tableNames(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

function expectTooNew(open: () => unknown): DossierFailure {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(DossierFailure);
    expect((error as DossierFailure).code).toBe('database_too_new');
    return error as DossierFailure;
  }
  throw new Error('the database was opened');
}

describe('openDatabase', () => {
  it('brings a fresh database to the latest version with every table, in WAL mode with foreign keys on', () => {
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(tableNames(db)).toEqual(expect.arrayContaining([...userTables, 'change_sets', 'change_log']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      db
        .prepare(
          `INSERT INTO documents (id, project_id, title, file_name, format, content_hash, text, blocks_json,
             word_count, imported_at, updated_at)
           VALUES ('d', 'no-such-project', 't', 'f', 'text', 'h', 'x', '[]', 1, 'a', 'a')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('declares every user table STRICT', () => {
    const db = openDatabase(file);
    for (const table of userTables) {
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table);
      expect(sql, table).toMatch(/\)\s*STRICT$/);
    }
    db.close();
  });

  it('migrates a database that already holds data and keeps that data', () => {
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) });
    v1.prepare("INSERT INTO projects VALUES ('p1', 'Haiti', '2025-01-01')").run();
    v1.close();

    const next: Migration = {
      version: latestVersion + 1,
      name: 'test-extra-column',
      up: "ALTER TABLE projects ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';",
    };
    const upgraded = openDatabase(file, { migrations: [...migrations, next] });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(latestVersion + 1);
    expect(upgraded.prepare('SELECT * FROM projects').all()).toEqual([
      { id: 'p1', name: 'Haiti', created_at: '2025-01-01', last_used_at: null, deleted_at: null, colour: 'blue' },
    ]);
    upgraded.close();
  });

  it('002 adds author, url and language to documents that already exist, as null', () => {
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) });
    v1.prepare("INSERT INTO projects VALUES ('p1', 'Haiti', '2025-01-01')").run();
    v1.prepare(
      `INSERT INTO documents (id, project_id, title, source, published_date, file_name, format, content_hash,
         text, blocks_json, word_count, imported_at, updated_at)
       VALUES ('d1', 'p1', 'Report', 'UN News', '2024-06', 'r.txt', 'text', 'h', 'Body', '[]', 1, 't', 't')`,
    ).run();
    v1.close();

    const v2 = openDatabase(file, { migrations: migrations.slice(0, 2) });
    expect(v2.pragma('user_version', { simple: true })).toBe(2);
    expect(v2.prepare('SELECT title, source, published_date, author, url, language FROM documents').all()).toEqual([
      { title: 'Report', source: 'UN News', published_date: '2024-06', author: null, url: null, language: null },
    ]);
    v2.close();
  });

  it('003 lets the search read document versions from an index, without the text', () => {
    const v2 = openDatabase(file, { migrations: migrations.slice(0, 2) });
    v2.prepare("INSERT INTO projects VALUES ('p1', 'Haiti', '2025-01-01')").run();
    v2.prepare(
      `INSERT INTO documents (id, project_id, title, file_name, format, content_hash, text, blocks_json,
         word_count, imported_at, updated_at) VALUES ('d1', 'p1', 'Report', 'r.txt', 'text', 'h', 'Body', '[]', 1, 't', 't')`,
    ).run();
    v2.close();
    const v3 = openDatabase(file, { migrations: migrations.slice(0, 3) });
    const plan = v3
      .prepare(
        'EXPLAIN QUERY PLAN SELECT id, content_hash, title, source, author, language FROM documents WHERE project_id = ?',
      )
      .all('p1') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX documents_search_version/);
    expect(v3.prepare('SELECT title FROM documents').pluck().all()).toEqual(['Report']);
    v3.close();
  });

  it('reopening an up-to-date database changes nothing', () => {
    const db = openDatabase(file);
    db.prepare("INSERT INTO projects (id, name, created_at) VALUES ('p1', 'Haiti', '2025-01-01')").run();
    db.close();
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(again.prepare('SELECT count(*) FROM projects').pluck().get()).toBe(1);
    again.close();
  });

  it('a failing migration rolls back entirely and leaves the version where it was', () => {
    openDatabase(file).close();
    const broken: Migration = {
      version: latestVersion + 1,
      name: 'broken',
      up: 'CREATE TABLE half (x TEXT) STRICT; NOT SQL;',
    };
    expect(() => openDatabase(file, { migrations: [...migrations, broken] })).toThrow();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(tableNames(db)).not.toContain('half');
    db.close();
  });

  it.each(['delete', 'wal'])(
    'refuses a database from a newer version (journal mode %s) and leaves the file unchanged',
    (journalMode) => {
      const newer = new Database(file);
      newer.pragma(`journal_mode = ${journalMode}`);
      newer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('kept');");
      newer.pragma(`user_version = ${latestVersion + 5}`);
      newer.close();
      const before = readFileSync(file);

      const failure = expectTooNew(() => openDatabase(file));
      expect(failure.message).toMatch(/newer version of Dossier/);

      expect(readFileSync(file).equals(before)).toBe(true);
      expect(existsSync(`${file}-wal`)).toBe(false);
      const check = new Database(file, { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBe(latestVersion + 5);
      expect(check.prepare('SELECT x FROM future').pluck().all()).toEqual(['kept']);
      check.close();
    },
  );

  it('a database migrated by a longer list is refused by the shorter one', () => {
    const next: Migration = { version: latestVersion + 1, name: 'later', up: 'CREATE TABLE later (x TEXT) STRICT;' };
    openDatabase(file, { migrations: [...migrations, next] }).close();
    expectTooNew(() => openDatabase(file));
  });
});
