/** Loads and edits the document list; edits report validation messages back to the form. */
import type { DocumentId, MethodInput, Reliability } from '../../../../electron/contract';
import { plural } from '../../lib/plural';
import { readFiles } from '../../platform/read-files';
import { call, request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';
import { runCommand } from '../../commands/registry';
import { closeDocument, reloadDocument } from '../../navigation/open-document';

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

/** Sets one document's source reliability (null clears it); its passages' badges and events follow. */
export async function gradeDocument(id: DocumentId, reliability: Reliability | null): Promise<void> {
  if (!(await call('documents.update', { id, reliability }))) return;
  scheduleRefresh(['documents', 'highlights', 'events']);
}

/** Grades every document of a source at once (one undo step) and says how many it changed. */
export async function gradeSource(source: string, reliability: Reliability | null): Promise<void> {
  const result = await call('documents.gradeSource', { source, reliability });
  if (!result) return;
  scheduleRefresh(['documents', 'highlights', 'events']);
  // The count is of documents that changed: those already at this grade are left as they were.
  const grade = reliability ? `graded ${reliability}` : 'ungraded';
  showToast({
    tone: 'success',
    message: `${source} ${grade}: ${plural(result.updated, 'document')} changed`,
    action: { label: 'Undo', run: () => runCommand('undo') },
  });
}

export async function deleteDocument(id: DocumentId): Promise<void> {
  const title = useAppStore.getState().documents.find((doc) => doc.id === id)?.title ?? 'document';
  if (!(await call('documents.delete', { id }))) return;
  closeDocument(id);
  scheduleRefresh(['documents', 'highlights', 'tags', 'events']);
  showToast({ tone: 'info', message: `Deleted “${title}”`, action: { label: 'Undo', run: () => runCommand('undo') } });
}

/** Replaces a document's text with a newer version of its file; returns true when it was replaced. */
export async function replaceDocument(id: DocumentId, file: File): Promise<boolean> {
  const { setBusy } = useAppStore.getState();
  setBusy(`Reading ${file.name}…`);
  try {
    const [payload] = await readFiles([file]);
    if (!payload) return false;
    const result = await call('documents.replace', { id, file: payload });
    if (!result) return false;
    const { document, reanchored, needsReview } = result;
    scheduleRefresh(['documents', 'highlights', 'tags', 'events']);
    if (useAppStore.getState().openDocumentId === id) {
      // Back to the list, where highlights that need review are grouped.
      useAppStore.setState({ selectedHighlightId: null });
      await reloadDocument();
    }
    const review = needsReview === 1 ? '1 needs review' : `${needsReview} need review`;
    showToast({
      tone: needsReview ? 'info' : 'success',
      message: `Replaced “${document.title}”: ${plural(reanchored, 'highlight')} re-anchored, ${review}`,
      action: { label: 'Undo', run: () => runCommand('undo') },
    });
    return true;
  } finally {
    setBusy(null);
  }
}
