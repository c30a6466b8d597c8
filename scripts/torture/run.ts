/**
 * `npm run torture`: proves that no crash loses an acknowledged write. It starts the web host on a
 * fresh data folder, drives a seeded stream of writes over the HTTP API, kills the host with
 * SIGKILL at a random moment, restarts it and checks the library file (integrity, foreign keys,
 * every acknowledged write present, a lost write either whole or absent), that search finds every
 * document within seconds, and that undo and redo still work. Figures at the end; exit 1 on the
 * first violation, with the data folder kept for inspection.
 *
 * Flags: `--kills N` (default 500), `--seed S` (default: time-based, printed), `--keep` keeps the
 * data folder of a passing run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../../bench/pseudo-words';
import { DB_FILE_NAME } from '../../electron/core/create-core';
import { HostProcess } from './host-process';
import { checkSearch, checkUndoRedo, Violation, type Session } from './checks';
import { difference, emptyState, readLibrary, sameState, type LibraryState } from './library-state';
import { Workload, type Write } from './workload';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '500' }, seed: { type: 'string' }, keep: { type: 'boolean' } },
});
const kills = Number(values.kills);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run torture -- [--kills N] [--seed S] [--keep]   (N ≥ 1, S an integer)');
  process.exit(2);
}

/** Longest a workload phase runs before its kill; some kills land during start-up instead. */
const MAX_KILL_DELAY_MS = 2_500;
const STARTUP_KILL_SHARE = 0.1;
const UNDO_DEPTH = 60;

/** The bench's seeded generator (mulberry32), so a run is repeated exactly with the same `--seed`. */
const random = seededRandom(seed);
const workload = new Workload(random);
const dataDir = mkdtempSync(join(tmpdir(), 'dossier-torture-'));
const figures = {
  kills: 0,
  acked: 0,
  refused: 0,
  lostApplied: 0,
  lostAbsent: 0,
  startupKills: 0,
  boot: [] as number[],
  verify: [] as number[],
  searchable: [] as number[],
};

let state: LibraryState = emptyState();
/** The state before each acknowledged write that undo would take back, newest last. */
let undoStack: LibraryState[] = [];
let host = new HostProcess(dataDir);
await host.ready();
const baselineAnswer = await host.call('documents.list');
if (!('ok' in baselineAnswer) || !baselineAnswer.ok) {
  await host.kill();
  throw new Error(`the first documents.list failed: ${JSON.stringify(baselineAnswer)}`);
}
const baseline = new Set((baselineAnswer.value as { id: string }[]).map((d) => d.id));
/** Documents written since the last restart: the ones most likely to be only in the search delta. */
let recent: string[] = [];

console.log(`Dossier torture: ${kills} kills, seed ${seed}, data folder ${dataDir}`);
const started = performance.now();
// Interrupted (Ctrl+C): the figures so far, then the host goes too.
process.once('SIGINT', () => {
  void host.kill().then(() => {
    report();
    console.log(`Interrupted; the data folder is kept: ${dataDir}`);
    process.exit(130);
  });
});
try {
  for (let kill = 1; kill <= kills; kill++) {
    const lost = await writeUntilKilled(random() * MAX_KILL_DELAY_MS);
    figures.kills++;
    await restart();
    await verify(lost, kill);
    if (kill % 25 === 0 || kill === kills) progress(kill);
  }
  await checkSearch(session(), [...state.docs.keys()]);
} catch (error) {
  const message =
    error instanceof Violation
      ? error.message
      : `the run itself failed: ${error instanceof Error ? error.stack : String(error)}`;
  console.error(`\nTORTURE FAILED (seed ${seed}): ${message}`);
  console.error(`The data folder is kept for inspection: ${dataDir}`);
  console.error(`Host output:\n${host.log}`);
  await host.kill();
  report();
  process.exit(1);
}
await host.kill();
report();
if (values.keep) console.log(`Data folder kept: ${dataDir}`);
else rmSync(dataDir, { recursive: true, force: true });

function session(): Session {
  return {
    host,
    dataDir,
    state,
    baseline,
    undoStack,
    setState: (s, stack) => {
      state = s;
      undoStack = stack;
    },
  };
}

/** Sends writes one after another until the kill lands; returns the write whose answer was lost. */
async function writeUntilKilled(delayMs: number): Promise<Write | 'undo' | null> {
  let killed = false;
  let timer: NodeJS.Timeout | undefined;
  // The clock starts at the first answer, so every phase writes (a first import waits for a parse worker).
  const arm = () =>
    (timer ??= setTimeout(() => {
      killed = true;
      void host.kill();
    }, delayMs));
  try {
    while (!killed) {
      const write = workload.next(state, undoStack.length > 0);
      const answer = await host.call(
        write === 'undo' ? 'history.undo' : write.method,
        write === 'undo' ? {} : write.payload,
      );
      if ('lost' in answer) return write;
      arm();
      if (!answer.ok) {
        if (answer.error.code === 'internal') throw new Violation(`${describe(write)} failed: ${answer.error.message}`);
        figures.refused++;
        continue;
      }
      figures.acked++;
      if (write === 'undo') state = undoStack.pop() ?? state;
      else {
        const before = state;
        if (write.changes(before)) undoStack = [...undoStack.slice(-(UNDO_DEPTH - 1)), before];
        state = write.apply(state, answer.value);
        recent.push(...[...state.docs.keys()].filter((id) => !before.docs.has(id)));
      }
    }
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts the host again; now and then kills it during start-up first, while it recovers. */
async function restart(): Promise<void> {
  await host.kill();
  while (random() < STARTUP_KILL_SHARE) {
    host = new HostProcess(dataDir);
    await new Promise((resolve) => setTimeout(resolve, random() * 1_500));
    await host.kill();
    figures.startupKills++;
  }
  const t0 = performance.now();
  host = new HostProcess(dataDir);
  await host.ready();
  figures.boot.push(performance.now() - t0);
}

async function verify(lost: Write | 'undo' | null, kill: number): Promise<void> {
  const t0 = performance.now();
  const file = readLibrary(join(dataDir, DB_FILE_NAME), baseline);
  if (file.integrity !== 'ok') throw new Violation(`after kill ${kill}, integrity_check says: ${file.integrity}`);
  if (file.foreignKeyViolations > 0) {
    throw new Violation(`after kill ${kill}, foreign_key_check lists ${file.foreignKeyViolations} rows`);
  }
  if (lost !== null && !sameState(file.state, state)) {
    // The write in flight at the kill may have committed: then it must be whole.
    const after = lost === 'undo' ? undoStack.at(-1) : lost.committed(state, file.state);
    if (!after || !sameState(file.state, after)) {
      const list = (rows: string[]) => rows.map((r) => `\n    ${r}`).join('');
      throw new Violation(
        `after kill ${kill}, the library matches neither the acknowledged writes nor them plus the write ` +
          `in flight at the kill (${describe(lost)}).\n  Against the acknowledged writes:` +
          list(difference(state, file.state)) +
          `\n  Against them plus the write in flight:${list(difference(after ?? state, file.state))}`,
      );
    }
    if (lost === 'undo') undoStack = undoStack.slice(0, -1);
    else {
      undoStack = [...undoStack.slice(-(UNDO_DEPTH - 1)), state];
      recent.push(...[...after.docs.keys()].filter((id) => !state.docs.has(id)));
    }
    state = after;
    figures.lostApplied++;
  } else if (lost !== null) figures.lostAbsent++;
  const lostWrites = difference(state, file.state);
  if (lostWrites.length > 0) {
    throw new Violation(
      `after kill ${kill}, the library differs from the acknowledged writes:\n  ${lostWrites.join('\n  ')}`,
    );
  }
  figures.verify.push(performance.now() - t0);

  const t1 = performance.now();
  const sample = [...state.docs.keys()].filter(() => random() < 4 / Math.max(4, state.docs.size));
  await checkSearch(session(), [...new Set([...recent.filter((id) => state.docs.has(id)), ...sample])]);
  figures.searchable.push(performance.now() - t1);
  recent = [];
  await checkUndoRedo(session(), random() < 0.5);
}

function describe(write: Write | 'undo'): string {
  return write === 'undo' ? 'history.undo' : `${write.method} ${JSON.stringify(write.payload).slice(0, 120)}`;
}

function percentiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms`;
}

function progress(kill: number): void {
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  console.log(`  ${kill} kills, ${figures.acked} writes acknowledged, ${state.docs.size} documents (${minutes} min)`);
}

function report(): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`\nTorture figures (seed ${seed}, ${seconds} s):`);
  console.log(`  kills: ${figures.kills + figures.startupKills} (${figures.startupKills} during start-up)`);
  console.log(`  writes acknowledged: ${figures.acked}; refused with a message: ${figures.refused}`);
  console.log(`  writes in flight at a kill: ${figures.lostApplied} committed whole, ${figures.lostAbsent} absent`);
  console.log(
    `  library at the end: ${state.docs.size} documents, ${state.highlights.size} highlights, ${state.events.size} events`,
  );
  console.log(`  restart to listening: ${percentiles(figures.boot)}`);
  console.log(`  verification (integrity, foreign keys, ledger): ${percentiles(figures.verify)}`);
  console.log(`  listening to searchable: ${percentiles(figures.searchable)}`);
}
