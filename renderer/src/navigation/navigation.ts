/**
 * The one way to open something, whoever asks (reader, panels, search, timeline, palette): a
 * document, a passage, an event, a tag, or a main view. Features ask here instead of calling each
 * other's services, so a new view adds requests here and touches no other feature. Every request
 * that changes the main view or the open document leaves a place to come `back()` to.
 */
import type { DocumentId, EventId, HighlightId, Passage } from '../../../electron/contract';
import { useAppStore } from '../store/app-store';
import type { MainView } from '../store/ui-slice';
import { chooseTag, loadTags } from '../features/tags/tags-service';
import { loadDocument, type OpenTarget } from './open-document';

export type { MainView } from '../store/ui-slice';
export type { OpenTarget } from './open-document';

/** A highlight to open: its document and id; its offsets when known (else read from the document). */
export interface PassageRef {
  documentId: DocumentId;
  highlightId: HighlightId;
  start?: number;
  end?: number;
}

interface Place {
  view: MainView;
  documentId: DocumentId | null;
}

const MAX_PLACES = 50;
const trail: Place[] = [];
let eventNonce = 0;

const here = (): Place => {
  const { mainView, openDocumentId } = useAppStore.getState();
  return { view: mainView, documentId: openDocumentId };
};

function leaveFor(next: Place): void {
  const from = here();
  if (from.view === next.view && from.documentId === next.documentId) return;
  // The empty reader before the first document opens is nowhere to come back to.
  if (from.view === 'reader' && from.documentId === null) return;
  trail.push(from);
  if (trail.length > MAX_PLACES) trail.shift();
}

function setView(view: MainView): void {
  // A selection in a reader that is going away would leave the highlight toolbar floating.
  useAppStore.setState(view === 'reader' ? { mainView: view } : { mainView: view, pendingSelection: null });
}

/** Switches the middle column between the reader and the timeline. */
export function showView(view: MainView): void {
  if (useAppStore.getState().mainView === view) return;
  leaveFor({ view, documentId: useAppStore.getState().openDocumentId });
  setView(view);
}

/** Opens a document in the reader, optionally scrolled to a range marked as a search hit or flashed. */
export async function openDocument(id: DocumentId, target?: OpenTarget): Promise<void> {
  leaveFor({ view: 'reader', documentId: id });
  setView('reader');
  await loadDocument(id, target);
}

/**
 * Opens the reader at a highlight, scrolls to it and flashes it. With `select`, the highlight
 * becomes the selected one (its panel shows); otherwise the side panel stays where it was.
 */
export async function openPassage(passage: Passage | PassageRef, options: { select?: boolean } = {}): Promise<void> {
  const ref: PassageRef =
    'highlight' in passage
      ? {
          documentId: passage.highlight.documentId,
          highlightId: passage.highlight.id,
          start: passage.highlight.start,
          end: passage.highlight.end,
        }
      : passage;
  if (ref.start !== undefined && ref.end !== undefined) {
    await openDocument(ref.documentId, { kind: 'flash', start: ref.start, end: ref.end });
  } else {
    await openDocument(ref.documentId);
    const { doc } = useAppStore.getState();
    const highlight = doc?.id === ref.documentId ? doc.highlights.find((h) => h.id === ref.highlightId) : undefined;
    if (highlight) await loadDocument(ref.documentId, { kind: 'flash', start: highlight.start, end: highlight.end });
  }
  if (options.select && useAppStore.getState().openDocumentId === ref.documentId) {
    useAppStore.getState().selectHighlight(ref.highlightId);
  }
}

/**
 * Shows an event: it becomes the selected event (marked and scrolled to wherever events are
 * listed); in the reader view the side panel turns to the timeline to show it.
 */
export function openEvent(id: EventId): void {
  const inReader = useAppStore.getState().mainView === 'reader';
  useAppStore.setState({ selectedEvent: { id, nonce: ++eventNonce }, ...(inReader ? { panel: 'timeline' } : {}) });
}

/** Shows the tags panel with the tag of that name (any case) chosen and its passages listed. */
export async function openTag(name: string): Promise<void> {
  useAppStore.getState().setPanel('tags');
  const named = () => useAppStore.getState().tags.find((tag) => tag.name.toLowerCase() === name.toLowerCase());
  if (!named()) await loadTags();
  const tag = named();
  if (tag) await chooseTag(tag.id);
}

export const canGoBack = (): boolean => trail.length > 0;

/** Returns to the view and document before the last request that changed them; false when there is none. */
export async function back(): Promise<boolean> {
  const { documents } = useAppStore.getState();
  const deleted = (id: DocumentId) => !documents.some((doc) => doc.id === id);
  let place = trail.pop();
  while (place?.documentId && deleted(place.documentId)) place = trail.pop();
  if (!place) return false;
  setView(place.view);
  if (place.documentId && place.documentId !== useAppStore.getState().openDocumentId) {
    await loadDocument(place.documentId);
  }
  return true;
}
