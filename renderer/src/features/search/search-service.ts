/** Search as you type: debounced queries, stale answers dropped, `invalid_query` shown not thrown. */
import { request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { showError } from '../../store/toasts';
import { openDocument } from '../reader/reader-service';

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
    useAppStore.setState({ hits: [], total: 0, searchError: null, activeIndex: 0 });
    return;
  }
  const result = await request('search.query', { q: query, limit: 50 });
  if (ticket !== latest) return;
  if (result.ok) {
    useAppStore.setState({
      hits: result.value.documents.hits,
      total: result.value.documents.total,
      searchError: null,
      activeIndex: 0,
    });
  } else if (result.error.code === 'invalid_query' || result.error.code === 'invalid_input') {
    useAppStore.setState({ hits: [], total: 0, searchError: result.error.message });
  } else {
    showError(result.error.message);
  }
}

export async function openHit(index: number): Promise<void> {
  const hit = useAppStore.getState().hits[index];
  if (!hit) return;
  useAppStore.setState({ searchOpen: false });
  const [start, end] = hit.firstMatch ?? [0, 0];
  await openDocument(hit.documentId, hit.firstMatch ? { kind: 'hit', start, end } : undefined);
}
