/**
 * Timeline events as the axis draws them: instants for their first and last possible day, whether
 * the date is one day (a point) or longer (a bar), which ends fade (approximate or uncertain) and
 * which are open (an arrow). Read once per event list, in date order.
 */
import type { TimelineEvent } from '../../../../../electron/contract';
import { DAY_MS } from './axis-domain';

export interface AxisEvent {
  event: TimelineEvent;
  /** Start of the earliest day (UTC ms); null for an open start ("before May 2024"). */
  start: number | null;
  /** End of the latest day (start of the next day); null for an open end ("since May 2024"). */
  end: number | null;
  day: boolean;
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
  /** Where the event sorts: its start, else its end. */
  key: number;
}

const dayStart = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/**
 * Which ends of a stored EDTF date are approximate or uncertain. The date is already canonical (the
 * core wrote it through readEdtf), so its qualifiers are enough: reading it again with the grammar
 * would cost ~0.2 ms an event, 400 ms for 2,000.
 */
const QUALIFIER = /[~?%]/;
export function fuzzyEnds(edtf: string): { fuzzyStart: boolean; fuzzyEnd: boolean } {
  const slash = edtf.indexOf('/');
  if (slash === -1) {
    const fuzzy = QUALIFIER.test(edtf);
    return { fuzzyStart: fuzzy, fuzzyEnd: fuzzy };
  }
  return { fuzzyStart: QUALIFIER.test(edtf.slice(0, slash)), fuzzyEnd: QUALIFIER.test(edtf.slice(slash + 1)) };
}

export function toAxisEvent(event: TimelineEvent): AxisEvent | null {
  const start = event.earliest === null ? null : dayStart(event.earliest);
  const end = event.latest === null ? null : dayStart(event.latest) + DAY_MS;
  const key = start ?? end;
  if (key === null || Number.isNaN(key)) return null;
  // One day, not an interval that happens to start and end on it.
  const day = event.earliest !== null && event.earliest === event.latest && !event.date.includes('/');
  return { event, start, end, day, ...fuzzyEnds(event.date), key };
}

/** The events the axis can place (those with at least one known end), in date order. */
export function toAxisEvents(events: readonly TimelineEvent[]): AxisEvent[] {
  const placed: AxisEvent[] = [];
  for (const event of events) {
    const axisEvent = toAxisEvent(event);
    if (axisEvent) placed.push(axisEvent);
  }
  return placed.sort(
    (a, b) => a.key - b.key || (a.end ?? a.key) - (b.end ?? b.key) || a.event.title.localeCompare(b.event.title),
  );
}

/** How the mark's fill fades: at its start, its end, both or neither. */
export function fuzzyOf(axisEvent: AxisEvent): 'start' | 'end' | 'both' | null {
  if (axisEvent.fuzzyStart && axisEvent.fuzzyEnd) return 'both';
  if (axisEvent.fuzzyStart) return 'start';
  if (axisEvent.fuzzyEnd) return 'end';
  return null;
}
