/**
 * The saved search index damaged while Dossier was closed: deleted, truncated, or truncated while
 * its `-wal` file stayed behind (as a crash or a sync tool can leave it). Each time the index is
 * rebuilt whole, every document is found again, and the damage does not outlive one start.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchStatus } from '../../contract';
import { INDEX_FILE_NAME } from '../create-core';
import { searchReady } from '../testing/search-ready';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

const DOCS = 70;
let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

/** A closed library of `DOCS` documents whose saved index holds shards; returns its folder. */
async function closedLibrary(): Promise<string> {
  t = tempCore();
  const files = Array.from({ length: DOCS }, (_, i) =>
    fileOf(`doc-${i}.txt`, `Dispatch ${i}\nThe mark${i}q convoy reached the harbour with its cargo.`),
  );
  await t.call('documents.import', { files });
  await searchReady(t.core);
  const dataDir = t.dataDir;
  await t.core.close();
  return dataDir;
}

/** Opens the folder again, recording every status; resolves once search is ready. */
async function reopen(dataDir: string): Promise<{ tc: TempCore; statuses: SearchStatus[] }> {
  const tc = tempCore({}, dataDir);
  const statuses: SearchStatus[] = [];
  tc.core.on('search.status', (s) => statuses.push(s));
  t = tc;
  expect(await searchReady(tc.core)).toMatchObject({ indexed: DOCS, total: DOCS });
  return { tc, statuses };
}

/** Every document is found by its own word, and the common word counts them all. */
async function expectEveryDocumentFound(tc: TempCore): Promise<void> {
  expect((await tc.call('search.query', { q: 'convoy' })).documents.total).toBe(DOCS);
  for (let i = 0; i < DOCS; i++) {
    const { hits } = (await tc.call('search.query', { q: `mark${i}q` })).documents;
    expect(hits.map((h) => h.title)).toEqual([`Dispatch ${i}`]);
  }
}

/**
 * The next start says the index was damaged, finds every document and leaves a sound index file;
 * the start after that finds every document again without any damage reported.
 */
async function expectRebuiltOnceThenHealthy(dataDir: string, indexPath: string): Promise<void> {
  const first = await reopen(dataDir);
  expect(first.statuses.some((s) => /damaged/.test(s.message ?? ''))).toBe(true);
  await expectEveryDocumentFound(first.tc);
  await first.tc.core.close();
  expect(integrity(indexPath)).toBe('ok');

  const second = await reopen(dataDir);
  expect(second.statuses.filter((s) => /damaged/.test(s.message ?? ''))).toEqual([]);
  await expectEveryDocumentFound(second.tc);
}

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/**
 * Leaves a `-wal` beside the index, as a process killed mid-write does: an open connection writes
 * without checkpointing, the log is copied aside, and put back after the connection closes
 * (closing the last connection checkpoints and deletes it).
 */
function leaveWal(indexPath: string): void {
  const db = new Database(indexPath);
  db.pragma('wal_autocheckpoint = 0');
  db.prepare("INSERT INTO meta(key, value) VALUES ('touched', ?)").run('x'.repeat(20_000));
  db.prepare('UPDATE shards SET built_at = built_at').run();
  copyFileSync(`${indexPath}-wal`, `${indexPath}-wal.kept`);
  db.close();
  copyFileSync(`${indexPath}-wal.kept`, `${indexPath}-wal`);
  rmSync(`${indexPath}-wal.kept`);
}

/**
 * Zeroes one overflow page of a shard's saved index in the middle of the file, leaving the table
 * pages whole: the shard list reads, but the shard neither loads nor can be deleted (SQLite says
 * "database disk image is malformed" both times).
 */
function breakOverflowPage(indexPath: string): void {
  const bytes = readFileSync(indexPath);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  const isTreePage = (flag: number | undefined) => flag === 2 || flag === 5 || flag === 10 || flag === 13;
  for (let page = Math.floor(pages / 2); page < pages; page++) {
    const at = page * pageSize;
    const next = bytes.readUInt32BE(at);
    if (isTreePage(bytes[at]) || next === 0 || next > pages) continue;
    bytes.fill(0, at, at + pageSize);
    writeFileSync(indexPath, bytes);
    return;
  }
  throw new Error('no overflow page found to break');
}

describe('a damaged search index', { timeout: 90_000 }, () => {
  it('deleted while closed is rebuilt with every document', async () => {
    const dataDir = await closedLibrary();
    rmSync(join(dataDir, INDEX_FILE_NAME));
    const { tc } = await reopen(dataDir);
    await expectEveryDocumentFound(tc);
  });

  it.each([
    ['to nothing', () => 0],
    ['to half its length', (size: number) => Math.floor(size / 2)],
  ])('truncated %s while closed is rebuilt with every document', async (_, length) => {
    const dataDir = await closedLibrary();
    const indexPath = join(dataDir, INDEX_FILE_NAME);
    truncateSync(indexPath, length(statSync(indexPath).size));
    const { tc } = await reopen(dataDir);
    await expectEveryDocumentFound(tc);
    expect(integrity(indexPath)).toBe('ok');
  });

  it('truncated while its -wal stayed is deleted and rebuilt whole, says so, and is healthy on the next start', async () => {
    const dataDir = await closedLibrary();
    const indexPath = join(dataDir, INDEX_FILE_NAME);
    leaveWal(indexPath);
    expect(existsSync(`${indexPath}-wal`)).toBe(true);
    truncateSync(indexPath, Math.floor(statSync(indexPath).size / 2));

    await expectRebuiltOnceThenHealthy(dataDir, indexPath);
  });

  it('with a broken page inside a saved shard is deleted and rebuilt whole, not left for the next start', async () => {
    const dataDir = await closedLibrary();
    const indexPath = join(dataDir, INDEX_FILE_NAME);
    breakOverflowPage(indexPath);

    await expectRebuiltOnceThenHealthy(dataDir, indexPath);
  });
});
