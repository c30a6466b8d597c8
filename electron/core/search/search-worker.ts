/**
 * The search worker: holds every lunr index (the library's shards and delta, and the annotation
 * index), answers queries, and keeps the index in step with the library. It reads the library on
 * its own read-only connection, so the main thread only posts messages and never parses, builds
 * or loads an index.
 */
import Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { workerData } from 'node:worker_threads';
import { SearchSourceRepo } from '../repos/search-source-repo';
import { AnnotationIndex } from './annotation-index';
import { BuilderPool } from './builder-pool';
import { DocIndex } from './doc-index';
import { IndexFileDamaged, markDamaged } from './index-damage';
import { attachIndexStore, openIndexStore } from './open-index-store';
import { runQuery } from './run-query';
import { notify, serveRpc } from '../threads/rpc';

export interface SearchWorkerData {
  /** This worker's share of the library; the primary (0) also checks the saved index and answers for annotations. */
  partition: number;
  partitions: number;
  dbPath: string;
  indexPath: string;
  projectId: string;
  nativeBinding?: string;
  workerDir?: string;
}

const { data } = workerData as { data: SearchWorkerData };
const binding = data.nativeBinding ? { nativeBinding: data.nativeBinding } : {};
const libraryDb = new Database(data.dbPath, { readonly: true, fileMustExist: true, ...binding });
libraryDb.pragma('busy_timeout = 5000');
const source = new SearchSourceRepo(libraryDb);
const primary = data.partition === 0;
const builders = new BuilderPool({
  workerDir: data.workerDir,
  data: { dbPath: data.dbPath, nativeBinding: data.nativeBinding },
});
const annotations = new AnnotationIndex(source, data.projectId);

/**
 * The first worker checks the saved index at once; the others open it when the engine says the
 * check is done (`attach`), and until then hold their requests.
 */
function openIndex(): { docs: DocIndex; close: () => void } {
  const opened = primary
    ? openIndexStore(data.indexPath, data.projectId, data.nativeBinding)
    : attachIndexStore(data.indexPath, data.nativeBinding);
  const docs = new DocIndex({
    partition: { index: data.partition, count: data.partitions },
    build: (ids) => builders.build(ids),
    // One builder per worker: with two workers that is one per core on a two-core machine.
    parallelBuilds: availableParallelism() > data.partitions ? 2 : 1,
    source,
    store: opened.store,
    projectId: data.projectId,
    now: () => new Date().toISOString(),
    onStatus: (status) => notify('status', status),
    log: (message, error) =>
      notify('log', {
        message,
        error: error instanceof Error ? error.stack : error === undefined ? '' : JSON.stringify(error),
      }),
  });
  docs.open(opened.notice);
  docs.warm().catch((error: unknown) => {
    if (!(error instanceof IndexFileDamaged)) throw error;
    // The engine restarts every worker; the first deletes the marked file and rebuilds it whole.
    markDamaged(data.indexPath);
    notify('indexDamaged', { message: error.message });
  });
  return { docs, close: () => opened.db.close() };
}

/** For diagnostics only: a full collection first, so the figure is the heap the index holds. */
function collectGarbage(): void {
  try {
    setFlagsFromString('--expose_gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Then the figure includes garbage not yet collected.
  }
}

let index: ReturnType<typeof openIndex> | null = null;
let attach: () => void = () => undefined;
const attached = new Promise<ReturnType<typeof openIndex>>((resolve) => {
  attach = () => resolve((index ??= openIndex()));
});
if (primary) attach();

serveRpc({
  attach: () => attach(),
  query: async ({ q, limit }: { q: string; limit: number }) => {
    const { docs } = await attached;
    return runQuery({ docs, withAnnotations: primary, annotations, source, projectId: data.projectId }, q, limit);
  },
  /** Documents changed: bring the index in line now (the delta makes this milliseconds). */
  syncDocuments: async ({ ids }: { ids?: string[] }) => {
    (await attached).docs.sync(ids);
    annotations.invalidate();
  },
  syncAnnotations: () => annotations.invalidate(),
  status: async () => (await attached).docs.status(),
  diagnostics: async () => {
    const { docs } = await attached;
    collectGarbage();
    return { heapUsedBytes: getHeapStatistics().used_heap_size, ...docs.diagnostics() };
  },
  close: async () => {
    index?.docs.stop();
    await builders.close();
    index?.close();
    libraryDb.close();
  },
});
