/**
 * The timeline's filters, one set for the list panel and the axis view so both show the same
 * events: the hook that applies them and the bar that sets them. The rule itself is in
 * `filter-events.ts`, the state in the store's timeline-filter slice.
 */
export { useFilteredTimeline } from './use-filtered-timeline';
export { TimelineFilterBar } from './TimelineFilterBar';
