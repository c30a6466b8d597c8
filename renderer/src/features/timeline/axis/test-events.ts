/** Timeline events as `events.list` returns them, for the axis's unit tests. */
import type { DocumentId, EventId, HighlightId, TimelineEvent } from '../../../../../electron/contract';

let next = 0;
/** An event as events.list returns it, with passages in the given documents carrying the given tags. */
export function eventOf(
  date: string,
  earliest: string | null,
  latest: string | null,
  title = `Event ${++next}`,
  passages: { doc: string; tags: string[] }[] = [],
): TimelineEvent {
  return {
    id: `e${++next}` as EventId,
    date,
    dateLabel: date,
    earliest,
    latest,
    title,
    description: '',
    createdAt: '2024-01-01T00:00:00Z',
    disagreement: null,
    grade: null,
    passages: passages.map((passage, index) => ({
      documentTitle: `Doc ${passage.doc}`,
      highlight: {
        id: `h${next}-${index}` as HighlightId,
        documentId: passage.doc as DocumentId,
        start: 0,
        end: 4,
        quote: 'text',
        prefix: '',
        suffix: '',
        color: 'yellow',
        note: '',
        tags: passage.tags,
        status: 'anchored',
        createdAt: '2024-01-01T00:00:00Z',
        credibility: null,
        reliability: null,
      },
    })),
  };
}
