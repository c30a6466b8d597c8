/**
 * The Dossier side of the search bench, measured the way fts5-reference.ts measures FTS5: a library
 * seeded with N documents it has never indexed, then the background build (and the main thread's
 * event-loop delay meanwhile), the 200 queries, import/edit → searchable, the engine's heap, and a
 * cold start in a fresh process. Every call into Dossier goes through dossier-adapter.ts. A phase
 * that fails or hangs is reported with its message and the next one runs; without a built index
 * the later phases are skipped.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type { SearchStatus } from '../electron/contract';
import { repoPaths } from '../electron/core/repo-paths';
import type { ColdStartRun } from './cold-start';
import { openEngine, type Engine } from './dossier-adapter';
import { timeAdds, timeEdits, timeLarge } from './dossier-changes';
import type { ChangeTiming } from './fts5-reference';
import { percentile, summarize, timeQueries, zeroHitsByClass, type QueryLatency, type ZeroHits } from './latency';
import type { CorpusDocument } from './search-corpus';
import { anchorQueries, type BenchQuery } from './search-queries';
import { seedDocuments } from './seed';

export type Failure = { error: string };
type Outcome<T> = T | Failure;

export interface BuildFigures {
  createCoreMs: number;
  readyMs: number;
  stallMaxMs: number;
  stallP99Ms: number;
  /** `search.query` asked every second during the build (rarely, so it barely slows the build). */
  probes: { asked: number; answered: number; states: string[]; p50Ms: number; maxMs: number };
}

export interface DossierFigures {
  seedMs: number;
  build: Outcome<BuildFigures>;
  queries: Outcome<{
    latency: QueryLatency;
    anchors: Record<string, number>;
    zeroHits: ZeroHits;
    notReady: number;
  }>;
  add: Outcome<ChangeTiming>;
  edit: Outcome<ChangeTiming>;
  large: Outcome<{ commitMs: number; searchableMs: number }>;
  heap: Outcome<{ searchHeapMB: number | null; segments: number | null; shards: number | null; mainHeapMB: number }>;
  closeMs: Outcome<number>;
  coldStart: Outcome<ColdStartRun[]>;
}

/**
 * Two minutes, more at 50,000 documents: 24 ms a document (20 minutes), since a 2-CPU machine shared
 * with other work built only 16,000 of 50,000 in 400 s.
 */
const buildTimeoutMs = (n: number) => Math.max(120_000, n * 24);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** Runs one phase; a failure or a phase that outlives `timeoutMs` becomes `{ error }` and the bench goes on. */
async function attempt<T>(phase: string, fn: () => Promise<T>, timeoutMs = 120_000): Promise<Outcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([fn(), timeout]);
  } catch (error) {
    console.error(`  dossier ${phase} failed: ${messageOf(error)}`);
    return { error: messageOf(error) };
  } finally {
    clearTimeout(timer);
  }
}

export async function measureDossier(
  docs: readonly CorpusDocument[],
  queries: readonly BenchQuery[],
  large: CorpusDocument,
): Promise<DossierFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-search-'));
  try {
    let started = performance.now();
    const ids = seedDocuments(dataDir, docs);
    const seedMs = performance.now() - started;
    collectGarbage();
    const baselineHeap = process.memoryUsage().heapUsed;

    const stall = monitorEventLoopDelay({ resolution: 1 });
    stall.enable();
    started = performance.now();
    const engine = await openEngine(dataDir);
    const createCoreMs = performance.now() - started;
    const build = await attempt(
      'build',
      () => awaitBuild(engine, docs.length, started, createCoreMs, stall),
      buildTimeoutMs(docs.length) + 10_000,
    );
    if ('error' in build) {
      await Promise.race([engine.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      return skippedAfter(seedMs, build);
    }
    const figures: DossierFigures = {
      seedMs,
      build,
      queries: await attempt('queries', () => runQueries(engine, queries), 300_000),
      add: await attempt('add → searchable', () => timeAdds(engine)),
      edit: await attempt('edit → searchable', () => timeEdits(engine, ids)),
      large: await attempt('1 MiB document', () => timeLarge(engine, large), 90_000),
      heap: await attempt(
        'heap',
        async () => {
          const diagnostics = await engine.diagnostics();
          collectGarbage();
          return {
            searchHeapMB: diagnostics ? diagnostics.searchHeapUsedBytes / 1024 / 1024 : null,
            segments: diagnostics?.segments ?? null,
            shards: diagnostics?.shards ?? null,
            mainHeapMB: (process.memoryUsage().heapUsed - baselineHeap) / 1024 / 1024,
          };
        },
        30_000,
      ),
      closeMs: await attempt(
        'close',
        async () => {
          const closing = performance.now();
          await engine.close();
          return performance.now() - closing;
        },
        60_000,
      ),
      coldStart: { error: 'not run' },
    };
    figures.coldStart = await attempt('cold start', () => coldStarts(dataDir, 3), 200_000);
    return figures;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Without a built index, every later figure would only repeat the build's failure. */
function skippedAfter(seedMs: number, build: Failure): DossierFigures {
  const skipped = { error: 'skipped: the index never became ready' };
  return {
    seedMs,
    build,
    queries: skipped,
    add: skipped,
    edit: skipped,
    large: skipped,
    heap: skipped,
    closeMs: skipped,
    coldStart: skipped,
  };
}

/**
 * Waits for 'ready' over all N documents: told by the status event, or seen by asking every 100 ms.
 * Meanwhile asks `search.query` once a second, as an analyst typing during the build would.
 */
async function awaitBuild(
  engine: Engine,
  n: number,
  started: number,
  createCoreMs: number,
  stall: ReturnType<typeof monitorEventLoopDelay>,
): Promise<BuildFigures> {
  let readyAt: number | null = null;
  const isReady = (status: SearchStatus) => status.state === 'ready' && status.indexed >= n;
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const stopListening = engine.onStatus((status) => {
    if (isReady(status)) readyAt ??= performance.now();
  });
  const probes: { ms: number; state: string }[] = [];
  let asked = 0;
  let stopped = false;
  const probing = (async () => {
    while (readyAt === null && !stopped) {
      asked++;
      const at = performance.now();
      try {
        const answer = await engine.query('haiti');
        probes.push({ ms: performance.now() - at, state: answer.state });
      } catch {
        // A refused query during the build counts as unanswered.
      }
      await wait(1_000);
    }
  })();
  try {
    while (readyAt === null) {
      const status = await engine.status();
      if (isReady(status)) readyAt ??= performance.now();
      else if (performance.now() - started > buildTimeoutMs(n)) {
        throw new Error(`not ready after ${buildTimeoutMs(n) / 1000} s (${status.state}, ${status.indexed} of ${n})`);
      } else await wait(100);
    }
  } finally {
    stopped = true;
    stopListening();
    stall.disable();
    await probing;
  }
  const times = probes.map((p) => p.ms);
  return {
    createCoreMs,
    readyMs: readyAt - started,
    stallMaxMs: stall.max / 1e6,
    stallP99Ms: stall.percentile(99) / 1e6,
    probes: {
      asked,
      answered: probes.length,
      states: [...new Set(probes.map((p) => p.state))],
      p50Ms: percentile(times, 0.5),
      maxMs: times.length ? Math.max(...times) : Number.NaN,
    },
  };
}

async function runQueries(engine: Engine, queries: readonly BenchQuery[]) {
  const totals = new Map<string, number>();
  const errors = new Map<string, string>();
  let notReady = 0;
  const medians = await timeQueries(queries, async (q) => {
    try {
      const answer = await engine.query(q.dossier);
      totals.set(q.dossier, answer.total);
      if (answer.state !== 'ready') notReady++;
    } catch (error) {
      errors.set(q.dossier, messageOf(error));
    }
  });
  if (errors.size > 0) {
    const [query, message] = [...errors][0] ?? [];
    throw new Error(`${errors.size} of ${queries.length} queries failed, e.g. ${query}: ${message}`);
  }
  return {
    latency: summarize(queries, medians),
    anchors: Object.fromEntries(anchorQueries.map((a) => [a, totals.get(a) ?? Number.NaN])),
    zeroHits: zeroHitsByClass(queries, (q) => totals.get(q.dossier) ?? 0),
    notReady,
  };
}

const execFileAsync = promisify(execFile);

/** Fresh processes opening the closed library, one after the other. */
async function coldStarts(dataDir: string, runs: number): Promise<ColdStartRun[]> {
  const results: ColdStartRun[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', join('bench', 'cold-start.ts'), dataDir, 'haiti'],
      { cwd: repoPaths.root, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const last = stdout.trim().split('\n').pop() ?? '';
    if (!last.startsWith('{')) throw new Error(`cold start ${i + 1} printed no result`);
    const run = JSON.parse(last) as ColdStartRun;
    if (run.error) throw new Error(`cold start ${i + 1}: ${run.error}`);
    results.push(run);
  }
  return results;
}
