/** The search box: the query, its ranked hits, and which result the keyboard is on. */
import type { StateCreator } from 'zustand';
import type { SearchHit } from '../../../electron/contract';
import type { AppState } from './app-store';

export interface SearchSlice {
  query: string;
  hits: SearchHit[];
  total: number;
  searchError: string | null;
  searchOpen: boolean;
  activeIndex: number;
  setActiveIndex: (index: number) => void;
  closeSearch: () => void;
}

export const createSearchSlice: StateCreator<AppState, [], [], SearchSlice> = (set) => ({
  query: '',
  hits: [],
  total: 0,
  searchError: null,
  searchOpen: false,
  activeIndex: 0,
  setActiveIndex: (activeIndex) => set({ activeIndex }),
  closeSearch: () => set({ searchOpen: false }),
});
