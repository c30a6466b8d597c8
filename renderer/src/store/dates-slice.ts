/**
 * The dates proposed from the open document's text (`documents.dates`), as the dates feature
 * fetched them, and the marks the reader draws for them. The reader reads only `dateMarks`, so it
 * needs nothing from the dates feature.
 */
import type { StateCreator } from 'zustand';
import type { DocumentDates, DocumentId } from '../../../electron/contract';
import type { AppState } from './app-store';
import type { TextRange } from './reader-slice';

/** A proposed date in the reader: its range, whether it resolved, and the reading shown as its tooltip. */
export interface DateMark extends TextRange {
  resolved: boolean;
  title: string;
}

export interface DatesSlice {
  /** The open document's proposals; `documentId` says which document they were computed for. */
  documentDates: { documentId: DocumentId; dates: DocumentDates } | null;
  /** The same proposals as marks for the reader, sorted by offset, never overlapping. */
  dateMarks: { documentId: DocumentId; marks: readonly DateMark[] } | null;
}

export const createDatesSlice: StateCreator<AppState, [], [], DatesSlice> = () => ({
  documentDates: null,
  dateMarks: null,
});
