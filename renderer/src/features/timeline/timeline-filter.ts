/**
 * The timeline's filters, shared by the list panel and the axis view so both show the same events.
 * (First pass: no filtering yet; the filter bar and the predicate follow.)
 */
import { createElement, type ReactElement } from 'react';
import type { TimelineEvent } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';

/** The timeline's events after the analyst's filters. */
export function useFilteredTimeline(): TimelineEvent[] {
  return useAppStore((state) => state.timeline);
}

/** Controls for the timeline's filters, with a count of the events shown. */
export function TimelineFilterBar(): ReactElement {
  return createElement('div', { className: 'timeline-filter-bar' });
}
