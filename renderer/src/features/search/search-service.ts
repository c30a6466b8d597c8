/**
 * Search as you type: debounced queries, stale answers dropped, `invalid_query` shown not thrown;
 * opening a hit of any kind; the index's status and the query-language help.
 */
import type { SearchStatus } from '../../../../electron/contract';
import { call, request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { showError } from '../../store/toasts';
import { openDocument, openEvent, openPassage, openTag } from '../../navigation/navigation';
import { allHits, type AnyHit } from './search-sections';

const DEBOUNCE_MS = 150;
let timer: ReturnType<typeof setTimeout> | null = null;
let latest = 0;

export function setQuery(query: string): void {
  useAppStore.setState({ query, searchOpen: query.trim() !== '' });
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void runQuery(query), DEBOUNCE_MS);
}

async function runQuery(query: string): Promise<void> {
  const ticket = ++latest;
  if (query.trim() === '') {
    useAppStore.setState({ results: null, notice: null, searchError: null, activeIndex: 0 });
    return;
  }
  const result = await request('search.query', { q: query, limit: 50 });
  if (ticket !== latest) return;
  if (result.ok) {
    const { status, notice, ...results } = result.value;
    useAppStore.setState({ results, notice, searchStatus: status, searchError: null, activeIndex: 0 });
  } else if (result.error.code === 'invalid_query' || result.error.code === 'invalid_input') {
    useAppStore.setState({ results: null, notice: null, searchError: result.error.message });
  } else {
    showError(result.error.message);
  }
}

export async function openHit(index: number): Promise<void> {
  const item = allHits(useAppStore.getState().results)[index];
  if (!item) return;
  useAppStore.setState({ searchOpen: false, activeIndex: index });
  await openItem(item);
}

async function openItem(item: AnyHit): Promise<void> {
  switch (item.kind) {
    case 'document': {
      const [start, end] = item.hit.firstMatch ?? [0, 0];
      await openDocument(item.hit.documentId, item.hit.firstMatch ? { kind: 'hit', start, end } : undefined);
      return;
    }
    case 'highlight': {
      const { documentId, highlightId, start, end } = item.hit;
      await openPassage({ documentId, highlightId, start, end }, { select: true });
      return;
    }
    case 'tag':
      await openTag(item.hit.name);
      return;
    case 'event':
      openEvent(item.hit.eventId);
      return;
  }
}

/** The status at start; a pushed event or a query's answer that came first is newer, and wins. */
export async function loadSearchStatus(): Promise<void> {
  const status = await call('search.status', {});
  if (status && !useAppStore.getState().searchStatus) setSearchStatus(status);
}

export const setSearchStatus = (searchStatus: SearchStatus): void => useAppStore.setState({ searchStatus });

export function toggleSearchHelp(open = !useAppStore.getState().searchHelpOpen): void {
  useAppStore.setState(open ? { searchHelpOpen: true, searchOpen: false } : { searchHelpOpen: false });
}

/** An example from the help goes in the box (the box then takes focus to show its results). */
export function tryExample(example: string): void {
  toggleSearchHelp(false);
  setQuery(example);
}
