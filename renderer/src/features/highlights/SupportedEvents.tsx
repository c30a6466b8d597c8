/**
 * The timeline events a highlight supports, each a button that shows the event where events are
 * listed (the timeline view, or the timeline panel beside the reader) through the navigation service.
 */
import { useMemo } from 'react';
import type { HighlightId } from '../../../../electron/contract';
import { openEvent } from '../../navigation/navigation';
import { useAppStore } from '../../store/app-store';

export function SupportedEvents({ highlightId }: { highlightId: HighlightId }) {
  const timeline = useAppStore((s) => s.timeline);
  const selectedId = useAppStore((s) => s.selectedEvent?.id);
  const linked = useMemo(
    () => timeline.filter((event) => event.passages.some((passage) => passage.highlight.id === highlightId)),
    [timeline, highlightId],
  );
  if (linked.length === 0) return <p className="panel-hint">Not linked to an event yet.</p>;
  return (
    <ul className="supported-events" aria-label="Events this highlight supports">
      {linked.map((event) => (
        <li key={event.id}>
          <button
            type="button"
            className="supported-event"
            title="Show in the timeline"
            aria-current={event.id === selectedId ? 'true' : undefined}
            onClick={() => openEvent(event.id)}
          >
            <span className="event-date">{event.dateLabel}</span>
            <span className="supported-event-title">{event.title}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
