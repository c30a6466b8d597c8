/** Opens documents in the reader, optionally at a passage (a search hit or a flashed highlight). */
import type { DocumentId } from '../../../../electron/contract';
import { call } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import type { TextRange } from '../../store/reader-slice';

let nonce = 0;

export interface OpenTarget extends TextRange {
  kind: 'hit' | 'flash';
}

export async function openDocument(id: DocumentId, target?: OpenTarget): Promise<void> {
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
