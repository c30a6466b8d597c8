/**
 * What the library list does to several documents at once: delete them (`documents.deleteMany`),
 * code them whole with a tag (`documents.tagWhole`), move them to another project. Each is one
 * change in the core, so the Undo in the message that follows reverses all of it in one step.
 */
import type { DocumentId, DocumentSummary } from '../../../../electron/contract';
import { plural } from '../../lib/plural';
import { call, request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showError, showToast } from '../../store/toasts';
import { closeDocument } from '../../navigation/open-document';

const everything = ['documents', 'highlights', 'tags', 'events'] as const;

/** What deleting these documents takes with it, for the confirmation. */
export function deletionCounts(documents: readonly DocumentSummary[], ids: ReadonlySet<DocumentId>) {
  let highlights = 0;
  let count = 0;
  for (const doc of documents) {
    if (!ids.has(doc.id)) continue;
    count += 1;
    highlights += doc.highlightCount;
  }
  return { documents: count, highlights };
}

export function describeDeletion({ documents, highlights }: { documents: number; highlights: number }): string {
  const what = plural(documents, 'document');
  return highlights > 0 ? `${what} and their ${plural(highlights, 'highlight')}` : what;
}

/** Deletes the documents in one change; returns how many went. Undo in the toast restores them all. */
export async function deleteDocuments(ids: readonly DocumentId[]): Promise<number> {
  const { setBusy } = useAppStore.getState();
  setBusy(`Deleting ${plural(ids.length, 'document')}…`);
  const result = await request('documents.deleteMany', { ids: [...ids] }).finally(() => setBusy(null));
  scheduleRefresh(everything);
  if (!result.ok) {
    showError(`Nothing was deleted: ${result.error.message}`);
    return 0;
  }
  for (const id of ids) closeDocument(id);
  const { deleted } = result.value;
  showToast({
    tone: 'info',
    message: `Deleted ${plural(deleted, 'document')}`,
    action: { label: 'Undo', run: () => void undoLast(`Restored ${plural(deleted, 'document')}`) },
  });
  return deleted;
}

/** Codes the documents whole with a tag; returns the core's refusal, null when done. */
export async function tagDocuments(ids: readonly DocumentId[], tag: string): Promise<string | null> {
  const result = await request('documents.tagWhole', { ids: [...ids], tag });
  if (!result.ok) return result.error.message;
  scheduleRefresh(everything);
  const { tagged, tag: name } = result.value;
  const already = ids.length - tagged;
  const message =
    tagged === 0
      ? `${plural(ids.length, 'document')} already had “${name}”`
      : `Tagged ${plural(tagged, 'document')} “${name}”${already > 0 ? ` (${already} already had it)` : ''}`;
  const undo = { label: 'Undo', run: () => void undoLast(`Took “${name}” off ${plural(tagged, 'document')}`) };
  showToast({ tone: 'success', message, ...(tagged > 0 ? { action: undo } : {}) });
  return null;
}

/** Undoes the last change (a bulk action's, one step), then says what it reversed. */
async function undoLast(done: string): Promise<void> {
  const result = await call('history.undo', {});
  scheduleRefresh(everything);
  if (result?.undone) showToast({ tone: 'info', message: done });
}

/** Moves documents to another project; returns the core's refusal, null when done. */
export async function moveDocuments(
  ids: readonly DocumentId[],
  toProject: string,
  withHighlights: boolean,
): Promise<string | null> {
  const result = await request('documents.copy', { ids: [...ids], toProject, withHighlights, move: true });
  if (!result.ok) return result.error.message;
  for (const id of ids) closeDocument(id);
  scheduleRefresh(everything);
  const { copied, skipped, project } = result.value;
  const already = skipped > 0 ? ` (${plural(skipped, 'document')} already there)` : '';
  showToast({ tone: 'success', message: `Moved ${plural(copied, 'document')} to “${project.name}”${already}` });
  return null;
}
