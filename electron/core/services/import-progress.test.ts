/**
 * Imports of every size through `core.handle`, as the shells drive them: parsed off the main thread
 * (which keeps answering), with `import.progress` events, cancel, a per-file time limit, and one
 * failure never stopping the rest. Fixtures are generated here; nothing large is kept in the repo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../contract';
import { fileOf, tempCore, visibleState, type TempCore } from '../testing/temp-core';
import { ProgressThrottle } from './import-jobs';

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

function open(options: Parameters<typeof tempCore>[0] = {}): TempCore {
  t = tempCore(options);
  return t;
}

/** Every `import.progress` of one job, in order. */
function progressOf(core: TempCore, jobId: string): EventPayload<'import.progress'>[] {
  const seen: EventPayload<'import.progress'>[] = [];
  core.core.on('import.progress', (event) => {
    if (event.jobId === jobId) seen.push(event);
  });
  return seen;
}

/** Resolves at the job's first progress event, which is sent as it starts and before any file is read. */
function started(core: TempCore, jobId: string): Promise<void> {
  return new Promise((resolve) => {
    const off = core.core.on('import.progress', (event) => {
      if (event.jobId !== jobId) return;
      off();
      resolve();
    });
  });
}

const sentence = 'The harbour authority met on Monday to discuss the quixotic plan for the new pier.'; // 15 words
const paragraph = `${sentence}\n${sentence}\n${sentence}\n\n`;
const deepHtml = `<html><body>${'<div>'.repeat(100_000)}Deep text${'</div>'.repeat(100_000)}</body></html>`;
const note = (title: string) => `${title}\n\nRoadblocks were reported on the road to the port overnight.\n`;

describe('importing large files', () => {
  it('imports a 50 MB text file while the core keeps answering other calls', async () => {
    const core = open();
    const count = Math.ceil(50_000_000 / paragraph.length);
    const file = fileOf('big.txt', paragraph.repeat(count));
    let settled = false;
    const begun = started(core, 'big');
    const importing = core.call('documents.import', { files: [file], jobId: 'big' }).finally(() => (settled = true));

    await begun;
    const listed = await core.call('documents.list');
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    expect(listed).toEqual([]);

    const report = await importing;
    expect(report.failed).toEqual([]);
    const [summary] = report.imported;
    if (!summary) throw new Error('nothing imported');
    expect(summary.wordCount).toBe(count * 45);
    const doc = await core.call('documents.get', { id: summary.id });
    // Each paragraph's three lines join with spaces; paragraphs are separated by a blank line.
    expect(doc.text.length).toBe(count * (3 * sentence.length + 2) + (count - 1) * 2);
    expect(doc.blocks).toHaveLength(count);
    expect(await core.call('documents.list')).toHaveLength(1);
  }, 180_000);

  it('imports a 1 MB single line as text, Markdown and HTML', async () => {
    const core = open();
    const line = 'word '.repeat(200_000);
    const report = await core.call('documents.import', {
      files: [
        fileOf('line.txt', line),
        fileOf('line.md', `x${line}`),
        fileOf('line.html', `<html><body><p>y${line}</p></body></html>`),
      ],
    });
    expect(report.failed).toEqual([]);
    expect(report.imported.map((d) => [d.fileName, d.wordCount])).toEqual([
      ['line.txt', 200_000],
      ['line.md', 200_000],
      ['line.html', 200_000],
    ]);
    const doc = await core.call('documents.get', { id: report.imported[0]?.id ?? '' });
    expect(doc.text).toBe(line.trim());
    expect(doc.blocks).toEqual([{ type: 'paragraph', start: 0, end: line.length - 1 }]);
  }, 60_000);
});

describe('import progress', () => {
  it('reports files done of the total and the file being read, from 0 to the end', async () => {
    const core = open({ imports: { progressIntervalMs: 0 } });
    const events = progressOf(core, 'batch');
    const names = ['a.txt', 'b.md', 'c.txt', 'broken.pdf'];
    const report = await core.call('documents.import', {
      jobId: 'batch',
      files: [
        fileOf('a.txt', note('Alpha')),
        fileOf('b.md', note('# Bravo')),
        fileOf('c.txt', note('Charlie')),
        fileOf('broken.pdf', 'no'),
      ],
    });
    expect(report.imported).toHaveLength(3);
    expect(events.map((e) => e.done)).toEqual([0, 1, 2, 3, 4]);
    expect(events.every((e) => e.total === 4)).toBe(true);
    expect(events[0]?.current).toBe('a.txt');
    expect(events.at(-1)?.current).toBeNull();
    for (const event of events.slice(0, -1)) expect(names).toContain(event.current);
  });

  it('sends no progress for an import without a job id', async () => {
    const core = open({ imports: { progressIntervalMs: 0 } });
    const events: unknown[] = [];
    core.core.on('import.progress', (event) => events.push(event));
    await core.call('documents.import', { files: [fileOf('a.txt', note('Alpha'))] });
    expect(events).toEqual([]);
  });

  it('throttles to one event per interval, keeps the latest for later, and sends the last at once', () => {
    let now = 0;
    const sent: number[] = [];
    const throttle = new ProgressThrottle('job', {
      emit: (event) => sent.push(event.done),
      progressIntervalMs: 100,
      now: () => now,
    });
    throttle.report({ done: 0, total: 5, current: 'a' });
    throttle.report({ done: 1, total: 5, current: 'b' });
    throttle.report({ done: 2, total: 5, current: 'c' });
    now = 150;
    throttle.report({ done: 3, total: 5, current: 'd' });
    throttle.report({ done: 5, total: 5, current: null });
    throttle.stop();
    expect(sent).toEqual([0, 3, 5]);
  });
});

describe('cancelling an import', () => {
  it('stores nothing, leaves the library and its undo history as they were, and reports it', async () => {
    const core = open();
    await core.call('documents.import', { files: [fileOf('kept.txt', note('Kept'))] });
    const before = await visibleState(core);

    const begun = started(core, 'job-1');
    const importing = core.call('documents.import', {
      jobId: 'job-1',
      files: [fileOf('deep.html', deepHtml), fileOf('one.txt', note('One')), fileOf('two.md', note('# Two'))],
    });
    await begun;
    expect(await core.call('import.cancel', { jobId: 'job-1' })).toEqual({ cancelled: true });
    expect(await importing).toEqual({ imported: [], duplicates: [], failed: [], warnings: [], cancelled: true });

    expect(await visibleState(core)).toEqual(before);
    expect(await core.call('import.cancel', { jobId: 'job-1' })).toEqual({ cancelled: false });
    expect(await core.call('history.undo')).toEqual({ undone: 'Import “Kept”' });
    // The pool recovers: the next import reads its files in fresh workers.
    const again = await core.call('documents.import', { files: [fileOf('one.txt', note('One'))], jobId: 'job-1' });
    expect(again.imported.map((d) => d.title)).toEqual(['One']);
  }, 60_000);

  it('happens to every running import when the core closes, and nothing is stored', async () => {
    const core = open();
    const begun = started(core, 'closing');
    const importing = core.call('documents.import', {
      jobId: 'closing',
      files: [fileOf('deep.html', deepHtml), fileOf('one.txt', note('One'))],
    });
    await begun;
    t = await core.reopen();
    expect(await importing).toMatchObject({ imported: [], cancelled: true });
    expect(await t.call('documents.list')).toEqual([]);
  }, 60_000);

  it('answers false for a job that is not running, and refuses a job id already in use', async () => {
    const core = open();
    expect(await core.call('import.cancel', { jobId: 'nobody' })).toEqual({ cancelled: false });
    const importing = core.call('documents.import', { jobId: 'twice', files: [fileOf('a.txt', note('Alpha'))] });
    const second = await core.fails('documents.import', { jobId: 'twice', files: [fileOf('b.txt', note('Bravo'))] });
    expect(second).toEqual({ code: 'invalid_input', message: 'An import with this job id is already running.' });
    expect((await importing).imported).toHaveLength(1);
  });
});

describe('a file that fails', () => {
  it('past the time limit is stopped and named, while the others in its batch import', async () => {
    const core = open({ imports: { timeLimitMs: 250 } });
    const report = await core.call('documents.import', {
      files: [fileOf('first.txt', note('First')), fileOf('deep.html', deepHtml), fileOf('last.md', note('# Last'))],
    });
    expect(report.imported.map((d) => d.fileName)).toEqual(['first.txt', 'last.md']);
    expect(report.failed).toEqual([
      {
        name: 'deep.html',
        message:
          'deep.html: reading it took longer than 0.25 s; Dossier stopped. ' +
          'If it is a very large or unusual file, try splitting it or saving it in another format.',
      },
    ]);
  }, 60_000);

  it('does not stop the others: each failure names its file and the reason', async () => {
    const core = open();
    const report = await core.call('documents.import', {
      files: [
        fileOf('good.txt', note('Good')),
        fileOf('fake.pdf', '%PDF-1.7 not really'),
        fileOf('picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3])),
        fileOf('other.md', note('# Other')),
      ],
    });
    expect(report.imported.map((d) => d.fileName)).toEqual(['good.txt', 'other.md']);
    expect(report.failed.map((f) => f.name)).toEqual(['fake.pdf', 'picture.txt']);
    for (const failure of report.failed) expect(failure.message).toContain(failure.name);
  });
});
