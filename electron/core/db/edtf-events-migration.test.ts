/** Migration 005 on a v4 library: event dates become EDTF with bounds, and undo of an older change still works. */
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

const v4Event = (id: string, date: string, precision: string, title: string) => ({
  id,
  project_id: 'p1',
  date,
  precision,
  title,
  description: '',
  created_at: 't',
  updated_at: 't',
});

function seedV4(): void {
  const db = openDatabase(file, { migrations: migrations.slice(0, 4) });
  db.prepare("INSERT INTO projects VALUES ('p1', 'Haiti', '2025-01-01')").run();
  const insert = db.prepare(
    'INSERT INTO events VALUES (@id, @project_id, @date, @precision, @title, @description, @created_at, @updated_at)',
  );
  const events = [
    v4Event('e1', '2024', 'year', 'Year'),
    v4Event('e2', '2024-06', 'month', 'Month'),
    v4Event('e3', '2024-06-25', 'day', 'Day'),
  ];
  for (const event of events) insert.run(event);
  db.prepare(
    "INSERT INTO change_sets (id, project_id, at, label, kind) VALUES (1, 'p1', 't', 'Add event “Day”', 'do')",
  ).run();
  db.prepare(
    "INSERT INTO change_log (change_set, table_name, row_key, before_json, after_json) VALUES (1, 'events', ?, NULL, ?)",
  ).run(JSON.stringify({ id: 'e3' }), JSON.stringify(events[2]));
  db.close();
}

describe('migration 005 (EDTF event dates)', () => {
  it('keeps every date, adds its bounds and drops precision', () => {
    seedV4();
    const db = openDatabase(file);
    expect(db.prepare('SELECT id, date, earliest, latest FROM events ORDER BY id').all()).toEqual([
      { id: 'e1', date: '2024', earliest: '2024-01-01', latest: '2024-12-31' },
      { id: 'e2', date: '2024-06', earliest: '2024-06-01', latest: '2024-06-30' },
      { id: 'e3', date: '2024-06-25', earliest: '2024-06-25', latest: '2024-06-25' },
    ]);
    const columns = (db.prepare('PRAGMA table_info(events)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('precision');
    const image = JSON.parse(db.prepare('SELECT after_json FROM change_log').pluck().get() as string) as object;
    expect(image).toEqual({
      ...v4Event('e3', '2024-06-25', 'day', 'Day'),
      precision: undefined,
      earliest: '2024-06-25',
      latest: '2024-06-25',
    });
    expect(image).not.toHaveProperty('precision');
    db.close();
  });

  it('lets undo and redo replay a change logged before the migration', async () => {
    seedV4();
    const t = tempCore({}, dir);
    try {
      expect((await t.call('events.list')).map((e) => e.dateLabel)).toEqual(['2024', 'June 2024', '25 June 2024']);
      await t.call('history.undo');
      expect((await t.call('events.list')).map((e) => e.title)).toEqual(['Year', 'Month']);
      await t.call('history.redo');
      expect((await t.call('events.list')).find((e) => e.title === 'Day')).toMatchObject({
        date: '2024-06-25',
        earliest: '2024-06-25',
      });
      const db = new Database(file, { readonly: true });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    } finally {
      await t.dispose();
    }
  });
});
