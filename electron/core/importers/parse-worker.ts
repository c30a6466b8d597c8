/**
 * Worker thread that reads imported files, one per request or a chunk of small ones per request, so
 * a large or hostile file never holds up the thread that answers the UI. The pool
 * (importers/parse-pool.ts) enforces the time limit and stops this worker when a file or chunk
 * overruns it; `ready` answers once every importer is loaded.
 */
import { parseStorable, type StorableDocument } from './storable-document';
import { serveRpc } from '../threads/rpc';

export interface ParseRequest {
  name: string;
  bytes: Uint8Array;
}

/** One file's outcome in a chunk: a file that cannot be read fails alone, with its message. */
export type ParseManyOutcome = { doc: StorableDocument } | { error: string };

async function parseMany(requests: readonly ParseRequest[]): Promise<ParseManyOutcome[]> {
  const outcomes: ParseManyOutcome[] = [];
  for (const { name, bytes } of requests) {
    try {
      outcomes.push({ doc: await parseStorable(name, bytes) });
    } catch (error) {
      outcomes.push({ error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}

serveRpc({
  ready: () => true,
  parse: ({ name, bytes }: ParseRequest) => parseStorable(name, bytes),
  parseMany,
});
