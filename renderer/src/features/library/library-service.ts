/** Loads and edits the document list; edits report validation messages back to the form. */
import type { DocumentId, MethodInput } from '../../../../electron/contract';
import { call, request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';
import { undo } from '../history/history-service';

export async function loadLibrary(): Promise<void> {
  const [info, documents] = await Promise.all([call('library.info', {}), call('documents.list', {})]);
  useAppStore.setState({
    ...(info ? { info } : {}),
    ...(documents ? { documents, documentsLoaded: true } : {}),
  });
}

/** Returns the API's message when the change was refused, null when saved. */
export async function updateDocument(input: MethodInput<'documents.update'>): Promise<string | null> {
  const result = await request('documents.update', input);
  if (!result.ok) return result.error.message;
  scheduleRefresh(['documents']);
  showToast({ tone: 'success', message: 'Details saved' });
  return null;
}

export async function deleteDocument(id: DocumentId): Promise<void> {
  const title = useAppStore.getState().documents.find((doc) => doc.id === id)?.title ?? 'document';
  if (!(await call('documents.delete', { id }))) return;
  if (useAppStore.getState().openDocumentId === id) {
    useAppStore.setState({ openDocumentId: null, doc: null, selectedHighlightId: null, searchHit: null });
  }
  scheduleRefresh(['documents', 'highlights', 'tags', 'events']);
  showToast({ tone: 'info', message: `Deleted “${title}”`, action: { label: 'Undo', run: () => void undo() } });
}
