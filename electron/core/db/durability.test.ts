/**
 * Power loss is not a crash: the library commits with synchronous=FULL so an acknowledged write
 * survives the machine losing power; the search index, derived data, may stay at NORMAL.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openIndexStore } from '../search/open-index-store';
import { makeTempDir } from '../testing/temp-core';
import { openDatabase } from './open';

/** SQLite's numbers for `PRAGMA synchronous`. */
const NORMAL = 1;
const FULL = 2;

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('durability settings', () => {
  it('opens the library in WAL mode with synchronous=FULL, also when it is opened again', () => {
    const file = join(dir, 'library.sqlite');
    for (let run = 0; run < 2; run++) {
      const db = openDatabase(file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
      db.close();
    }
  });

  it('keeps the derived search index at synchronous=NORMAL', () => {
    const { db } = openIndexStore(join(dir, 'search-index.sqlite'), 'project-1');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(NORMAL);
    db.close();
  });
});
