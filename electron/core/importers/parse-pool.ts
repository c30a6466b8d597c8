/**
 * Reads imported files in worker threads, so the thread that answers the UI never waits on a big or
 * hostile file. A few workers start on the first file and stop after a while idle (and never keep
 * the process alive while idle). Each file has a time limit and each worker a heap limit: a worker
 * that overruns, crashes or is cancelled is stopped, the next file gets a fresh one, and the refused
 * file's error names it and says why.
 *
 * Small files travel in chunks (several files to one worker in one message, answered in one reply),
 * since for a folder of 5 KB reports the round trip cost more than the reading. A chunk that overruns
 * the time limit or takes its worker down is not blamed on all its files: each goes back to the queue
 * to be read alone, with a time limit of its own, so only the culprit fails.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { RpcClient, RpcTimeoutError } from '../threads/rpc';
import { spawnWorker } from '../threads/spawn-worker';
import type { ParseManyOutcome, ParseRequest } from './parse-worker';
import type { StorableDocument } from './storable-document';

export interface ParsePoolOptions {
  /** Where the bundled `parse-worker.js` is; absent when running from source. */
  workerDir?: string;
  /** Workers reading at once; default 1 or 2, by the processors available. */
  size?: number;
  /** Per file unless a call says otherwise, counted from when a ready worker takes it; default 60 s. */
  timeLimitMs?: number;
  /** Idle workers stop after this long; default 30 s. */
  idleMs?: number;
  /** Heap limit of each worker; a file that needs more fails alone. Default 2048 MB. */
  heapLimitMb?: number;
}

/** A parse given up because its import was cancelled (or the core is closing). */
export class ParseCancelledError extends Error {
  override name = 'ParseCancelledError';
}

export interface ParseOptions {
  signal?: AbortSignal;
  timeLimitMs?: number;
}

interface Task {
  name: string;
  bytes: Uint8Array;
  signal: AbortSignal | undefined;
  timeLimitMs: number;
  resolve: (doc: StorableDocument) => void;
  reject: (error: Error) => void;
  onAbort: () => void;
  slot?: Slot;
  /** Read in a chunk that failed as a whole: now read on its own, so a failure is this file's. */
  alone?: boolean;
}

interface Slot {
  client: RpcClient;
  ready: Promise<unknown>;
  /** What the worker reported before it died ('error' event), to explain the failure. */
  crash: (Error & { code?: string }) | null;
  /** The files the worker is reading now (one, or a chunk); empty when idle. */
  tasks: Task[];
  idleTimer: NodeJS.Timeout | undefined;
}

const BOOT_LIMIT_MS = 60_000;
/** At most this many files, or this many bytes, travel in one chunk; a larger file goes alone. */
const CHUNK_FILES = 32;
const CHUNK_BYTES = 1024 * 1024;
const ADVICE = 'If it is a very large or unusual file, try splitting it or saving it in another format.';

export class ParsePool {
  private readonly queue: Task[] = [];
  private readonly slots = new Set<Slot>();
  private readonly size: number;
  private readonly timeLimitMs: number;
  private readonly idleMs: number;
  private readonly heapLimitMb: number;
  private closed = false;
  private pumpQueued = false;

  constructor(private readonly options: ParsePoolOptions = {}) {
    this.size = options.size ?? Math.max(1, Math.min(2, availableParallelism()));
    this.timeLimitMs = options.timeLimitMs ?? 60_000;
    this.idleMs = options.idleMs ?? 30_000;
    this.heapLimitMb = options.heapLimitMb ?? 2048;
  }

  /** Workers running now (for tests and diagnostics). */
  get workers(): number {
    return this.slots.size;
  }

  /** Parses one file in a worker; rejects with an error naming the file, or ParseCancelledError on abort. */
  parse(name: string, bytes: Uint8Array, { signal, timeLimitMs }: ParseOptions = {}): Promise<StorableDocument> {
    if (this.closed)
      return Promise.reject(new ParseCancelledError(`Dossier is closing; ${baseName(name)} was not read.`));
    if (signal?.aborted) return Promise.reject(new ParseCancelledError('The import was cancelled.'));
    return new Promise((resolve, reject) => {
      const limit = timeLimitMs ?? this.timeLimitMs;
      const task: Task = { name, bytes, signal, timeLimitMs: limit, resolve, reject, onAbort: () => this.abort(task) };
      signal?.addEventListener('abort', task.onAbort, { once: true });
      this.queue.push(task);
      // An import asks for all its files in one go: chunks are cut once the whole batch is queued,
      // not file by file as they arrive (which sent the first files alone, one round trip each).
      if (!this.pumpQueued) {
        this.pumpQueued = true;
        queueMicrotask(() => {
          this.pumpQueued = false;
          this.pump();
        });
      }
    });
  }

  /** Stops every worker; queued and running parses fail as cancelled. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.settle(task, new ParseCancelledError('Dossier is closing.'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot)));
  }

  private pump(): void {
    // A worker that died while idle is dropped here, so no file is blamed for it.
    for (const slot of this.slots) if (slot.tasks.length === 0 && !slot.client.alive) void this.retire(slot);
    while (this.queue.length > 0 && !this.closed) {
      const slot = [...this.slots].find((s) => s.tasks.length === 0) ?? this.spawn();
      if (!slot) return;
      void this.run(slot, this.nextChunk());
    }
  }

  /**
   * The next files for one worker: the head of the queue and the files after it that share its
   * signal (one import's files, cancelled together), within the chunk limits, and leaving enough
   * for the other workers to have a share.
   */
  private nextChunk(): Task[] {
    const first = this.queue.shift();
    if (!first) return [];
    const chunk = [first];
    if (first.alone || first.bytes.length >= CHUNK_BYTES) return chunk;
    const share = Math.ceil((this.queue.length + 1) / this.size);
    let bytes = first.bytes.length;
    while (chunk.length < Math.min(CHUNK_FILES, share)) {
      const next = this.queue[0];
      if (!next || next.alone || next.signal !== first.signal || bytes + next.bytes.length > CHUNK_BYTES) break;
      bytes += next.bytes.length;
      chunk.push(next);
      this.queue.shift();
    }
    return chunk;
  }

  private spawn(): Slot | null {
    if (this.slots.size >= this.size) return null;
    const worker: Worker = spawnWorker(
      { name: 'parse-worker', besides: import.meta.url },
      {
        workerDir: this.options.workerDir,
        data: null,
        resourceLimits: { maxOldGenerationSizeMb: this.heapLimitMb },
      },
    );
    // Registered before the RPC client's own listener fails the pending call, so the reason is known by then.
    worker.on('error', (error) => (slot.crash = error));
    const client = new RpcClient(worker);
    const ready = client.call('ready', null, { timeoutMs: BOOT_LIMIT_MS });
    ready.catch(() => undefined);
    const slot: Slot = { client, ready, crash: null, tasks: [], idleTimer: undefined };
    this.slots.add(slot);
    return slot;
  }

  private async run(slot: Slot, tasks: Task[]): Promise<void> {
    slot.tasks = tasks;
    for (const task of tasks) task.slot = slot;
    clearTimeout(slot.idleTimer);
    slot.client.worker.ref();
    try {
      if (tasks.length === 1 && tasks[0]) await this.runOne(slot, tasks[0]);
      else await this.runChunk(slot, tasks);
    } finally {
      slot.tasks = [];
      if (this.slots.has(slot)) this.rest(slot);
      this.pump();
    }
  }

  private async runOne(slot: Slot, task: Task): Promise<void> {
    try {
      await slot.ready;
      if (task.signal?.aborted) throw new ParseCancelledError('The import was cancelled.');
      const request: ParseRequest = { name: task.name, bytes: ownBytes(task.bytes) };
      this.settle(task, await slot.client.call<StorableDocument>('parse', request, { timeoutMs: task.timeLimitMs }));
    } catch (error) {
      this.settle(task, this.explain(slot, task, error));
      if (error instanceof RpcTimeoutError || !slot.client.alive) await this.retire(slot);
    }
  }

  /** Several files in one round trip; each gets its own outcome. A chunk that fails whole is read again file by file. */
  private async runChunk(slot: Slot, tasks: Task[]): Promise<void> {
    const [first] = tasks;
    let outcomes: ParseManyOutcome[];
    try {
      await slot.ready;
      if (first?.signal?.aborted) throw new ParseCancelledError('The import was cancelled.');
      const requests: ParseRequest[] = tasks.map((t) => ({ name: t.name, bytes: ownBytes(t.bytes) }));
      const timeoutMs = Math.max(...tasks.map((t) => t.timeLimitMs));
      outcomes = await slot.client.call<ParseManyOutcome[]>('parseMany', requests, { timeoutMs });
    } catch (error) {
      if (error instanceof RpcTimeoutError || !slot.client.alive) await this.retire(slot);
      if (first?.signal?.aborted || this.closed) {
        for (const task of tasks) this.settle(task, this.explain(slot, task, error));
      } else {
        for (const task of tasks) task.alone = true;
        this.queue.unshift(...tasks);
      }
      return;
    }
    tasks.forEach((task, i) => {
      const outcome = outcomes[i];
      if (outcome && 'doc' in outcome) this.settle(task, outcome.doc);
      else
        this.settle(
          task,
          new Error(outcome?.error ?? `${baseName(task.name)}: the file reader gave no answer for it.`),
        );
    });
  }

  /** A queued task leaves the queue; a running one takes its worker down with it. */
  private abort(task: Task): void {
    const queued = this.queue.indexOf(task);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.settle(task, new ParseCancelledError('The import was cancelled.'));
    } else if (task.slot?.tasks.includes(task)) {
      void this.retire(task.slot);
    }
  }

  private settle(task: Task, outcome: StorableDocument | Error): void {
    task.signal?.removeEventListener('abort', task.onAbort);
    if (outcome instanceof Error) task.reject(outcome);
    else task.resolve(outcome);
  }

  private explain(slot: Slot, task: Task, error: unknown): Error {
    const name = baseName(task.name);
    if (task.signal?.aborted) return new ParseCancelledError('The import was cancelled.');
    if (this.closed) return new ParseCancelledError(`Dossier is closing; ${name} was not read.`);
    if (error instanceof RpcTimeoutError) {
      const phase = error.method === 'ready' ? 'starting the file reader' : 'reading it';
      return new Error(`${name}: ${phase} took longer than ${seconds(error.timeoutMs)}; Dossier stopped. ${ADVICE}`);
    }
    if (!slot.client.alive) {
      const crash = slot.crash;
      if (crash?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return new Error(
          `${name}: reading it needed more than ${this.heapLimitMb} MB of memory; Dossier stopped. ${ADVICE}`,
        );
      }
      const reason = crash ? `: ${crash.message}` : '';
      return new Error(`${name}: Dossier’s file reader stopped while reading it${reason}. ${ADVICE}`);
    }
    return error instanceof Error ? new Error(error.message) : new Error(`${name}: ${String(error)}`);
  }

  private rest(slot: Slot): void {
    slot.client.worker.unref();
    slot.idleTimer = setTimeout(() => void this.retire(slot), this.idleMs);
    slot.idleTimer.unref();
  }

  private async retire(slot: Slot): Promise<void> {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.idleTimer);
    await slot.client.terminate();
  }
}

/** The bytes in an ArrayBuffer of their own, so a slice of Node's shared pool never travels with them. */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

function baseName(path: string): string {
  return path.replace(/^.*[/\\]/, '');
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms / 1000} s`;
}
