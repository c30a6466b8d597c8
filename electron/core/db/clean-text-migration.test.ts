/** Migration 004 on a v3 library that stored control characters: rows, offsets and the change log come out clean. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-core';
import { migrations } from './migrations';
import { openDatabase } from './open';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ESC = '\u001b';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const TEXT = `Port strike\n\nDock workers ${ESC}[2J walked\u0007 out\tnow\u0000 on Monday\u009b.`;

function seedV3(): void {
  const db = openDatabase(file, { migrations: migrations.slice(0, 3) });
  db.prepare("INSERT INTO projects VALUES ('p1', 'Haiti', '2025-01-01')").run();
  db.prepare(
    `INSERT INTO documents (id, project_id, title, source, author, url, file_name, format, content_hash, text,
       blocks_json, word_count, imported_at, updated_at)
     VALUES ('d1', 'p1', ?, ?, ?, NULL, ?, 'html', 'h', ?, ?, 7, 't', 't'),
            ('d2', 'p1', 'Clean', NULL, NULL, NULL, 'clean.txt', 'text', 'h2', 'Clean text', '[]', 2, 't', 't')`,
  ).run(
    `Title ${ESC}]0;pwned\u0007\r\nend`,
    'Gazette\u000e',
    'Ann\u0000 Lee',
    `f${ESC}[8m.html`,
    TEXT,
    JSON.stringify([{ type: 'paragraph', start: 13, end: TEXT.length }]),
  );
  const start = TEXT.indexOf('walked');
  const end = TEXT.indexOf('Monday') + 6;
  db.prepare(
    `INSERT INTO highlights (id, project_id, document_id, start_offset, end_offset, quote, prefix, suffix, color, note,
       created_at, updated_at) VALUES ('h1', 'p1', 'd1', ?, ?, ?, ?, ?, 'yellow', ?, 't', 't')`,
  ).run(start, end, TEXT.slice(start, end), TEXT.slice(start - 10, start), TEXT.slice(end), `Note\u0007\r\nline\ttwo`);
  db.prepare(
    "INSERT INTO tags VALUES ('t1aaaaaaaa', 'p1', ?, 't'), ('t2bbbbbbbb', 'p1', 'Mine', 't'), ('t3cccccccc', 'p1', 'mine\u0001', 't')",
  ).run(`urgent${ESC}[5m`);
  db.prepare("INSERT INTO events VALUES ('e1', 'p1', '2024', 'year', ?, ?, 't', 't')").run(
    `Strike\u0007`,
    `What\r\nhappened${ESC}[0m`,
  );
  db.prepare("INSERT INTO change_sets (id, project_id, at, label, kind) VALUES (1, 'p1', 't', ?, 'do')").run(
    `Edit details of “Title ${ESC}]0;pwned\u0007”`,
  );
  db.prepare(
    "INSERT INTO change_log (change_set, table_name, row_key, before_json, after_json) VALUES (1, 'documents', 'd1', ?, ?)",
  ).run(
    JSON.stringify({ id: 'd1', title: `Old\u0007 ${ESC}[2J`, text: `a\u0000b\nc${ESC}`, source: null }),
    JSON.stringify({ id: 'd1', title: 'New\u009b', text: TEXT, source: null }),
  );
  db.close();
}

describe('migration 004 clean-text', () => {
  it('removes control characters from every stored string, keeping text offsets valid', () => {
    seedV3();
    const db = openDatabase(file, { migrations: migrations.slice(0, 4) });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const doc = db.prepare("SELECT * FROM documents WHERE id = 'd1'").get() as Record<string, string>;
    expect(doc).toMatchObject({
      title: 'Title ]0;pwned end',
      source: 'Gazette',
      author: 'Ann Lee',
      file_name: 'f[8m.html',
    });
    expect(doc.text).toBe('Port strike\n\nDock workers  [2J walked  out now  on Monday .');
    expect(doc.text?.length).toBe(TEXT.length);

    const h = db.prepare('SELECT * FROM highlights').get() as Record<string, string | number>;
    expect(h.quote).toBe(doc.text?.slice(Number(h.start_offset), Number(h.end_offset)));
    expect(`${h.prefix}${h.quote}${h.suffix}`).toBe(doc.text?.slice(Number(h.start_offset) - 10));
    expect(h.note).toBe('Note\nline two');

    const tags = db.prepare('SELECT id, name FROM tags ORDER BY id').all();
    expect(tags).toEqual([
      { id: 't1aaaaaaaa', name: 'urgent[5m' },
      { id: 't2bbbbbbbb', name: 'Mine' },
      { id: 't3cccccccc', name: 'mine (t3cccccc)' },
    ]);
    expect(db.prepare('SELECT title, description FROM events').get()).toEqual({
      title: 'Strike',
      description: 'What\nhappened[0m',
    });
    expect(db.prepare('SELECT label FROM change_sets').pluck().get()).toBe('Edit details of “Title ]0;pwned”');
    const log = db.prepare('SELECT before_json, after_json FROM change_log').get() as Record<string, string>;
    expect(JSON.parse(log.before_json ?? '')).toEqual({ id: 'd1', title: 'Old [2J', text: 'a b\nc ', source: null });
    expect(JSON.parse(log.after_json ?? '')).toEqual({ id: 'd1', title: 'New', text: doc.text, source: null });

    const every = db
      .prepare(
        `SELECT title || coalesce(source, '') || coalesce(author, '') || file_name || text FROM documents
         UNION ALL SELECT quote || prefix || suffix || note FROM highlights UNION ALL SELECT name FROM tags
         UNION ALL SELECT title || description FROM events UNION ALL SELECT label FROM change_sets`,
      )
      .pluck()
      .all() as string[];
    for (const value of every) expect(CONTROL.test(value.replace(/\n/g, '')), JSON.stringify(value)).toBe(false);
    expect(db.prepare("SELECT text FROM documents WHERE id = 'd2'").pluck().get()).toBe('Clean text');
    db.close();
  });
});
