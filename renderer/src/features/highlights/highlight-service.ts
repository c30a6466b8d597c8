/** Creates and edits highlights; every write schedules the refetch of what it touched. */
import type { Credibility, HighlightColor, HighlightId } from '../../../../electron/contract';
import { call } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';
import { runCommand } from '../../commands/registry';
import { reloadDocument } from '../../navigation/open-document';

export async function highlightSelection(color: HighlightColor): Promise<void> {
  const { pendingSelection, openDocumentId } = useAppStore.getState();
  if (!pendingSelection || !openDocumentId) return;
  const created = await call('highlights.create', {
    documentId: openDocumentId,
    start: pendingSelection.start,
    end: pendingSelection.end,
    color,
  });
  window.getSelection()?.removeAllRanges();
  useAppStore.setState({ pendingSelection: null });
  if (!created) return;
  await reloadDocument();
  useAppStore.getState().selectHighlight(created.id);
  scheduleRefresh(['highlights', 'documents']);
}

export async function updateHighlight(
  id: HighlightId,
  change: { color?: HighlightColor; note?: string; credibility?: Credibility | null },
): Promise<boolean> {
  const updated = await call('highlights.update', { id, ...change });
  if (!updated) return false;
  // A grade also changes the grade range of the events the passage supports.
  scheduleRefresh(change.credibility === undefined ? ['highlights'] : ['highlights', 'events']);
  return true;
}

export async function deleteHighlight(id: HighlightId): Promise<void> {
  if (!(await call('highlights.delete', { id }))) return;
  useAppStore.setState({ selectedHighlightId: null });
  scheduleRefresh(['highlights', 'tags', 'events', 'documents']);
  showToast({ tone: 'info', message: 'Deleted highlight', action: { label: 'Undo', run: () => runCommand('undo') } });
}

/** Puts a highlight that needs review on the text selected in the reader. */
export async function placeHighlightOnSelection(id: HighlightId): Promise<void> {
  const { pendingSelection } = useAppStore.getState();
  if (!pendingSelection) return;
  const placed = await call('highlights.place', { id, start: pendingSelection.start, end: pendingSelection.end });
  window.getSelection()?.removeAllRanges();
  useAppStore.setState({ pendingSelection: null });
  if (!placed) return;
  await reloadDocument();
  scheduleRefresh(['highlights', 'tags', 'events']);
  showToast({ tone: 'success', message: 'Highlight placed', action: { label: 'Undo', run: () => runCommand('undo') } });
}
