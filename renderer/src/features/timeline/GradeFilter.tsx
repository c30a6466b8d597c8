/**
 * "Grade at least …" in the timeline's filters: a source reliability letter and/or an information
 * credibility digit. An event shows when one of its linked passages is graded that well or better
 * on each axis set; the help line says that events with no graded passage are hidden meanwhile.
 */
import { useId } from 'react';
import { CredibilitySelect, ReliabilitySelect } from '../../components/GradeSelects';
import { useAppStore } from '../../store/app-store';

export function GradeFilter() {
  const reliability = useAppStore((s) => s.timelineFilter.reliability);
  const credibility = useAppStore((s) => s.timelineFilter.credibility);
  const set = useAppStore((s) => s.setTimelineFilter);
  const sourceId = useId();
  const infoId = useId();
  const helpId = useId();
  return (
    <fieldset className="timeline-filter-grade" aria-describedby={helpId}>
      <legend>Grade at least</legend>
      <div className="timeline-filter-field">
        <label htmlFor={sourceId}>Source reliability</label>
        <ReliabilitySelect id={sourceId} value={reliability} onChange={(value) => set({ reliability: value })} />
      </div>
      <div className="timeline-filter-field">
        <label htmlFor={infoId}>Information credibility</label>
        <CredibilitySelect id={infoId} value={credibility} onChange={(value) => set({ credibility: value })} />
      </div>
      <p id={helpId} className="timeline-filter-help">
        Shows events with a linked passage graded this well or better (A and 1 are best). While a grade is set, events
        with no graded passage are hidden.
      </p>
    </fieldset>
  );
}
