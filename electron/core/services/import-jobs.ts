/**
 * Running imports: each gets an AbortController (so `import.cancel` can stop it by the job id its
 * caller chose) and, when it has a job id, `import.progress` events throttled to a few a second.
 * Files are parsed by the parse pool's workers; closing the core cancels every running import.
 *
 * A big import comes as several calls (batches) with one job id, each saying where it stands in the
 * whole job: progress then counts over the whole job, and a job waiting for its next batch is still
 * known, so a cancel that arrives between two batches refuses the ones still to come.
 */
import { setMaxListeners } from 'node:events';
import type { EventPayload } from '../../contract';
import { DossierFailure } from '../errors';
import { ParsePool, type ParsePoolOptions } from '../importers/parse-pool';
import type { ImportProgress, ImportRun } from './library-service';

export interface ImportJobsOptions extends ParsePoolOptions {
  emit: (progress: Omit<EventPayload<'import.progress'>, 'project'>) => void;
  /** A pool shared with other cores (tests), which closing this one leaves running; default: its own. */
  pool?: ParsePool;
  /** At most one progress event per interval, except the last; default 100 ms. */
  progressIntervalMs?: number;
  now?: () => number;
}

/** Where one call stands in its whole import: its `files` start at `offset` of `total`. */
export interface BatchSpan {
  offset: number;
  total: number;
  files: number;
}

/** Jobs between two batches that are remembered; past this, the oldest is forgotten. */
const MAX_WAITING_JOBS = 64;

export class ImportJobs {
  private readonly pool: ParsePool;
  private readonly ownsPool: boolean;
  private readonly byJobId = new Map<string, AbortController>();
  private readonly all = new Set<AbortController>();
  /** Jobs whose last batch has not come yet, and whether they were cancelled meanwhile. */
  private readonly waiting = new Map<string, { cancelled: boolean }>();

  constructor(private readonly options: ImportJobsOptions) {
    this.pool = options.pool ?? new ParsePool(options);
    this.ownsPool = !options.pool;
  }

  /**
   * Runs one import call; `work` receives how to parse, the cancel signal and where to report
   * progress. With a `span`, the call is one batch of a bigger job: its progress is counted within
   * the job, and if the job was cancelled before this batch came, the signal starts aborted.
   */
  async run<T>(jobId: string | undefined, work: (run: ImportRun) => Promise<T>, span?: BatchSpan): Promise<T> {
    if (jobId !== undefined && this.byJobId.has(jobId)) {
      throw new DossierFailure('invalid_input', 'An import with this job id is already running.');
    }
    const controller = new AbortController();
    // Every file of the batch listens for the cancel; a 500-file import is not a leak.
    setMaxListeners(0, controller.signal);
    const earlier = jobId === undefined ? undefined : this.waiting.get(jobId);
    if (jobId !== undefined) this.waiting.delete(jobId);
    if (earlier?.cancelled) controller.abort();
    const progress = jobId === undefined ? undefined : new ProgressThrottle(jobId, this.options);
    this.all.add(controller);
    if (jobId !== undefined) this.byJobId.set(jobId, controller);
    try {
      return await work({
        parse: (file, signal) =>
          this.pool.parse(file.name, file.bytes, { signal, timeLimitMs: this.options.timeLimitMs }),
        signal: controller.signal,
        onProgress:
          progress &&
          ((p) => {
            const inJob = span ? { ...p, done: span.offset + p.done, total: span.total } : p;
            progress.report(inJob, p.done === p.total);
          }),
      });
    } finally {
      progress?.stop();
      this.all.delete(controller);
      if (jobId !== undefined) {
        this.byJobId.delete(jobId);
        if (span && !controller.signal.aborted && span.offset + span.files < span.total) this.wait(jobId);
      }
    }
  }

  /** True when a running import, or one waiting for its next batch, was stopped; false for an unknown or finished job. */
  cancel(jobId: string): boolean {
    const waiting = this.waiting.get(jobId);
    if (waiting && !waiting.cancelled) {
      waiting.cancelled = true;
      return true;
    }
    const controller = this.byJobId.get(jobId);
    if (!controller || controller.signal.aborted) return false;
    controller.abort();
    return true;
  }

  private wait(jobId: string): void {
    this.waiting.set(jobId, { cancelled: false });
    const oldest = this.waiting.keys().next().value;
    if (this.waiting.size > MAX_WAITING_JOBS && oldest !== undefined) this.waiting.delete(oldest);
  }

  async close(): Promise<void> {
    for (const controller of this.all) controller.abort();
    if (this.ownsPool) await this.pool.close();
  }
}

/** Sends the latest progress at most once per interval (a trailing send included), and the final one at once. */
export class ProgressThrottle {
  private last = -Infinity;
  private latest: ImportProgress | null = null;
  private timer: NodeJS.Timeout | undefined;
  private readonly interval: number;
  private readonly now: () => number;

  constructor(
    private readonly jobId: string,
    private readonly options: Pick<ImportJobsOptions, 'emit' | 'progressIntervalMs' | 'now'>,
  ) {
    this.interval = options.progressIntervalMs ?? 100;
    this.now = options.now ?? (() => performance.now());
  }

  /** `endOfCall`: the last report of a call (a batch), sent at once like the job's last. */
  report(progress: ImportProgress, endOfCall = false): void {
    this.latest = progress;
    const wait = this.last + this.interval - this.now();
    if (endOfCall || progress.done === progress.total || wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait).unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.latest = null;
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.latest) return;
    this.last = this.now();
    this.options.emit({ jobId: this.jobId, ...this.latest });
    this.latest = null;
  }
}
