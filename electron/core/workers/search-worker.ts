/**
 * The search worker: holds every lunr index (the library's shards and delta, and the annotation
 * index), answers queries, and keeps the index in step with the library. It reads the library on
 * its own read-only connection, so the main thread only posts messages and never parses, builds
 * or loads an index.
 */
import Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { SearchSourceRepo } from '../repos/search-source-repo';
import { AnnotationIndex } from '../search/annotation-index';
import { BuilderPool } from '../search/builder-pool';
import { DocIndex } from '../search/doc-index';
import { openIndexStore } from '../search/open-index-store';
import { runQuery } from '../search/run-query';
import { notify, serveRpc } from './rpc';

export interface SearchWorkerData {
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
const opened = openIndexStore(data.indexPath, data.projectId, data.nativeBinding);
const builders = new BuilderPool({
  workerDir: data.workerDir,
  data: { dbPath: data.dbPath, nativeBinding: data.nativeBinding },
});
const docs = new DocIndex({
  build: (ids) => builders.build(ids),
  parallelBuilds: Math.max(1, Math.min(2, availableParallelism())),
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
const annotations = new AnnotationIndex(source, data.projectId);
docs.open(opened.notice);
void docs.warm();

serveRpc({
  query: ({ q, limit }: { q: string; limit: number }) =>
    runQuery({ docs, annotations, source, projectId: data.projectId }, q, limit),
  /** Documents changed: bring the index in line now (the delta makes this milliseconds). */
  syncDocuments: () => {
    docs.sync();
    annotations.invalidate();
  },
  syncAnnotations: () => annotations.invalidate(),
  status: () => docs.status(),
  diagnostics: () => ({ heapUsedBytes: getHeapStatistics().used_heap_size, ...docs.diagnostics() }),
  close: async () => {
    docs.stop();
    await builders.close();
    opened.db.close();
    libraryDb.close();
  },
});
