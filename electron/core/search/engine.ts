/**
 * Search as the main thread sees it: a client of the search worker. It posts queries and "the
 * library changed" notes, relays the worker's status, and restarts the worker if it dies. It
 * never builds, loads or queries an index itself, so the main thread never stalls on search.
 */
import type { SearchResponse, SearchStatus } from '../../contract';
import { DossierFailure } from '../errors';
import { RpcClient, WorkerGoneError, type RpcNotice } from '../workers/rpc';
import { spawnWorker } from '../workers/spawn-worker';
import type { SearchWorkerData } from '../workers/search-worker';

export interface SearchEngineOptions extends SearchWorkerData {
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

const MAX_RESTARTS = 3;
const QUERY_TIMEOUT_MS = 30_000;

export class SearchEngine {
  private client: RpcClient;
  private current: SearchStatus = { state: 'warming', indexed: 0, total: 0, message: 'Search is starting…' };
  private restarts = 0;
  private closed = false;

  constructor(private readonly options: SearchEngineOptions) {
    this.client = this.start();
  }

  get status(): SearchStatus {
    return this.current;
  }

  async query(q: string, limit: number): Promise<SearchResponse> {
    try {
      return await this.client.call<SearchResponse>('query', { q, limit }, { timeoutMs: QUERY_TIMEOUT_MS });
    } catch (error) {
      const err = error as Error & { code?: string };
      if (err.code === 'invalid_query') throw new DossierFailure('invalid_query', err.message);
      if (error instanceof WorkerGoneError) {
        throw new DossierFailure('unavailable', 'Search is restarting after a problem. Try again in a moment.');
      }
      throw error;
    }
  }

  /** Documents were committed: the worker brings its index in line before the next query. */
  documentsChanged(): void {
    this.post('syncDocuments');
  }

  annotationsChanged(): void {
    this.post('syncAnnotations');
  }

  async refreshStatus(): Promise<SearchStatus> {
    try {
      this.current = await this.client.call<SearchStatus>('status', {});
    } catch {
      // The worker is restarting; the last status stands.
    }
    return this.current;
  }

  async diagnostics(): Promise<SearchDiagnostics> {
    const d = await this.client.call<Omit<SearchDiagnostics, 'searchHeapUsedBytes'> & { heapUsedBytes: number }>(
      'diagnostics',
      {},
    );
    return { ...d, searchHeapUsedBytes: d.heapUsedBytes };
  }

  async close(): Promise<void> {
    this.closed = true;
    try {
      await this.client.call('close', {}, { timeoutMs: 5_000 });
    } catch {
      // Closing anyway.
    }
    await this.client.terminate();
  }

  private post(method: string): void {
    this.client.call(method, {}).catch((error: unknown) => {
      if (!(error instanceof WorkerGoneError)) this.options.logger.error(`dossier: search ${method} failed`, error);
    });
  }

  private start(): RpcClient {
    const o = this.options;
    const data: SearchWorkerData = {
      dbPath: o.dbPath,
      indexPath: o.indexPath,
      projectId: o.projectId,
      nativeBinding: o.nativeBinding,
      workerDir: o.workerDir,
    };
    const worker = spawnWorker('search-worker', {
      workerDir: o.workerDir,
      data,
      resourceLimits: { maxOldGenerationSizeMb: 3072, maxYoungGenerationSizeMb: 192 },
    });
    const client = new RpcClient(worker, (notice) => this.onNotice(notice));
    worker.on('exit', (code) => {
      if (this.closed) return;
      this.options.logger.error(`dossier: the search worker stopped (exit code ${code})`);
      if (this.restarts++ < MAX_RESTARTS) {
        this.setStatus({ ...this.current, state: 'warming', message: 'Search stopped unexpectedly; restarting it…' });
        this.client = this.start();
      } else {
        this.setStatus({
          ...this.current,
          state: 'warming',
          message: 'Search is unavailable: it stopped several times. Restart Dossier; your library is safe.',
        });
      }
    });
    return client;
  }

  private onNotice(notice: RpcNotice): void {
    if (notice.notice === 'status') this.setStatus(notice.payload as SearchStatus);
    else if (notice.notice === 'log') {
      const { message, error } = notice.payload as { message: string; error: string };
      this.options.logger.warn(`dossier: ${message}`, error);
    }
  }

  private setStatus(status: SearchStatus): void {
    this.current = status;
    this.options.onStatus(status);
  }
}
