/** Migration 008 on a v7 library: documents gain an empty `replaced_at`, and an older change still undoes. */
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, tempCore } from '../testing/temp-core';
import { migrations } from './migrations';
import { openDatabase } from './open';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, 'dossier.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const v7Document = {
  id: 'd1',
  project_id: 'p1',
  title: 'Port report, final',
  source: null,
  author: null,
  published_date: null,
  url: null,
  language: null,
  file_name: 'port.txt',
  format: 'text',
  content_hash: 'h1',
  text: 'The port closed on 25 June.',
  blocks_json: JSON.stringify([{ kind: 'paragraph', start: 0, end: 27 }]),
  word_count: 6,
  imported_at: '2025-01-01T00:00:00.000Z',
  updated_at: '2025-01-02T00:00:00.000Z',
  reliability: null,
};

/** A v7 library with one document, and a change log whose last change renamed it. */
function seedV7(): void {
  const db = openDatabase(file, { migrations: migrations.slice(0, 7) });
  db.prepare("INSERT INTO projects VALUES ('p1', 'Haiti', '2025-01-01')").run();
  const columns = Object.keys(v7Document);
  db.prepare(`INSERT INTO documents (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`).run(
    v7Document,
  );
  db.prepare("INSERT INTO change_sets (id, project_id, at, label, kind) VALUES (1, 'p1', 't', 'Rename', 'do')").run();
  db.prepare(
    "INSERT INTO change_log (change_set, table_name, row_key, before_json, after_json) VALUES (1, 'documents', ?, ?, ?)",
  ).run(
    JSON.stringify({ id: 'd1' }),
    JSON.stringify({ ...v7Document, title: 'Port report', updated_at: '2025-01-01T00:00:00.000Z' }),
    JSON.stringify(v7Document),
  );
  db.close();
}

describe('migration 008 (document replaced)', () => {
  it('adds an empty replaced_at to every document and keeps the rest', () => {
    seedV7();
    const db = openDatabase(file);
    expect(db.prepare('SELECT id, title, text, updated_at, replaced_at FROM documents').all()).toEqual([
      {
        id: 'd1',
        title: 'Port report, final',
        text: v7Document.text,
        updated_at: v7Document.updated_at,
        replaced_at: null,
      },
    ]);
    db.close();
  });

  it('undoes a document edit logged before the migration, leaving replaced_at empty', async () => {
    seedV7();
    const t = tempCore({}, dir);
    try {
      await t.call('history.undo');
      expect((await t.call('documents.list')).map((d) => d.title)).toEqual(['Port report']);
      const db = new Database(file, { readonly: true });
      expect(db.prepare("SELECT title, replaced_at FROM documents WHERE id = 'd1'").get()).toEqual({
        title: 'Port report',
        replaced_at: null,
      });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    } finally {
      await t.dispose();
    }
  });
});
