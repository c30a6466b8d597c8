/** What the library holds: project info and the document list shown in the sidebar. */
import type { StateCreator } from 'zustand';
import type { DocumentSummary, MethodOutput } from '../../../electron/contract';
import type { AppState } from './app-store';

export interface LibrarySlice {
  info: MethodOutput<'library.info'> | null;
  documents: DocumentSummary[];
  documentsLoaded: boolean;
}

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = () => ({
  info: null,
  documents: [],
  documentsLoaded: false,
});
