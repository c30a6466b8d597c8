/** The open document and what the reader marks in it: the search hit, a flashed passage, the selection. */
import type { StateCreator } from 'zustand';
import type { DocumentDetail, DocumentId, HighlightId } from '../../../electron/contract';
import type { AppState } from './app-store';

export interface TextRange {
  start: number;
  end: number;
}

/** A text selection in the reader, in document offsets, with where to float the toolbar. */
export interface PendingSelection extends TextRange {
  top: number;
  left: number;
}

export interface ReaderSlice {
  openDocumentId: DocumentId | null;
  doc: DocumentDetail | null;
  searchHit: TextRange | null;
  flash: TextRange | null;
  /** Scroll the reader to `offset` once the document `documentId` is shown; `nonce` makes repeats distinct. */
  scrollRequest: { documentId: DocumentId; offset: number; nonce: number } | null;
  pendingSelection: PendingSelection | null;
  selectedHighlightId: HighlightId | null;
  setPendingSelection: (selection: PendingSelection | null) => void;
  selectHighlight: (id: HighlightId | null) => void;
}

export const createReaderSlice: StateCreator<AppState, [], [], ReaderSlice> = (set) => ({
  openDocumentId: null,
  doc: null,
  searchHit: null,
  flash: null,
  scrollRequest: null,
  pendingSelection: null,
  selectedHighlightId: null,
  setPendingSelection: (pendingSelection) => set({ pendingSelection }),
  selectHighlight: (selectedHighlightId) =>
    set(selectedHighlightId ? { selectedHighlightId, panel: 'highlight' } : { selectedHighlightId }),
});
