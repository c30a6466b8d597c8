/**
 * Worker thread that builds one search shard: reads the documents from the library (read-only),
 * indexes them with lunr and returns the serialized index. Runs beside the search worker, so a
 * big build never delays a query, and two can run at once on two cores.
 */
import Database from 'better-sqlite3';
import { getPriority, platform, setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { SearchSourceRepo } from '../repos/search-source-repo';
import { buildIndex } from './build-index';
import { indexLanguage } from './languages';
import { segmentsOf, type Segment } from './segments';
import { serializeShard } from './shard-format';
import { serveRpc } from '../threads/rpc';

export interface IndexBuilderData {
  dbPath: string;
  nativeBinding?: string;
}

/** Text per shard: past this, the rest of the documents wait for the next shard. */
const SHARD_CHARS = 24_000_000;
const READ_BATCH = 200;

/**
 * A background build yields the cores to the import and the window feeding it: on Linux a thread
 * has its own nice value and `setPriority(0, …)` sets this thread's alone. Elsewhere it would lower
 * the whole app (Windows sets the process's class), so there the builds keep the normal priority.
 */
const BUILDER_NICE = 10;
// Relative to the app's own priority (raising a nice value needs no privilege; lowering it would).
if (platform() === 'linux') setPriority(0, Math.min(19, getPriority(0) + BUILDER_NICE));

const { data } = workerData as { data: IndexBuilderData };
const db = new Database(data.dbPath, {
  readonly: true,
  fileMustExist: true,
  ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
});
const source = new SearchSourceRepo(db);

serveRpc({
  build({ docIds }: { docIds: string[] }) {
    const segments: Segment[] = [];
    const docs: [string, string, string][] = [];
    let chars = 0;
    for (let i = 0; i < docIds.length && chars < SHARD_CHARS; i += READ_BATCH) {
      for (const doc of source.documents(docIds.slice(i, i + READ_BATCH))) {
        const language = indexLanguage(doc.language, doc.text);
        // Refs are the document's position in `docs`, in base 36: the shard maps them back.
        segments.push(...segmentsOf(doc, language, docs.length.toString(36)));
        docs.push([doc.id, doc.version, language]);
        chars += doc.text.length;
      }
    }
    const { index, stats, phrases } = buildIndex(segments);
    return { json: serializeShard(index, stats, phrases.save()), docs };
  },
});
