/**
 * What the library list does to several documents at once. The contract deletes one document per
 * call (each its own undo step), so a bulk delete is that call per document and its Undo undoes as
 * many steps; a `documents.deleteMany` in one change set would make it one step (noted in issue 14).
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

/** Deletes the documents one by one; returns how many went. Undo in the toast restores them all. */
export async function deleteDocuments(ids: readonly DocumentId[]): Promise<number> {
  const { setBusy } = useAppStore.getState();
  let deleted = 0;
  let failure: string | null = null;
  try {
    for (const id of ids) {
      setBusy(`Deleting ${deleted + 1} of ${ids.length}…`);
      const result = await request('documents.delete', { id });
      if (!result.ok) {
        failure = result.error.message;
        break;
      }
      deleted += 1;
      closeDocument(id);
    }
  } finally {
    setBusy(null);
    scheduleRefresh(everything);
  }
  if (failure) showError(`Deleted ${deleted} of ${ids.length}: ${failure}`);
  if (deleted > 0) {
    showToast({
      tone: 'info',
      message: `Deleted ${plural(deleted, 'document')}`,
      action: { label: 'Undo', run: () => void undoSteps(deleted) },
    });
  }
  return deleted;
}

/** Undoes the last `steps` changes (a bulk delete's), then says what came back. */
async function undoSteps(steps: number): Promise<void> {
  let undone = 0;
  for (; undone < steps; undone++) {
    const result = await call('history.undo', {});
    if (!result?.undone) break;
  }
  scheduleRefresh(everything);
  showToast({ tone: 'info', message: `Restored ${plural(undone, 'document')}` });
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
