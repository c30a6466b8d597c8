/** Tags with their passages and the timeline: the analyst's work across documents. */
import type { StateCreator } from 'zustand';
import type { Passage, TagId, TagSummary, TimelineEvent } from '../../../electron/contract';
import type { AppState } from './app-store';

export interface AnnotationsSlice {
  tags: TagSummary[];
  selectedTagId: TagId | null;
  passages: Passage[];
  timeline: TimelineEvent[];
}

export const createAnnotationsSlice: StateCreator<AppState, [], [], AnnotationsSlice> = () => ({
  tags: [],
  selectedTagId: null,
  passages: [],
  timeline: [],
});
