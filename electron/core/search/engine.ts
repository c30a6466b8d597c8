/**
 * Search as the main thread sees it: a client of two search workers, each holding the index of
 * half the library (so on two cores a query and a cold start run on both at once). It posts
 * queries and "the library changed" notes, merges the answers and the status, and restarts a
 * worker that dies. It never builds, loads or queries an index itself, so the main thread never
 * stalls on search.
 */
import type { SearchHit, SearchResponse, SearchStatus } from '../../contract';
import { DossierFailure } from '../errors';
import { RpcClient, WorkerGoneError, type RpcNotice } from '../threads/rpc';
import type { SearchWorkerData } from './search-worker';
import { spawnWorker } from '../threads/spawn-worker';
import type { PartResponse } from './run-query';
import { partitionOf } from './partition';
import { combineStatus, STARTING_STATUS, type PartStatus } from './status';

export interface SearchEngineOptions {
  dbPath: string;
  indexPath: string;
  projectId: string;
  nativeBinding?: string;
  workerDir?: string;
  onStatus(status: SearchStatus): void;
  logger: Pick<Console, 'warn' | 'error'>;
}

export interface SearchDiagnostics {
  searchHeapUsedBytes: number;
  shards: number;
  segments: number;
  delta: number;
  pending: number;
}

/** Fixed, not per machine, so a saved index opens the same on any computer. */
export const PARTITIONS = 2;
const MAX_RESTARTS = 3;
const QUERY_TIMEOUT_MS = 30_000;

interface Part {
  client: RpcClient | null;
  status: PartStatus;
  /** Whether the worker has reported its status at least once (so its counts mean something). */
  reported: boolean;
  restarts: number;
}

/** Best score first; equal scores (a listing by filters alone) newest first, then by title. */
function byRank(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    (b.publishedDate ?? '').localeCompare(a.publishedDate ?? '') ||
    a.title.localeCompare(b.title) ||
    a.documentId.localeCompare(b.documentId)
  );
}

export class SearchEngine {
  private readonly parts: Part[];
  private closed = false;
  private indexChecked = false;
  private unavailable: string | null = null;

  constructor(private readonly options: SearchEngineOptions) {
    this.parts = Array.from({ length: PARTITIONS }, () => ({
      client: null,
      status: { state: 'warming', indexed: 0, total: 0, notice: null },
      reported: false,
      restarts: 0,
    }));
    // The first worker checks (and if need be repairs) the saved index; the others attach after.
    for (let i = 0; i < PARTITIONS; i++) this.start(i);
  }

  get status(): SearchStatus {
    const status = this.parts.every((p) => p.reported)
      ? combineStatus(this.parts.map((p) => p.status))
      : STARTING_STATUS;
    return this.unavailable ? { ...status, message: this.unavailable } : status;
  }

  async query(q: string, limit: number): Promise<SearchResponse> {
    let answers: PartResponse[];
    try {
      answers = await Promise.all(
        this.parts.map((part) => {
          if (!part.client) throw new WorkerGoneError('Search is starting.');
          return part.client.call<PartResponse>('query', { q, limit }, { timeoutMs: QUERY_TIMEOUT_MS });
        }),
      );
    } catch (error) {
      const err = error as Error & { code?: string };
      if (err.code === 'invalid_query') throw new DossierFailure('invalid_query', err.message);
      if (error instanceof WorkerGoneError) {
        throw new DossierFailure('unavailable', 'Search is starting or restarting. Try again in a moment.');
      }
      throw error;
    }
    const [first] = answers;
    if (!first) throw new DossierFailure('unavailable', 'Search is not running.');
    const hits = answers.flatMap((a) => a.documents.hits).sort(byRank);
    return {
      ...first,
      documents: {
        hits: hits.slice(0, limit),
        total: answers.reduce((n, a) => n + a.documents.total, 0),
        atLeast: answers.some((a) => a.documents.atLeast),
      },
      status: combineStatus(answers.map((a) => a.status)),
    };
  }

  /**
   * Documents were committed: each worker brings its part in line before its next query. With
   * the ids it re-reads just those; without, it compares the whole library.
   */
  documentsChanged(ids?: readonly string[]): void {
    for (const [index, part] of this.parts.entries()) {
      const mine = ids?.filter((id) => partitionOf(id, PARTITIONS) === index);
      // A worker without these documents still holds their highlights (title, for one), read anew.
      if (mine?.length !== 0) this.post(part, 'syncDocuments', { ids: mine });
      else this.post(part, 'syncAnnotations');
    }
  }

  /**
   * Highlights, tags or events changed. Every worker hears it, not only the one answering for
   * annotations: each filters its own documents by their passages (tag:, color:, credibility:).
   */
  annotationsChanged(): void {
    for (const part of this.parts) this.post(part, 'syncAnnotations');
  }

  async refreshStatus(): Promise<SearchStatus> {
    await Promise.all(
      this.parts.map(async (part) => {
        try {
          if (part.client) {
            part.status = await part.client.call<PartStatus>('status', {});
            part.reported = true;
          }
        } catch {
          // Restarting; its last status stands.
        }
      }),
    );
    return this.status;
  }

  async diagnostics(): Promise<SearchDiagnostics> {
    type D = Omit<SearchDiagnostics, 'searchHeapUsedBytes'> & { heapUsedBytes: number };
    const all = await Promise.all(
      this.parts.map((p) => (p.client ? p.client.call<D>('diagnostics', {}) : Promise.resolve(undefined))),
    );
    const sum = (f: (d: D) => number) => all.reduce((n, d) => n + (d ? f(d) : 0), 0);
    return {
      searchHeapUsedBytes: sum((d) => d.heapUsedBytes),
      shards: sum((d) => d.shards),
      segments: sum((d) => d.segments),
      delta: sum((d) => d.delta),
      pending: sum((d) => d.pending),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.parts.map(async (part) => {
        const client = part.client;
        if (!client) return;
        try {
          await client.call('close', {}, { timeoutMs: 5_000 });
        } catch {
          // Closing anyway.
        }
        await client.terminate();
      }),
    );
  }

  private post(part: Part, method: string, payload: object = {}): void {
    part.client?.call(method, payload).catch((error: unknown) => {
      if (!(error instanceof WorkerGoneError)) this.options.logger.error(`dossier: search ${method} failed`, error);
    });
  }

  private start(index: number): void {
    const part = this.parts[index];
    if (!part || this.closed) return;
    const o = this.options;
    const data: SearchWorkerData = {
      partition: index,
      partitions: PARTITIONS,
      dbPath: o.dbPath,
      indexPath: o.indexPath,
      projectId: o.projectId,
      nativeBinding: o.nativeBinding,
      workerDir: o.workerDir,
    };
    const worker = spawnWorker(
      { name: 'search-worker', besides: import.meta.url },
      {
        workerDir: o.workerDir,
        data,
        resourceLimits: { maxOldGenerationSizeMb: 3072, maxYoungGenerationSizeMb: 192 },
      },
    );
    const client = new RpcClient(worker, (notice) => {
      if (index === 0 && notice.notice === 'status' && !this.indexChecked) {
        // The saved index is checked (and repaired if need be): the others may open it now.
        this.indexChecked = true;
        for (const other of this.parts.slice(1)) if (other.client) this.post(other, 'attach');
      }
      this.onNotice(part, notice);
    });
    part.client = client;
    if (index > 0 && this.indexChecked) this.post(part, 'attach');
    worker.on('exit', (code) => {
      // A worker let go on purpose (`restartAll`) is not restarted here.
      if (this.closed || part.client !== client) return;
      part.client = null;
      this.options.logger.error(`dossier: search worker ${index} stopped (exit code ${code})`);
      if (part.restarts++ < MAX_RESTARTS) {
        part.status = { ...part.status, state: 'warming', notice: 'Search stopped unexpectedly; restarting it.' };
        this.options.onStatus(this.status);
        this.start(index);
      } else {
        this.unavailable = 'Search is unavailable: it stopped several times. Restart Dossier; your library is safe.';
        this.options.onStatus(this.status);
      }
    });
  }

  /**
   * A worker found the saved index file damaged and marked it (index-damage.ts): every worker lets
   * go of the file, then they start again and the first deletes and rebuilds it whole.
   */
  private async restartAll(): Promise<void> {
    const clients = this.parts.map((part) => part.client);
    if (clients.every((client) => client === null)) return;
    for (const part of this.parts) Object.assign(part, { client: null, reported: false });
    await Promise.all(clients.map((client) => client?.terminate() ?? Promise.resolve()));
    this.indexChecked = false;
    for (let i = 0; i < PARTITIONS; i++) this.start(i);
  }

  private onNotice(part: Part, notice: RpcNotice): void {
    if (notice.notice === 'status') {
      part.status = notice.payload as PartStatus;
      part.reported = true;
      this.options.onStatus(this.status);
    } else if (notice.notice === 'indexDamaged') {
      void this.restartAll();
    } else if (notice.notice === 'log') {
      const { message, error } = notice.payload as { message: string; error: string };
      this.options.logger.warn(`dossier: ${message}`, error);
    }
  }
}
