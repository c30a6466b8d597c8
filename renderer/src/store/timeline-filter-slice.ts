/**
 * The timeline's filters as the analyst set them: one set for the list panel and the axis view, so
 * both show the same events. Dates are kept as typed; the timeline feature reads them.
 */
import type { StateCreator } from 'zustand';
import type { Credibility, DocumentId, Reliability } from '../../../electron/contract';
import type { AppState } from './app-store';

export interface TimelineFilter {
  /** A tag on one of the event's passages (any case, any accents). */
  tag: string | null;
  /** A document one of the event's passages is in. */
  documentId: DocumentId | null;
  /** The source (publication) of a document one of the event's passages is in. */
  source: string | null;
  /** The range's ends as typed ("2024", "March 2024", "2024-03-05"); empty for an open end. */
  from: string;
  to: string;
  /** Words to find in the title, description or a linked quote. */
  text: string;
  /** "Grade at least": a linked passage's source this reliable or better… */
  reliability: Reliability | null;
  /** …and its information this credible or better. Ungraded passages never pass. */
  credibility: Credibility | null;
}

export const NO_TIMELINE_FILTER: TimelineFilter = {
  tag: null,
  documentId: null,
  source: null,
  from: '',
  to: '',
  text: '',
  reliability: null,
  credibility: null,
};

export interface TimelineFilterSlice {
  timelineFilter: TimelineFilter;
  setTimelineFilter: (change: Partial<TimelineFilter>) => void;
  clearTimelineFilter: () => void;
}

export const createTimelineFilterSlice: StateCreator<AppState, [], [], TimelineFilterSlice> = (set) => ({
  timelineFilter: NO_TIMELINE_FILTER,
  setTimelineFilter: (change) => set((state) => ({ timelineFilter: { ...state.timelineFilter, ...change } })),
  clearTimelineFilter: () => set({ timelineFilter: NO_TIMELINE_FILTER }),
});
