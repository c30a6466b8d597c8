/**
 * Child process of the search bench: opens an existing library the way the app does at launch and
 * reports, in ms since this process started, when the core was created, when it listed the
 * documents (the window is usable), when search first answered, and when it answered from the
 * full index ('ready' with hits), as one JSON line. Usage: tsx bench/cold-start.ts <dataDir> <query>
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openEngine, type Engine, type QueryAnswer } from './dossier-adapter';

export interface ColdStartRun {
  /** Node started and core's modules loaded (through tsx from source: the packaged app loads bundled JS). */
  modulesLoadedMs: number;
  createdMs: number;
  usableMs: number;
  firstAnswerMs: number | null;
  firstAnswerState: string | null;
  readyMs: number | null;
  readyHits: number;
  stallMaxMs: number;
  error: string | null;
}

const modulesLoadedMs = performance.now();
const TIMEOUT_MS = 30_000;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function main(dataDir: string, q: string): Promise<{ run: ColdStartRun; engine: Engine }> {
  const stall = monitorEventLoopDelay({ resolution: 1 });
  stall.enable();
  const engine = await openEngine(dataDir);
  const run: ColdStartRun = {
    modulesLoadedMs,
    createdMs: performance.now(),
    usableMs: 0,
    firstAnswerMs: null,
    firstAnswerState: null,
    readyMs: null,
    readyHits: 0,
    stallMaxMs: 0,
    error: null,
  };
  let wake: (() => void) | null = null;
  const stopListening = engine.onStatus(() => wake?.());
  /** Asks again when the index reports progress, and at least every 5 ms. */
  const nextStatusOr5ms = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, 5);
    });
  try {
    await engine.listDocuments();
    run.usableMs = performance.now();
    let lastError: string | null = null;
    while (performance.now() < TIMEOUT_MS) {
      let answer: QueryAnswer;
      try {
        answer = await engine.query(q);
      } catch (error) {
        // Refused while warming up (say, 'unavailable'): not an answer yet, so ask again.
        lastError = messageOf(error);
        await nextStatusOr5ms();
        continue;
      }
      const at = performance.now();
      if (run.firstAnswerMs === null) {
        run.firstAnswerMs = at;
        run.firstAnswerState = answer.state;
      }
      if (answer.state === 'ready' && answer.total > 0) {
        run.readyMs = at;
        run.readyHits = answer.total;
        break;
      }
      await nextStatusOr5ms();
    }
    if (run.readyMs === null) {
      run.error = `no 'ready' answer with hits within ${TIMEOUT_MS / 1000} s${lastError ? ` (last: ${lastError})` : ''}`;
    }
  } catch (error) {
    run.error = messageOf(error);
  } finally {
    stopListening();
    stall.disable();
    run.stallMaxMs = stall.max / 1e6;
  }
  return { run, engine };
}

const [dataDir, query] = process.argv.slice(2);
if (!dataDir || !query) {
  console.error('usage: tsx bench/cold-start.ts <dataDir> <query>');
  process.exit(2);
}
const { run, engine } = await main(dataDir, query);
// The last line of output is the result, whatever the engine may have printed before it.
process.stdout.write(`\n${JSON.stringify(run)}\n`);
await Promise.race([engine.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
process.exit(0);
