/**
 * A project leaves the library as a bundle and comes back whole: a real library with every kind
 * of row (blocks, anchors, notes, colours, grades, a tag tree with colours, descriptions and pins,
 * EDTF events with passages, corroboration links, a saved brief with judgments) is snapshotted,
 * written and read, and every table's rows compare equal field by field.
 */
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/open';
import { ProjectsRepo } from '../repos/projects-repo';
import { tempCore, type TempCore } from '../testing/temp-core';
import { readBundle, snapshotProject, writeBundle } from './index';
import { bundleTables } from './row-schemas';
import { smallSnapshot } from './test-bundles';
import { richProject } from '../testing/rich-project';

describe('bundle round trip from a library', () => {
  let t: TempCore;
  let db: Db | undefined;
  beforeEach(() => {
    t = tempCore();
  });
  afterEach(async () => {
    db?.close();
    await t.dispose();
  });

  it('gives back every row of every table, field by field', async () => {
    await richProject(t);
    db = openDatabase(t.core.dbPath);
    const projectId = new ProjectsRepo(db).list()[0]?.id ?? '';
    const snapshot = snapshotProject(db, projectId);
    expect(snapshot.tables.documents).toHaveLength(2);
    expect(snapshot.tables.highlight_links).toHaveLength(1);
    expect(snapshot.tables.tags.some((tag) => tag.parent_id !== null && tag.pin === 3)).toBe(true);
    expect(snapshot.tables.brief_drafts).toHaveLength(1);

    const read = readBundle(writeBundle(snapshot, { appVersion: '0.1.0' }));
    if (!read.ok) throw new Error(read.error.message);
    for (const table of bundleTables) expect(read.snapshot.tables[table], table).toEqual(snapshot.tables[table]);
    expect(read.snapshot.originals).toEqual([]);
    expect(read.manifest.counts).toMatchObject({ documents: 2, highlights: 2, events: 3, originals: 0 });
    expect(read.manifest.project.id).toBe(projectId);
  });

  it('refuses to snapshot a project the library does not hold', () => {
    db = openDatabase(t.core.dbPath);
    expect(() => snapshotProject(db as Db, 'no-such-project')).toThrow('That project no longer exists.');
  });
});

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

describe('bundle round trip of snapshots', () => {
  it('writes the same bytes for the same project whatever the row order', () => {
    const snapshot = smallSnapshot();
    const now = () => new Date('2026-01-01T00:00:00Z');
    const shuffled = {
      ...snapshot,
      tables: { ...snapshot.tables, highlights: [...snapshot.tables.highlights].reverse() },
    };
    const a = writeBundle(snapshot, { appVersion: '1', now });
    expect(writeBundle(shuffled, { appVersion: '1', now })).toEqual(a);
    expect(Object.keys(unzipSync(a)).sort()).toEqual([
      ...bundleTables.map((table) => `data/${table}.json`).sort(),
      'manifest.json',
    ]);
  });

  it('carries original files under files/<document id>/<safe name>', () => {
    const bytes = new Uint8Array([37, 80, 68, 70, 0, 255]);
    const tables = smallSnapshot().tables;
    const documents = [...tables.documents, { ...tables.documents[0], id: 'd2', content_hash: 'f'.repeat(64) }];
    const originals = [
      { documentId: 'd1', fileName: 'arrival.pdf', bytes },
      { documentId: 'd2', fileName: 'empty.txt', bytes: new Uint8Array(0) },
    ];
    const snapshot = { tables: { ...tables, documents } as typeof tables, originals };
    const zip = writeBundle(snapshot, { appVersion: '1' });
    expect(Object.keys(unzipSync(zip))).toEqual(expect.arrayContaining(['files/d1/arrival.pdf', 'files/d2/empty.txt']));
    const read = readBundle(zip);
    expect(read.ok && read.snapshot.originals).toEqual(snapshot.originals);
  });

  it('keeps any text, notes and titles through the round trip (property)', () => {
    // What the hygiene rule lets into a library: no control characters but line feeds in prose.
    const prose = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(CONTROLS, ''));
    const line = prose.map((s) => s.replace(/\n/g, ' '));
    fc.assert(
      fc.property(
        line,
        prose,
        prose,
        fc.constantFrom('yellow', 'blue', 'purple'),
        (title, note, description, color) => {
          const base = smallSnapshot();
          const [h1, ...rest] = base.tables.highlights;
          if (!h1) throw new Error('the small snapshot has highlights');
          const snapshot = {
            ...base,
            tables: {
              ...base.tables,
              documents: base.tables.documents.map((d) => ({ ...d, title })),
              highlights: [{ ...h1, note, color }, ...rest],
              events: base.tables.events.map((e) => ({ ...e, description })),
            },
          };
          const read = readBundle(writeBundle(snapshot, { appVersion: '1' }));
          expect(read.ok && read.snapshot).toEqual(snapshot);
        },
      ),
      { numRuns: 50 },
    );
  });
});
