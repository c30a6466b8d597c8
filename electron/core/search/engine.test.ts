/**
 * The search engine across its lifecycle: the delta makes new documents searchable at once; the
 * background build fills shards that are saved and reused on the next start; a missing, damaged,
 * outdated or out-of-step index is repaired without losing a document.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchStatus } from '../../contract';
import { DB_FILE_NAME, INDEX_FILE_NAME } from '../create-core';
import { searchReady } from '../testing/search-ready';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

const words = ['harbour', 'customs', 'ledger', 'convoy', 'ration', 'tariff', 'dockside', 'cargo'];
/** N small, distinct documents: each has the unique word `uniq<i>x`. */
function batch(n: number, from = 0) {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const body = Array.from({ length: 40 }, (_, j) => words[(i + j) % words.length]).join(' ');
    return fileOf(`doc-${i}.txt`, `Report number ${i}\nThe uniq${i}x inspection of the ${body}.`);
  });
}

async function hitTitles(tc: TempCore, q: string): Promise<string[]> {
  return (await tc.call('search.query', { q, limit: 200 })).documents.hits.map((h) => h.title);
}

/** A library of `n` documents, indexed and then closed; returns its folder and the documents. */
async function closedLibrary(n: number) {
  t = tempCore();
  const { imported } = await t.call('documents.import', { files: batch(n) });
  await searchReady(t.core);
  const dataDir = t.dataDir;
  await t.core.close();
  return { dataDir, imported };
}

/** Opens the folder again; `statuses` receives every status the engine reports from the start. */
function reopen(dataDir: string, statuses: SearchStatus[] = []): TempCore {
  const tc = tempCore({}, dataDir);
  tc.core.on('search.status', (s) => statuses.push(s));
  return tc;
}

function shardRows(dataDir: string): { id: number; built_at: string }[] {
  const db = new Database(join(dataDir, INDEX_FILE_NAME), { readonly: true });
  try {
    return db.prepare('SELECT id, built_at FROM shards ORDER BY id').all() as { id: number; built_at: string }[];
  } finally {
    db.close();
  }
}

describe('search engine', () => {
  it('a newly imported document is searchable as soon as its import returns', async () => {
    t = tempCore();
    await t.call('documents.import', { files: batch(1) });
    expect(await hitTitles(t, 'uniq0x')).toEqual(['Report number 0']);
    await t.call('documents.import', { files: batch(1, 1) });
    expect(await hitTitles(t, 'uniq1x')).toEqual(['Report number 1']);
  });

  it('an edit is searchable at once and the old title no longer matches', async () => {
    t = tempCore();
    const [doc] = (await t.call('documents.import', { files: batch(1) })).imported;
    await t.call('documents.update', { id: doc!.id, title: 'Quartermaster digest' });
    expect(await hitTitles(t, 'quartermaster')).toEqual(['Quartermaster digest']);
    expect(await hitTitles(t, 'title:report')).toEqual([]);
  });

  it('a big import is built into a saved shard in the background, then reused on the next start', async () => {
    t = tempCore();
    await t.call('documents.import', { files: batch(60) });
    const status = await searchReady(t.core);
    expect(status).toMatchObject({ state: 'ready', indexed: 60, total: 60 });
    expect((await hitTitles(t, 'uniq42x'))[0]).toBe('Report number 42');
    const saved = shardRows(t.dataDir);
    expect(saved.length).toBeGreaterThan(0);

    t = await t.reopen();
    await searchReady(t.core);
    expect(shardRows(t.dataDir)).toEqual(saved);
    expect(await hitTitles(t, 'uniq7x')).toEqual(['Report number 7']);
    expect((await t.call('search.query', { q: 'harbour' })).documents.total).toBe(60);
  });

  it('rebuilds a missing index file and finds every document again', async () => {
    const { dataDir } = await closedLibrary(40);
    rmSync(join(dataDir, INDEX_FILE_NAME));
    t = reopen(dataDir);
    expect(await searchReady(t.core)).toMatchObject({ indexed: 40, total: 40 });
    expect((await t.call('search.query', { q: 'customs' })).documents.total).toBe(40);
  });

  it('replaces a damaged index file, says so while rebuilding, and loses nothing', async () => {
    const { dataDir } = await closedLibrary(80);
    for (const suffix of ['-wal', '-shm']) rmSync(join(dataDir, INDEX_FILE_NAME + suffix), { force: true });
    writeFileSync(join(dataDir, INDEX_FILE_NAME), 'this is not a database'.repeat(200));
    const statuses: SearchStatus[] = [];
    t = reopen(dataDir, statuses);
    expect(await searchReady(t.core)).toMatchObject({ indexed: 80, total: 80 });
    expect(statuses.some((s) => /damaged/.test(s.message ?? ''))).toBe(true);
    expect((await t.call('documents.list')).length).toBe(80);
    expect(await hitTitles(t, 'uniq39x')).toEqual(['Report number 39']);
  });

  it('rebuilds an index written in another format', async () => {
    const { dataDir } = await closedLibrary(80);
    const db = new Database(join(dataDir, INDEX_FILE_NAME));
    db.prepare("UPDATE meta SET value = '0' WHERE key = 'format'").run();
    db.close();
    const statuses: SearchStatus[] = [];
    t = reopen(dataDir, statuses);
    await searchReady(t.core);
    expect(statuses.some((s) => /another version/.test(s.message ?? ''))).toBe(true);
    expect((await t.call('search.query', { q: 'ledger' })).documents.total).toBe(80);
  });

  it('after a crash, documents changed behind the index are repaired on the next start', async () => {
    const { dataDir, imported } = await closedLibrary(40);
    // As if the app died after committing these changes but before the index heard of them.
    const db = new Database(join(dataDir, DB_FILE_NAME));
    db.prepare('UPDATE documents SET title = ? WHERE id = ?').run('Renamed while closed', imported[3]!.id);
    db.prepare('DELETE FROM documents WHERE id = ?').run(imported[5]!.id);
    db.close();
    t = reopen(dataDir);
    await searchReady(t.core);
    expect(await hitTitles(t, 'renamed')).toEqual(['Renamed while closed']);
    expect(await hitTitles(t, 'uniq5x')).toEqual([]);
    expect((await t.call('search.query', { q: 'ledger' })).documents.total).toBe(39);
  });

  it('deleting a document removes it from results, and undo brings it back', async () => {
    t = tempCore();
    const { imported } = await t.call('documents.import', { files: batch(30) });
    await searchReady(t.core);
    await t.call('documents.delete', { id: imported[2]!.id });
    expect(await hitTitles(t, 'uniq2x')).toEqual([]);
    await t.call('history.undo');
    expect(await hitTitles(t, 'uniq2x')).toEqual(['Report number 2']);
  });

  it('says it is starting until every worker has counted its part, never a partial count', async () => {
    const { dataDir } = await closedLibrary(60);
    const statuses: SearchStatus[] = [];
    t = reopen(dataDir, statuses);
    expect(await searchReady(t.core)).toMatchObject({ indexed: 60, total: 60 });
    // The first worker always reports before the second opens the index.
    expect(statuses[0]).toMatchObject({ state: 'warming', total: 0 });
    expect(statuses[0]?.message).toMatch(/starting/);
    const counted = statuses.filter((s) => s.total > 0);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.every((s) => s.total === 60)).toBe(true);
  });

  it('the index lives in its own file beside the library', async () => {
    t = tempCore();
    await t.call('documents.import', { files: batch(1) });
    await searchReady(t.core);
    expect(existsSync(join(t.dataDir, INDEX_FILE_NAME))).toBe(true);
  });
});
