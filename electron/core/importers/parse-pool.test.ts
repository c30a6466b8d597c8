/** The parse pool: files read in worker threads, each with a time limit, alone in its failures. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../contract';
import { RpcClient } from '../threads/rpc';
import { ParseCancelledError, ParsePool, type ParsePoolOptions } from './parse-pool';

const pools: ParsePool[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(options: ParsePoolOptions = {}): ParsePool {
  const created = new ParsePool(options);
  pools.push(created);
  return created;
}

const bytes = (text: string) => Buffer.from(text, 'utf8');
const article = 'Port reopens\nThe port reopened on Tuesday after a week of closures, officials said.\n';
/** HTML nested 100,000 deep: seconds of parsing, far past a short time limit. */
const deepHtml = `<html><body>${'<div>'.repeat(100_000)}Deep text${'</div>'.repeat(100_000)}</body></html>`;
const advice = 'If it is a very large or unusual file, try splitting it or saving it in another format.';

describe('ParsePool', () => {
  it('parses a file in a worker and hands back the stored form', async () => {
    const doc = await pool().parse('notes/port.txt', bytes(article));
    expect(doc).toMatchObject({ fileName: 'port.txt', title: 'Port reopens', format: 'text', wordCount: 14 });
    expect(doc.text).toBe('Port reopens\n\nThe port reopened on Tuesday after a week of closures, officials said.');
    expect(JSON.parse(doc.blocksJson)).toEqual([
      { type: 'heading', level: 2, start: 0, end: 12 },
      { type: 'paragraph', start: 14, end: doc.text.length },
    ] satisfies Block[]);
  });

  it('names the file and the reason when one fails, and reads the others', async () => {
    const parser = pool({ size: 1 });
    const results = await Promise.allSettled([
      parser.parse('empty.txt', new Uint8Array()),
      parser.parse('port.txt', bytes(article)),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected' });
    expect(results[0]?.status === 'rejected' && String(results[0].reason)).toMatch(/^Error: empty\.txt is empty/);
    expect(results[1]).toMatchObject({ status: 'fulfilled', value: { fileName: 'port.txt' } });
  });

  it('stops a file that runs past its time limit, then reads the next in a fresh worker', async () => {
    const parser = pool({ size: 1 });
    const [deep, next] = await Promise.allSettled([
      parser.parse('deep.html', bytes(deepHtml), { timeLimitMs: 250 }),
      parser.parse('port.txt', bytes(article)),
    ]);
    expect(deep).toMatchObject({
      status: 'rejected',
      reason: { message: `deep.html: reading it took longer than 0.25 s; Dossier stopped. ${advice}` },
    });
    expect(next).toMatchObject({ status: 'fulfilled', value: { fileName: 'port.txt' } });
  });

  it('fails only the file whose worker runs out of memory', async () => {
    const parser = pool({ size: 1, heapLimitMb: 160 });
    const huge = bytes(`${'A line of a very long report about the harbour. '.repeat(20)}\n`.repeat(90_000));
    const [big, small] = await Promise.allSettled([
      parser.parse('huge.txt', huge),
      parser.parse('port.txt', bytes(article)),
    ]);
    expect(big).toMatchObject({
      status: 'rejected',
      reason: { message: `huge.txt: reading it needed more than 160 MB of memory; Dossier stopped. ${advice}` },
    });
    expect(small).toMatchObject({ status: 'fulfilled', value: { fileName: 'port.txt' } });
  });

  it('rejects running and queued parses as cancelled when their signal aborts', async () => {
    const parser = pool({ size: 1 });
    const controller = new AbortController();
    const running = parser.parse('deep.html', bytes(deepHtml), { signal: controller.signal });
    const queued = parser.parse('port.txt', bytes(article), { signal: controller.signal });
    const other = parser.parse('other.txt', bytes(article));
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(ParseCancelledError);
    await expect(queued).rejects.toBeInstanceOf(ParseCancelledError);
    await expect(other).resolves.toMatchObject({ fileName: 'other.txt' });
  });

  it('stops idle workers by itself, and starts new ones when needed', async () => {
    const parser = pool({ idleMs: 10 });
    await parser.parse('port.txt', bytes(article));
    await vi.waitFor(() => expect(parser.workers).toBe(0), { timeout: 5000 });
    await expect(parser.parse('again.txt', bytes(article))).resolves.toMatchObject({ fileName: 'again.txt' });
  });

  it('stops every worker on close and refuses what comes after', async () => {
    const parser = pool();
    const running = expect(parser.parse('deep.html', bytes(deepHtml))).rejects.toBeInstanceOf(ParseCancelledError);
    await parser.close();
    expect(parser.workers).toBe(0);
    await running;
    await expect(parser.parse('port.txt', bytes(article))).rejects.toThrow(
      'Dossier is closing; port.txt was not read.',
    );
  });

  it('reads queued small files in chunks, one round trip for many, each file with its own outcome', async () => {
    const calls = vi.spyOn(RpcClient.prototype, 'call');
    const parser = pool({ size: 1 });
    await parser.parse('warm.txt', bytes(article));
    const names = Array.from({ length: 40 }, (_, i) => `note-${i}.txt`);
    const results = await Promise.allSettled([
      ...names.map((name, i) => parser.parse(name, bytes(`Note ${i}\nPatrol ${i} reported the road clear today.\n`))),
      parser.parse('empty.txt', new Uint8Array()),
    ]);
    expect(results.slice(0, 40).map((r) => r.status === 'fulfilled' && r.value.fileName)).toEqual(names);
    expect(results[40]?.status === 'rejected' && String(results[40].reason)).toMatch(/^Error: empty\.txt is empty/);
    const methods = calls.mock.calls.map(([method]) => method);
    expect(methods.filter((m) => m === 'parseMany').length).toBeGreaterThan(0);
    expect(methods.filter((m) => m === 'parse' || m === 'parseMany').length).toBeLessThan(10);
  }, 60_000);

  it('reads a chunk that overruns its time limit again file by file, so only the slow file fails', async () => {
    const parser = pool({ size: 1 });
    await parser.parse('warm.txt', bytes(article));
    const limit = { timeLimitMs: 250 };
    const [before, deep, after] = await Promise.allSettled([
      parser.parse('before.txt', bytes(article), limit),
      parser.parse('deep.html', bytes(deepHtml), limit),
      parser.parse('after.txt', bytes(article.replace('Tuesday', 'Friday')), limit),
    ]);
    expect(before).toMatchObject({ status: 'fulfilled', value: { fileName: 'before.txt' } });
    expect(deep).toMatchObject({
      status: 'rejected',
      reason: { message: `deep.html: reading it took longer than 0.25 s; Dossier stopped. ${advice}` },
    });
    expect(after).toMatchObject({ status: 'fulfilled', value: { fileName: 'after.txt' } });
  }, 60_000);
});
