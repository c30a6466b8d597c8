/**
 * The open document in the store: loading it, marking a passage in it (a search hit or a flashed
 * highlight) and reloading it after a change. Features open documents through the navigation
 * service (`navigation.ts`); services that changed the open document call `reloadDocument`.
 */
import type { DocumentId } from '../../../electron/contract';
import { call } from '../store/api';
import { useAppStore } from '../store/app-store';
import type { TextRange } from '../store/reader-slice';

/** Where to scroll the reader to, and how to mark it: a search `hit` stays, a `flash` fades. */
export interface OpenTarget extends TextRange {
  kind: 'hit' | 'flash';
}

let nonce = 0;

/** Shows the document in the reader's state (loading it when it changes), without switching views. */
export async function loadDocument(id: DocumentId, target?: OpenTarget): Promise<void> {
  const state = useAppStore.getState();
  const switching = state.openDocumentId !== id;
  useAppStore.setState({
    openDocumentId: id,
    searchHit: target?.kind === 'hit' ? { start: target.start, end: target.end } : null,
    flash: target?.kind === 'flash' ? { start: target.start, end: target.end } : null,
    scrollRequest: target ? { documentId: id, offset: target.start, nonce: ++nonce } : null,
    pendingSelection: null,
    ...(switching ? { selectedHighlightId: null, findIndex: 0 } : {}),
  });
  if (switching || !state.doc) await reloadDocument();
}

/** Fetches the open document again (after an edit, an undo, a replaced file). */
export async function reloadDocument(): Promise<void> {
  const id = useAppStore.getState().openDocumentId;
  if (!id) return;
  const doc = await call('documents.get', { id });
  if (useAppStore.getState().openDocumentId !== id) return;
  if (!doc) {
    useAppStore.setState({ openDocumentId: null, doc: null, selectedHighlightId: null });
    return;
  }
  const selected = useAppStore.getState().selectedHighlightId;
  useAppStore.setState({
    doc,
    selectedHighlightId: doc.highlights.some((h) => h.id === selected) ? selected : null,
  });
}

/** Closes the document if it is the open one (it was deleted). */
export function closeDocument(id: DocumentId): void {
  if (useAppStore.getState().openDocumentId !== id) return;
  useAppStore.setState({ openDocumentId: null, doc: null, selectedHighlightId: null, searchHit: null });
}
