/** Find in document: whether the find bar is open, what it looks for, and which match is current. */
import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface FindSlice {
  findOpen: boolean;
  findQuery: string;
  /** Index of the current match among the open document's matches. */
  findIndex: number;
  /** Bumped to ask the find bar to take focus again (Ctrl+F while it is open). */
  findFocusRequest: number;
  /** Bumped whenever the current match should be brought into view (typing, next, previous). */
  findScrollRequest: number;
}

export const createFindSlice: StateCreator<AppState, [], [], FindSlice> = () => ({
  findOpen: false,
  findQuery: '',
  findIndex: 0,
  findFocusRequest: 0,
  findScrollRequest: 0,
});
