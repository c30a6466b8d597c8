/**
 * Keeps the dates proposed from the open document's text in the store: fetched (`documents.dates`)
 * whenever another document opens or the open one's published date or text changes, and never
 * stored by the core. Confirming the published date the text suggests is the analyst's act, here.
 */
import type { DocumentDetail, PublishedDateSuggestion } from '../../../../electron/contract';
import { call, request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';
import { runCommand } from '../../commands/registry';
import { dateLabel, toDateMarks } from './describe-proposal';

/** Bumped by every fetch, so an answer that comes after a newer request is dropped. */
let latest = 0;

/** Fetches the open document's proposals into the store (and clears them when none is open). */
export async function loadDocumentDates(): Promise<void> {
  const ticket = ++latest;
  const doc = useAppStore.getState().doc;
  if (!doc) {
    useAppStore.setState({ documentDates: null, dateMarks: null });
    return;
  }
  const dates = await call('documents.dates', { id: doc.id });
  if (ticket !== latest || !dates) return;
  useAppStore.setState({
    documentDates: { documentId: doc.id, dates },
    dateMarks: { documentId: doc.id, marks: toDateMarks(dates.proposals, dates.reference) },
  });
}

/** What the proposals depend on: the document, its published date (the reference) and its text. */
const sameDates = (a: DocumentDetail | null, b: DocumentDetail | null): boolean =>
  a === b || (a !== null && b !== null && a.id === b.id && a.publishedDate === b.publishedDate && a.text === b.text);

/** Refetches the proposals whenever the open document changes in a way that changes them; returns the unsubscribe. */
export function watchDocumentDates(): () => void {
  let shown = useAppStore.getState().doc;
  if (shown) void loadDocumentDates();
  return useAppStore.subscribe((state) => {
    if (sameDates(state.doc, shown)) {
      shown = state.doc;
      return;
    }
    shown = state.doc;
    void loadDocumentDates();
  });
}

/**
 * Stores the suggested date as the open document's published date, when the analyst confirms it.
 * The document reloads, so the proposals re-resolve against it.
 */
export async function confirmPublishedSuggestion(suggestion: PublishedDateSuggestion): Promise<boolean> {
  const doc = useAppStore.getState().doc;
  if (!doc) return false;
  const result = await request('documents.update', { id: doc.id, publishedDate: suggestion.edtf });
  if (!result.ok) {
    showToast({ tone: 'error', message: `Could not set the published date: ${result.error.message}` });
    return false;
  }
  scheduleRefresh(['documents']);
  showToast({
    tone: 'success',
    message: `Published date set to ${dateLabel(suggestion.edtf)}`,
    action: { label: 'Undo', run: () => runCommand('undo') },
  });
  return true;
}
