/**
 * Imports from disk in batches, through a real core: any number of files, progress over the whole
 * job, one batch read at a time, and a cancel (between batches or during one) that keeps the batches
 * before it whole and stores nothing of the rest.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload, ImportReport, MethodInput } from '../../contract';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';
import type { ParsePool } from '../importers/parse-pool';
import { importInBatches } from './batched-import';
import { ImportJobs } from './import-jobs';
import { readIntakeFile, takeStock } from './path-intake';

let dir: string;
let t: TempCore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-batches-'));
  t = tempCore({ imports: { progressIntervalMs: 0 } });
});
afterEach(async () => {
  await t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const deepHtml = `<html><body>${'<div>'.repeat(100_000)}Deep text${'</div>'.repeat(100_000)}</body></html>`;

/** `count` small documents, each with its own text (no duplicates), named so they sort in order. */
function writeNotes(count: number, folder = join(dir, 'in')): string {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(4, '0');
    writeFileSync(join(folder, `note-${n}.txt`), `Note ${n}\n\nPatrol ${n} reported the road clear.\n`);
  }
  return folder;
}

/** The core's `documents.import`, counted. */
function counted(batches: number[]) {
  return async (input: MethodInput<'documents.import'>): Promise<ImportReport> => {
    batches.push(input.files.length);
    return t.call('documents.import', input);
  };
}

function progressOf(jobId: string): EventPayload<'import.progress'>[] {
  const seen: EventPayload<'import.progress'>[] = [];
  t.core.on('import.progress', (event) => {
    if (event.jobId === jobId) seen.push(event);
  });
  return seen;
}

describe('importing in batches', () => {
  it('imports 520 files (over the 500-file call limit) in batches of 100, with progress over all 520', async () => {
    const folder = writeNotes(520);
    const { files } = await takeStock([folder], basename);
    const batches: number[] = [];
    const events = progressOf('big');
    const report = await importInBatches({ files, jobId: 'big', nameOf: basename, call: counted(batches) });

    expect(batches).toEqual([100, 100, 100, 100, 100, 20]);
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(520);
    expect(await t.call('documents.list')).toHaveLength(520);
    expect(events.every((e) => e.total === 520)).toBe(true);
    const done = events.map((e) => e.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done).toContain(100);
    expect(done.at(-1)).toBe(520);
    expect(events.at(-1)?.current).toBeNull();
  }, 120_000);

  it('reads the next batch while one is stored, and never more than one batch ahead', async () => {
    const folder = writeNotes(25);
    const { files } = await takeStock([folder], basename);
    const log: string[] = [];
    let release = (): void => undefined;
    const report = await importInBatches({
      files,
      jobId: 'streamed',
      nameOf: basename,
      limits: { files: 10, bytes: 1024 * 1024 },
      read: async (file, name) => {
        log.push(`read ${name}`);
        const read = await readIntakeFile(file, name);
        if (name === 'note-0019.txt' || name === 'note-0024.txt') release();
        return read;
      },
      call: async (input) => {
        const first = input.files[0]?.name ?? '';
        log.push(`call ${first}`);
        // The call waits until the next batch's last file is read (or 2 s): it can only be read meanwhile.
        if (first !== 'note-0020.txt')
          await new Promise<void>((resolve) => {
            release = resolve;
            setTimeout(resolve, 2_000);
          });
        log.push(`stored ${first}`);
        return { imported: [], duplicates: [], failed: [], warnings: [] };
      },
    });
    expect(report.failed).toEqual([]);
    const at = (entry: string) => log.indexOf(entry);
    // Batch 2 (note-0010…) is read while batch 1 is in its call …
    expect(at('read note-0019.txt')).toBeGreaterThan(at('call note-0000.txt'));
    expect(at('read note-0019.txt')).toBeLessThan(at('stored note-0000.txt'));
    // … and batch 3 (note-0020…) only once batch 1 was stored: two batches in memory at most.
    expect(at('read note-0020.txt')).toBeGreaterThan(at('stored note-0000.txt'));
    expect(log.filter((entry) => entry.startsWith('call'))).toEqual([
      'call note-0000.txt',
      'call note-0010.txt',
      'call note-0020.txt',
    ]);
  });

  it('keeps the files in order and counts an unreadable one as failed, read a few at once', async () => {
    const folder = writeNotes(12);
    const { files } = await takeStock([folder], basename);
    rmSync(join(folder, 'note-0005.txt'));
    const sent: string[] = [];
    const report = await importInBatches({
      files,
      jobId: 'ordered',
      nameOf: basename,
      call: (input) => {
        sent.push(...input.files.map((f) => f.name));
        return t.call('documents.import', input);
      },
    });
    expect(sent).toEqual(files.map((f) => basename(f.path)).filter((name) => name !== 'note-0005.txt'));
    expect(report.failed.map((f) => f.name)).toEqual(['note-0005.txt']);
    expect(report.imported).toHaveLength(11);
  });

  it('cuts batches by bytes as well as by count', async () => {
    mkdirSync(join(dir, 'in'));
    for (const name of ['a', 'b', 'c', 'd']) writeFileSync(join(dir, 'in', `${name}.txt`), `${name} `.repeat(300));
    const { files } = await takeStock([join(dir, 'in')], basename);
    const batches: number[] = [];
    await importInBatches({
      files,
      jobId: 'bytes',
      nameOf: basename,
      limits: { files: 100, bytes: 1300 },
      call: counted(batches),
    });
    expect(batches).toEqual([2, 2]);
  });
});

describe('a batch’s place in its job', () => {
  it('is refused when it reaches past the job’s total', async () => {
    const files = [fileOf('a.txt', 'Alpha'), fileOf('b.txt', 'Bravo')];
    const error = await t.fails('documents.import', { files, jobId: 'past', batch: { offset: 1, total: 2 } });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('A batch cannot reach past the total of its import.');
    expect(await t.call('documents.list')).toEqual([]);
  });
});

describe('ImportJobs between batches', () => {
  it('remembers the 64 latest jobs waiting for a batch, and a cancelled one starts its next batch aborted', async () => {
    const jobs = new ImportJobs({ emit: () => undefined, pool: {} as ParsePool });
    const span = { offset: 0, total: 2, files: 1 };
    for (let i = 0; i <= 64; i++) await jobs.run(`job-${i}`, () => Promise.resolve(), span);
    expect(jobs.cancel('job-0')).toBe(false);
    expect(jobs.cancel('job-64')).toBe(true);
    expect(jobs.cancel('job-64')).toBe(false);
    const next = { offset: 1, total: 2, files: 1 };
    expect(await jobs.run('job-64', (run) => Promise.resolve(run.signal?.aborted), next)).toBe(true);
    expect(await jobs.run('job-1', (run) => Promise.resolve(run.signal?.aborted), next)).toBe(false);
    // A finished job is forgotten: its id can start a new import.
    expect(jobs.cancel('job-1')).toBe(false);
  });
});

describe('cancelling a batched import', () => {
  it('between two batches: the first stays whole, the next is refused, and the report says so', async () => {
    const folder = writeNotes(35);
    const { files } = await takeStock([folder], basename);
    const batches: number[] = [];
    const answers: boolean[] = [];
    const report = await importInBatches({
      files,
      jobId: 'between',
      nameOf: basename,
      limits: { files: 10, bytes: 1024 * 1024 },
      call: async (input) => {
        const part = await counted(batches)(input);
        answers.push((await t.call('import.cancel', { jobId: 'between' })).cancelled);
        return part;
      },
    });
    expect(answers[0]).toBe(true);
    expect(batches).toEqual([10, 10]);
    expect(report.cancelled).toBe(true);
    expect(report.imported.map((d) => d.fileName)).toEqual(files.slice(0, 10).map((f) => basename(f.path)));
    expect(await t.call('documents.list')).toHaveLength(10);
    expect(await t.call('history.undo')).toEqual({ undone: 'Import 10 documents' });
    expect(await t.call('documents.list')).toHaveLength(0);
  }, 60_000);

  it('during a batch: that batch stores nothing, the batches before it stay, none after it is sent', async () => {
    const folder = writeNotes(30);
    writeFileSync(join(folder, 'note-0014-deep.html'), deepHtml);
    const { files } = await takeStock([folder], basename);
    const batches: number[] = [];
    const cancelled = new Promise<boolean>((resolve) => {
      const off = t.core.on('import.progress', (event) => {
        if (event.jobId !== 'during' || event.done < 10 || event.current === null) return;
        off();
        void t.call('import.cancel', { jobId: 'during' }).then((answer) => resolve(answer.cancelled));
      });
    });
    const report = await importInBatches({
      files,
      jobId: 'during',
      nameOf: basename,
      limits: { files: 10, bytes: 8 * 1024 * 1024 },
      call: counted(batches),
    });
    expect(await cancelled).toBe(true);
    expect(batches).toEqual([10, 10]);
    expect(report).toMatchObject({ cancelled: true, failed: [] });
    expect(report.imported).toHaveLength(10);
    const stored = (await t.call('documents.list')).map((d) => d.fileName).sort();
    expect(stored).toEqual(files.slice(0, 10).map((f) => basename(f.path)));
  }, 60_000);
});
