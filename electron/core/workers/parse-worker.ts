/**
 * Worker thread that reads imported files, one per request, so a large or hostile file never holds up
 * the thread that answers the UI. The pool (importers/parse-pool.ts) enforces the time limit and
 * stops this worker when a file overruns it; `ready` answers once every importer is loaded.
 */
import { parseStorable } from '../importers/storable-document';
import { serveRpc } from './rpc';

export interface ParseRequest {
  name: string;
  bytes: Uint8Array;
}

serveRpc({
  ready: () => true,
  parse: ({ name, bytes }: ParseRequest) => parseStorable(name, bytes),
});
