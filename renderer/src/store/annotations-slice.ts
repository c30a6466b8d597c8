/** Tags with their passages and the timeline: the analyst's work across documents. */
import type { StateCreator } from 'zustand';
import type { EventId, Passage, TagId, TagSummary, TimelineEvent } from '../../../electron/contract';
import type { AppState } from './app-store';

export interface AnnotationsSlice {
  tags: TagSummary[];
  selectedTagId: TagId | null;
  passages: Passage[];
  timeline: TimelineEvent[];
  /** The event a search hit opened: marked in the timeline and scrolled to (again for each new `nonce`). */
  selectedEvent: { id: EventId; nonce: number } | null;
}

export const createAnnotationsSlice: StateCreator<AppState, [], [], AnnotationsSlice> = () => ({
  tags: [],
  selectedTagId: null,
  passages: [],
  timeline: [],
  selectedEvent: null,
});
