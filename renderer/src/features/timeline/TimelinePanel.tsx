/**
 * The timeline in date order, after the timeline's filters (the same set as the axis view): each
 * event with its date, any disagreement between its sources, its description and linked quotes. The
 * event a search hit or a highlight opened is marked and scrolled into view.
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { openPassage, showView } from '../../navigation/navigation';
import { deleteEvent, unlinkFromEvent } from './timeline-service';
import { PassageButton } from '../../components/PassageButton';
import { GradeRangeBadge } from '../../components/GradeBadge';
import { TimelineFilterBar, useFilteredTimeline } from './timeline-filter';
import { EventDisagreement } from './axis/EventDisagreement';

/** The request last scrolled to: kept across remounts, so switching tabs back does not jump again. */
let scrolledFor = 0;

export function TimelinePanel() {
  const total = useAppStore((s) => s.timeline.length);
  const timeline = useFilteredTimeline();
  const openDialog = useAppStore((s) => s.openDialog);
  const selected = useAppStore((s) => s.selectedEvent);
  const mainView = useAppStore((s) => s.mainView);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!selected || selected.nonce === scrolledFor) return;
    const item = list.current?.querySelector(`[data-event-id="${CSS.escape(selected.id)}"]`);
    if (!item) return;
    scrolledFor = selected.nonce;
    item.scrollIntoView({ block: 'nearest' });
  }, [selected, timeline]);

  if (total === 0) {
    return (
      <EmptyState title="No events yet">
        Create an event from a highlight: select it and choose “Add to timeline…”.
      </EmptyState>
    );
  }
  return (
    <>
      {mainView === 'reader' ? (
        <button type="button" className="button-quiet timeline-open-view" onClick={() => showView('timeline')}>
          Open timeline view
        </button>
      ) : null}
      <TimelineFilterBar collapsible />
      {selected && !timeline.some((event) => event.id === selected.id) ? <HiddenSelection /> : null}
      {timeline.length === 0 ? (
        <EmptyState title="No events match the filters">Change or clear the filters to see more.</EmptyState>
      ) : (
        <ol className="timeline" aria-label="Timeline" ref={list}>
          {timeline.map((event) => (
            <li
              key={event.id}
              data-event-id={event.id}
              className={`timeline-event${event.id === selected?.id ? ' timeline-event-selected' : ''}`}
              aria-current={event.id === selected?.id ? 'true' : undefined}
            >
              <p className="event-date">
                {event.dateLabel}
                {event.grade ? ' ' : null}
                <GradeRangeBadge range={event.grade} />
              </p>
              <h3 className="event-title">{event.title}</h3>
              <EventDisagreement text={event.disagreement} />
              {event.description ? <p className="event-description">{event.description}</p> : null}
              <ul className="passage-list">
                {event.passages.map((passage) => (
                  <li key={passage.highlight.id} className="event-passage">
                    <PassageButton
                      quote={passage.highlight.quote}
                      color={passage.highlight.color}
                      source={passage.documentTitle}
                      grade={passage.highlight}
                      tags={passage.highlight.tags}
                      onOpen={() => void openPassage(passage)}
                    />
                    <button
                      type="button"
                      className="button-icon"
                      aria-label={`Unlink “${passage.highlight.quote.slice(0, 40)}” from ${event.title}`}
                      onClick={() => void unlinkFromEvent(event.id, passage.highlight.id)}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
              <div className="form-actions">
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={`Edit ${event.title}`}
                  onClick={() => openDialog({ kind: 'event-form', highlightId: null, eventId: event.id })}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button-quiet danger-text"
                  aria-label={`Delete ${event.title}`}
                  onClick={() => void deleteEvent(event.id)}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** The event asked for is in the timeline but the filters hide it: say so, with the way out. */
function HiddenSelection() {
  const title = useAppStore((s) => s.timeline.find((event) => event.id === s.selectedEvent?.id)?.title);
  const clear = useAppStore((s) => s.clearTimelineFilter);
  if (!title) return null;
  return (
    <p className="panel-hint">
      “{title}” is hidden by the filters.{' '}
      <button type="button" className="button-quiet" onClick={clear}>
        Show all events
      </button>
    </p>
  );
}
