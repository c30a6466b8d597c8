/**
 * Running imports: each gets an AbortController (so `import.cancel` can stop it by the job id its
 * caller chose) and, when it has a job id, `import.progress` events throttled to a few a second.
 * Files are parsed by the parse pool's workers; closing the core cancels every running import.
 */
import { setMaxListeners } from 'node:events';
import type { EventPayload } from '../../contract';
import { DossierFailure } from '../errors';
import { ParsePool, type ParsePoolOptions } from '../importers/parse-pool';
import type { ImportProgress, ImportRun } from './library-service';

export interface ImportJobsOptions extends ParsePoolOptions {
  emit: (progress: EventPayload<'import.progress'>) => void;
  /** A pool shared with other cores (tests), which closing this one leaves running; default: its own. */
  pool?: ParsePool;
  /** At most one progress event per interval, except the last; default 100 ms. */
  progressIntervalMs?: number;
  now?: () => number;
}

export class ImportJobs {
  private readonly pool: ParsePool;
  private readonly ownsPool: boolean;
  private readonly byJobId = new Map<string, AbortController>();
  private readonly all = new Set<AbortController>();

  constructor(private readonly options: ImportJobsOptions) {
    this.pool = options.pool ?? new ParsePool(options);
    this.ownsPool = !options.pool;
  }

  /** Runs one import; `work` receives how to parse, the cancel signal and where to report progress. */
  async run<T>(jobId: string | undefined, work: (run: ImportRun) => Promise<T>): Promise<T> {
    if (jobId !== undefined && this.byJobId.has(jobId)) {
      throw new DossierFailure('invalid_input', 'An import with this job id is already running.');
    }
    const controller = new AbortController();
    // Every file of the batch listens for the cancel; a 500-file import is not a leak.
    setMaxListeners(0, controller.signal);
    const progress = jobId === undefined ? undefined : new ProgressThrottle(jobId, this.options);
    this.all.add(controller);
    if (jobId !== undefined) this.byJobId.set(jobId, controller);
    try {
      return await work({
        parse: (file, signal) =>
          this.pool.parse(file.name, file.bytes, { signal, timeLimitMs: this.options.timeLimitMs }),
        signal: controller.signal,
        onProgress: progress && ((p) => progress.report(p)),
      });
    } finally {
      progress?.stop();
      this.all.delete(controller);
      if (jobId !== undefined) this.byJobId.delete(jobId);
    }
  }

  /** True when a running import was stopped; false for an unknown or finished job. */
  cancel(jobId: string): boolean {
    const controller = this.byJobId.get(jobId);
    if (!controller || controller.signal.aborted) return false;
    controller.abort();
    return true;
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

  report(progress: ImportProgress): void {
    this.latest = progress;
    const wait = this.last + this.interval - this.now();
    if (progress.done === progress.total || wait <= 0) this.flush();
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
