/**
 * A bulk import in the change log: each new document's after image names its row without copying
 * the text and blocks, undo deletes the documents, redo brings back the very same rows (ids, text,
 * blocks, hash, language), and highlights made on them anchor again. Files read by the workers in
 * chunks store exactly what reading each alone in this thread yields.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseStorable } from '../importers/storable-document';
import { repoPaths } from '../repo-paths';
import { OMITTED_KEY } from '../repos/writer';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
});
// Each test imports a dozen files through the parse workers and reads them back; generous on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 30_000 });
afterEach(() => t.dispose());

type StoredRow = Record<string, string | number | null>;
const fixtures = join(repoPaths.root, 'electron', 'core', 'importers', 'fixtures');

/** The sample corpus and the HTML fixtures, plus Markdown and emoji/RTL text, named as imported. */
function sampleFiles(): { name: string; bytes: Buffer }[] {
  const corpus = readdirSync(repoPaths.sampleCorpus).map((name) => ({
    name,
    bytes: readFileSync(join(repoPaths.sampleCorpus, name)),
  }));
  const html = ['news-article.html', 'windows-1252.html'].map((name) => ({
    name,
    bytes: readFileSync(join(fixtures, name)),
  }));
  return [
    ...corpus,
    ...html,
    { name: 'brief.md', bytes: Buffer.from('# Brief\n\nThe *port* reopened.\n\n- one\n- two\n') },
    { name: 'mixed.txt', bytes: Buffer.from('Notes 👩🏽‍🚀\n\nمرحبا بالعالم and café\u0301 again.\n') },
  ];
}

/** Rows as the library file holds them, read over a connection of the test's own. */
function select<T>(sql: string): T[] {
  const db = new Database(t.core.dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

const documentRows = () => select<StoredRow>('SELECT * FROM documents ORDER BY file_name');
const changeLog = () =>
  select<{ table_name: string; before_json: string | null; after_json: string | null }>(
    'SELECT table_name, before_json, after_json FROM change_log ORDER BY seq',
  );

async function importSample(): Promise<StoredRow[]> {
  const files = sampleFiles();
  const report = await t.call('documents.import', { files: files.map((f) => fileOf(f.name, f.bytes)) });
  expect(report.failed).toEqual([]);
  expect(report.imported.map((d) => d.fileName)).toEqual(files.map((f) => f.name));
  return documentRows();
}

describe('an import in the change log', () => {
  it('logs each new document without copying its text or blocks, naming what it left out', async () => {
    const rows = await importSample();
    const entries = changeLog().filter((e) => e.table_name === 'documents');
    expect(entries).toHaveLength(rows.length);
    for (const entry of entries) {
      expect(entry.before_json).toBeNull();
      const { [OMITTED_KEY]: omitted, ...image } = JSON.parse(entry.after_json ?? '{}') as StoredRow;
      expect(omitted).toBe('text,blocks_json');
      expect(image).not.toHaveProperty('text');
      expect(image).not.toHaveProperty('blocks_json');
      // Every other column inserted is in the image as stored (columns left to their defaults are not).
      const row = rows.find((r) => r.id === image.id);
      expect(row).toMatchObject(image);
      expect(Object.keys(image)).toEqual(expect.arrayContaining(['id', 'title', 'content_hash', 'file_name']));
    }
    const logged = entries.reduce((n, e) => n + (e.after_json?.length ?? 0), 0);
    const texts = rows.reduce((n, r) => n + String(r.text).length, 0);
    expect(logged).toBeLessThan(texts / 2);
  });

  it('undo removes the documents; redo brings back the same rows, ids, text, blocks, hash and language', async () => {
    const rows = await importSample();
    expect(await t.call('history.undo')).toEqual({ undone: `Import ${rows.length} documents` });
    expect(documentRows()).toEqual([]);
    expect(await t.call('documents.list')).toEqual([]);
    expect(await t.call('history.redo')).toEqual({ redone: `Import ${rows.length} documents` });
    expect(documentRows()).toEqual(rows);
    const search = await t.call('search.query', { q: 'Kenyan' });
    expect(search.documents.total).toBeGreaterThan(0);
    // The redo was logged the same way, and undoing it again still works.
    const redoImages = changeLog()
      .slice(-rows.length)
      .map((e) => JSON.parse(e.after_json ?? '{}') as StoredRow);
    expect(redoImages.every((image) => image[OMITTED_KEY] === 'text,blocks_json' && !('text' in image))).toBe(true);
    await t.call('history.undo');
    expect(documentRows()).toEqual([]);
    await t.call('history.redo');
    expect(documentRows()).toEqual(rows);
  });

  it('a highlight made on an imported document anchors again after both are undone and redone', async () => {
    await importSample();
    const [doc] = await t.call('documents.list');
    if (!doc) throw new Error('nothing imported');
    const detail = await t.call('documents.get', { id: doc.id });
    const start = detail.text.indexOf(' ') + 1;
    const highlight = await t.call('highlights.create', { documentId: doc.id, start, end: start + 12, color: 'blue' });
    await t.call('history.undo');
    await t.call('history.undo');
    expect(await t.call('documents.list')).toEqual([]);
    await t.call('history.redo');
    await t.call('history.redo');
    const again = await t.call('documents.get', { id: doc.id });
    expect(again.text).toBe(detail.text);
    expect(again.highlights).toEqual([
      expect.objectContaining({ id: highlight.id, start, end: start + 12, quote: highlight.quote, status: 'anchored' }),
    ]);
  });

  it('deleting an imported document still logs the whole row, so undoing the delete restores it', async () => {
    const rows = await importSample();
    const row = rows[0];
    if (!row) throw new Error('nothing imported');
    await t.call('documents.delete', { id: String(row.id) });
    const deleted = changeLog().at(-1);
    expect(JSON.parse(deleted?.before_json ?? '{}')).toEqual(row);
    await t.call('history.undo');
    expect(documentRows()).toEqual(rows);
  });
});

describe('files read in chunks by the workers', () => {
  it('store exactly what reading each file alone in this thread yields', async () => {
    const files = sampleFiles();
    const rows = await importSample();
    for (const file of files) {
      const alone = await parseStorable(file.name, file.bytes);
      const row = rows.find((r) => r.file_name === file.name);
      expect(row).toMatchObject({
        title: alone.title,
        text: alone.text,
        blocks_json: alone.blocksJson,
        content_hash: alone.contentHash,
        language: alone.language,
        word_count: alone.wordCount,
        format: alone.format,
        source: alone.source,
        author: alone.author,
        published_date: alone.publishedDate,
      });
    }
  });

  it('report duplicates of stored documents and within the batch, in the order the files came', async () => {
    await t.call('documents.import', {
      files: [fileOf('first.txt', 'Port reopens\n\nThe port reopened on Tuesday.\n')],
    });
    const report = await t.call('documents.import', {
      files: [
        fileOf('again.txt', 'Port reopens\n\nThe port reopened on Tuesday.\n'),
        fileOf('b.txt', 'Bridge closes\n\nThe bridge closed on Monday for repairs.\n'),
        fileOf('a.txt', 'Airport opens\n\nThe airport opened a new terminal.\n'),
        fileOf('b-copy.txt', 'Bridge closes\n\nThe bridge closed on Monday for repairs.\n'),
      ],
    });
    expect(report.imported.map((d) => d.fileName)).toEqual(['b.txt', 'a.txt']);
    expect(report.duplicates).toEqual([
      { name: 'again.txt', existingId: expect.any(String) as string, title: 'Port reopens' },
    ]);
    expect(report.failed).toEqual([
      { name: 'b-copy.txt', message: 'b-copy.txt has the same content as b.txt in this import.' },
    ]);
  });
});
