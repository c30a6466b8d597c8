/**
 * Find in document: matches are computed from the open document's text and the query (never
 * stored, so they cannot go stale), case- and accent-insensitively, in offsets of the text.
 */
import { findAll, foldText, type FoldedText, type FoundRange } from '../../lib/fold-text';
import { useAppStore } from '../../store/app-store';

/** Beyond this the count reads "1000+": more marks would only slow the reader down. */
export const MAX_MATCHES = 1000;

export interface FindResult {
  matches: FoundRange[];
  capped: boolean;
}

const none: FindResult = { matches: [], capped: false };
let folded: { text: string; value: FoldedText } | null = null;
let last: { text: string; query: string; result: FindResult } | null = null;

/** The same text and query give the same (cached) answer, so components can call it on every render. */
export function findMatches(text: string, query: string): FindResult {
  if (query === '') return none;
  if (last?.text === text && last.query === query) return last.result;
  if (folded?.text !== text) folded = { text, value: foldText(text) };
  const found = findAll(folded.value, query, MAX_MATCHES + 1);
  const result = { matches: found.slice(0, MAX_MATCHES), capped: found.length > MAX_MATCHES };
  last = { text, query, result };
  return result;
}

/** The open document's matches for the find bar's query (none while it is closed). */
export function currentFind(): FindResult {
  const { doc, findOpen, findQuery } = useAppStore.getState();
  return doc && findOpen ? findMatches(doc.text, findQuery) : none;
}

/** Opens the find bar (or focuses it again); a short selection in the reader becomes the query. */
export function openFind(): void {
  const { doc, pendingSelection, findQuery, findFocusRequest, findScrollRequest } = useAppStore.getState();
  if (!doc) return;
  const selected = pendingSelection ? doc.text.slice(pendingSelection.start, pendingSelection.end) : '';
  const useSelection = selected !== '' && selected.length <= 200 && !selected.includes('\n');
  useAppStore.setState({
    findOpen: true,
    findQuery: useSelection ? selected : findQuery,
    ...(useSelection ? { findIndex: 0 } : {}),
    findFocusRequest: findFocusRequest + 1,
    findScrollRequest: findScrollRequest + 1,
  });
}

export function setFindQuery(findQuery: string): void {
  useAppStore.setState((state) => ({ findQuery, findIndex: 0, findScrollRequest: state.findScrollRequest + 1 }));
}

/** Moves to the next (1) or previous (-1) match, wrapping around at either end. */
export function stepMatch(step: 1 | -1): void {
  const count = currentFind().matches.length;
  if (count === 0) return;
  useAppStore.setState((state) => ({
    findIndex: (Math.min(state.findIndex, count - 1) + step + count) % count,
    findScrollRequest: state.findScrollRequest + 1,
  }));
}

export function closeFind(): void {
  useAppStore.setState({ findOpen: false });
}
