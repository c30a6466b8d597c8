/**
 * The card for the event selected on the axis: its date, title, description, whether its sources
 * disagree on the date, and its linked passages, each opening the reader at the quote.
 */
import type { TimelineEvent } from '../../../../../electron/contract';
import { PassageButton } from '../../../components/PassageButton';
import { GradeRangeBadge } from '../../../components/GradeBadge';
import { openPassage } from '../../../navigation/navigation';
import { clearSelection, showInList } from './axis-selection';
import { EventDisagreement } from './EventDisagreement';

export function EventDetails({ event }: { event: TimelineEvent }) {
  return (
    <section className="axis-details" aria-label="Selected event">
      <div className="axis-details-head">
        <div>
          <p className="event-date">
            {event.dateLabel}
            {event.grade ? ' ' : null}
            <GradeRangeBadge range={event.grade} />
          </p>
          <h3 className="event-title">{event.title}</h3>
        </div>
        <div className="axis-details-actions">
          <button type="button" className="button-quiet" onClick={() => showInList(event.id)}>
            Show in list
          </button>
          <button type="button" className="button-icon" aria-label="Close event details" onClick={clearSelection}>
            ×
          </button>
        </div>
      </div>
      <EventDisagreement text={event.disagreement} />
      {event.description ? <p className="event-description">{event.description}</p> : null}
      {event.passages.length > 0 ? (
        <ul className="passage-list" aria-label="Linked passages">
          {event.passages.map((passage) => (
            <li key={passage.highlight.id}>
              <PassageButton
                quote={passage.highlight.quote}
                color={passage.highlight.color}
                source={passage.documentTitle}
                grade={passage.highlight}
                tags={passage.highlight.tags}
                onOpen={() => void openPassage(passage)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="axis-details-empty">
          No linked passages. Select a highlight in the reader and choose “Link to event…”.
        </p>
      )}
    </section>
  );
}
