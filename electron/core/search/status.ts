/**
 * The index's state in plain words. Each search worker reports its own part of the library;
 * `combineStatus` adds the parts up into the one status the analyst sees.
 */
import type { SearchStatus } from '../../contract';

/** What a worker reports: the contract's status plus why it is rebuilding, if it is. */
export interface PartStatus {
  state: SearchStatus['state'];
  indexed: number;
  total: number;
  notice: string | null;
}

export function describeStatus(part: PartStatus): SearchStatus {
  const { state, indexed, total, notice } = part;
  const n = (x: number) => x.toLocaleString('en-US');
  const why = notice ? `${notice} ` : '';
  if (state === 'warming') {
    return {
      state,
      indexed,
      total,
      message: `${why}Search is warming up: ${n(indexed)} of ${n(total)} documents ready; results may be incomplete.`,
    };
  }
  if (state === 'indexing') {
    return {
      state,
      indexed,
      total,
      message: `${why}Indexing documents for search: ${n(indexed)} of ${n(total)} done; results may be incomplete.`,
    };
  }
  return { state: 'ready', indexed, total, message: null };
}

/** Before every worker has said how much of the library it holds, there is no count to give. */
export const STARTING_STATUS: SearchStatus = {
  state: 'warming',
  indexed: 0,
  total: 0,
  message: 'Search is starting: opening the saved index; results may be incomplete.',
};

export function combineStatus(parts: readonly PartStatus[]): SearchStatus {
  const states = parts.map((p) => p.state);
  const state = states.includes('warming') ? 'warming' : states.includes('indexing') ? 'indexing' : 'ready';
  return describeStatus({
    state,
    indexed: parts.reduce((n, p) => n + p.indexed, 0),
    total: parts.reduce((n, p) => n + p.total, 0),
    notice: parts.find((p) => p.notice)?.notice ?? null,
  });
}
