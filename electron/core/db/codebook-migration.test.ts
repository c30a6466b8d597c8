/** Migration 006 on a v5 library: tags keep their names and gain tree columns; old changes still undo. */
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

/** A v5 library with one tag, and a change log whose last change deleted a second tag. */
function seedV5(): void {
  const db = openDatabase(file, { migrations: migrations.slice(0, 5) });
  db.prepare("INSERT INTO projects VALUES ('p1', 'Haiti', '2025-01-01')").run();
  db.prepare("INSERT INTO tags (id, project_id, name, created_at) VALUES ('t1', 'p1', 'security', 't')").run();
  db.prepare(
    "INSERT INTO change_sets (id, project_id, at, label, kind) VALUES (1, 'p1', 't', 'Delete tag', 'do')",
  ).run();
  db.prepare(
    "INSERT INTO change_log (change_set, table_name, row_key, before_json, after_json) VALUES (1, 'tags', ?, ?, NULL)",
  ).run(JSON.stringify({ id: 't2' }), JSON.stringify({ id: 't2', project_id: 'p1', name: 'gangs', created_at: 't' }));
  db.close();
}

describe('migration 006 (codebook and grades)', () => {
  it('keeps tags at the top of the tree, ungraded documents and passages, and a valid database', () => {
    seedV5();
    const db = openDatabase(file);
    expect(db.prepare('SELECT id, name, parent_id, color, description, pin FROM tags').all()).toEqual([
      { id: 't1', name: 'security', parent_id: null, color: null, description: '', pin: null },
    ]);
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('documents')).toContain('reliability');
    expect(columns('highlights')).toContain('credibility');
    expect(columns('highlight_links')).toEqual(['from_id', 'to_id', 'kind', 'created_at']);
    expect(() => db.prepare("UPDATE tags SET color = 'blue' WHERE id = 't1'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('undoes a tag delete logged before the migration into a row of the new shape', async () => {
    seedV5();
    const t = tempCore({}, dir);
    try {
      expect((await t.call('tags.list')).map((x) => x.name)).toEqual(['security']);
      await t.call('history.undo');
      expect((await t.call('tags.list')).map((x) => [x.name, x.parentId, x.description])).toEqual([
        ['gangs', null, ''],
        ['security', null, ''],
      ]);
      const db = new Database(file, { readonly: true });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
    } finally {
      await t.dispose();
    }
  });
});
