/** The timeline's events after the analyst's filters, computed once per change of events, filters or documents. */
import { useMemo } from 'react';
import type { TimelineEvent } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { filterEvents } from './filter-events';

export function useFilteredTimeline(): TimelineEvent[] {
  const timeline = useAppStore((s) => s.timeline);
  const filter = useAppStore((s) => s.timelineFilter);
  const documents = useAppStore((s) => s.documents);
  return useMemo(() => filterEvents(timeline, filter, documents), [timeline, filter, documents]);
}
