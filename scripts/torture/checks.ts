/**
 * What the torture run checks against a restarted host besides the file itself: that search finds
 * every acknowledged document within seconds, and that undo and redo still step through the
 * writes made before the kill.
 */
import { join } from 'node:path';
import { DB_FILE_NAME } from '../../electron/core/create-core';
import type { SearchResponse } from '../../electron/contract';
import type { HostProcess } from './host-process';
import { difference, readLibrary, type LibraryState } from './library-state';
import { COMMON_WORD } from './workload';

/** A broken promise: the run stops and says what. */
export class Violation extends Error {}

export interface Session {
  host: HostProcess;
  dataDir: string;
  state: LibraryState;
  baseline: ReadonlySet<string>;
  undoStack: LibraryState[];
  setState(state: LibraryState, undoStack: LibraryState[]): void;
}

const SEARCHABLE_LIMIT_MS = 60_000;
const POLL_MS = 50;

async function query(host: HostProcess, q: string): Promise<SearchResponse['documents']> {
  const answer = await host.call('search.query', { q, limit: 5 });
  if ('lost' in answer || !answer.ok) throw new Violation(`search.query ${q} failed: ${JSON.stringify(answer)}`);
  return (answer.value as SearchResponse).documents;
}

/**
 * Waits until the word every run document holds counts exactly the acknowledged documents, and
 * each of `ids` is found, alone, by its own word.
 */
export async function checkSearch({ host, state }: Session, ids: readonly string[]): Promise<void> {
  const started = performance.now();
  let waiting = ids.filter((id) => state.docs.has(id));
  let counted: number;
  for (;;) {
    counted = (await query(host, COMMON_WORD)).total;
    if (counted === state.docs.size) {
      const still: string[] = [];
      for (const id of waiting) {
        const { hits } = await query(host, state.docs.get(id)?.token ?? '');
        if (hits.length !== 1 || hits[0]?.documentId !== id) still.push(id);
      }
      waiting = still;
      if (waiting.length === 0) return;
    }
    if (performance.now() - started > SEARCHABLE_LIMIT_MS) {
      const named = waiting.slice(0, 5).map((id) => `${state.docs.get(id)?.token} (${id})`);
      throw new Violation(
        `search was not complete ${SEARCHABLE_LIMIT_MS / 1000} s after restart: "${COMMON_WORD}" counts ` +
          `${counted} of ${state.docs.size} documents; not found by their own word: ${named.join(', ') || 'none'}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Undo takes back the newest write made before the kill; redo (when asked) puts it back. */
export async function checkUndoRedo(session: Session, redo: boolean): Promise<void> {
  const { host, state, undoStack, dataDir, baseline } = session;
  const previous = undoStack.at(-1);
  if (!previous) return;
  const expect = async (method: string, want: LibraryState) => {
    const answer = await host.call(method);
    if ('lost' in answer || !answer.ok)
      throw new Violation(`${method} after restart failed: ${JSON.stringify(answer)}`);
    const found = readLibrary(join(dataDir, DB_FILE_NAME), baseline, false).state;
    const wrong = difference(want, found);
    if (wrong.length > 0) throw new Violation(`${method} after restart left:\n  ${wrong.join('\n  ')}`);
  };
  await expect('history.undo', previous);
  if (!redo) return session.setState(previous, undoStack.slice(0, -1));
  await expect('history.redo', state);
}
