/**
 * The search box: the query, its hits grouped by kind, which hit the keyboard is on, the index's
 * state (warming up, indexing) and whether the query-language help is open.
 */
import type { StateCreator } from 'zustand';
import type { SearchResponse, SearchStatus } from '../../../electron/contract';
import type { AppState } from './app-store';

export type SearchGroups = Pick<SearchResponse, 'documents' | 'highlights' | 'tags' | 'events'>;

export interface SearchSlice {
  query: string;
  results: SearchGroups | null;
  /** How the query was read, when the analyst should know (an ignored filter, say). */
  notice: string | null;
  searchError: string | null;
  searchOpen: boolean;
  /** Index into every hit of every group, in the order they are listed. */
  activeIndex: number;
  searchStatus: SearchStatus | null;
  searchHelpOpen: boolean;
  setActiveIndex: (index: number) => void;
  closeSearch: () => void;
}

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set) => ({
  query: '',
  results: null,
  notice: null,
  searchError: null,
  searchOpen: false,
  activeIndex: 0,
  searchStatus: null,
  searchHelpOpen: false,
  setActiveIndex: (activeIndex) => set({ activeIndex }),
  closeSearch: () => set({ searchOpen: false }),
});
