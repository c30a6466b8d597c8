/**
 * Every call the search bench makes into Dossier, in one place, so a change in the engine's API is
 * one edit here. Kept apart from the bench so the cold-start child process loads only this and core.
 * A failed call throws `EngineError` with the method and Dossier's message, never a bare crash.
 */
import type { Result, SearchStatus } from '../electron/contract';
import { openCore, type Core } from '../electron/core/create-core';

/** What the engine reports about itself; optional on Core until the engine provides it. */
interface SearchDiagnostics {
  searchHeapUsedBytes: number;
  segments: number;
  shards: number;
}
type DiagnosableCore = Core & { diagnostics?: () => Promise<SearchDiagnostics> };

export class EngineError extends Error {}

export interface QueryAnswer {
  ids: string[];
  total: number;
  state: SearchStatus['state'];
}

export interface Engine {
  /** `search.query` with the documents group and the index state that answered. */
  query(q: string, limit?: number): Promise<QueryAnswer>;
  status(): Promise<SearchStatus>;
  onStatus(listener: (status: SearchStatus) => void): () => void;
  /** How many documents `documents.list` returns: what a window shows first. */
  listDocuments(): Promise<number>;
  /** Imports one .txt file through `documents.import`; resolves with its id once committed. */
  importText(name: string, text: string): Promise<string>;
  retitle(id: string, title: string): Promise<void>;
  diagnostics(): Promise<SearchDiagnostics | null>;
  close(): Promise<void>;
}

function unwrap<T>(method: string, result: Result<T>): T {
  if (!result.ok) throw new EngineError(`${method} failed (${result.error.code}): ${result.error.message}`);
  return result.value;
}

/** Opens the core as the app does (openCore: the start-up check in a worker thread). */
export async function openEngine(dataDir: string): Promise<Engine> {
  const core = (await openCore({ dataDir, platform: 'cli' })) as DiagnosableCore;
  return {
    async query(q, limit = 20) {
      const value = unwrap('search.query', await core.handle('search.query', { q, limit }));
      if (value.documents === undefined || value.status === undefined) {
        throw new EngineError('search.query answered without `documents` and `status` (SearchResponse)');
      }
      return {
        ids: value.documents.hits.map((h) => h.documentId),
        total: value.documents.total,
        state: value.status.state,
      };
    },
    async status() {
      return unwrap('search.status', await core.handle('search.status', {}));
    },
    onStatus(listener) {
      return core.on('search.status', listener);
    },
    async listDocuments() {
      return unwrap('documents.list', await core.handle('documents.list', {})).length;
    },
    async importText(name, text) {
      const files = [{ name, contentBase64: Buffer.from(text).toString('base64') }];
      const report = unwrap('documents.import', await core.handle('documents.import', { files }));
      const id = report.imported[0]?.id;
      if (!id)
        throw new EngineError(`documents.import stored nothing: ${report.failed[0]?.message ?? 'no reason given'}`);
      return id;
    },
    async retitle(id, title) {
      unwrap('documents.update', await core.handle('documents.update', { id, title }));
    },
    async diagnostics() {
      return core.diagnostics ? await core.diagnostics() : null;
    },
    async close() {
      await Promise.resolve(core.close());
    },
  };
}
