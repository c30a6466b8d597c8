/**
 * Date expressions found by chrono-node, turned into mentions.
 *
 * chrono fills every component it does not read in the text from the reference instant it is given
 * (today, when given none). It is never given today: each chunk is read against the reference (or
 * a fixed sentinel day when there is none), and each find again against a second sentinel that
 * differs from the first in year, month, day and weekday. A component chrono reports as certain and the
 * same in both readings was written in the text; anything else came from the reference. So "30
 * September" is year-less, "Monday" a weekday, "last month" counted from the reference, and only
 * what the text fixes is ever taken as absolute.
 */
import { casual, type ParsedComponents, type ParsedResult } from 'chrono-node';
import { calendarDay, dateSpan, intervalSpan, monthSpan, yearSpan, type DayNumber, type Span } from './calendar-span';
import { mentionAt, type Mention, type MentionSpec } from './mention';
import type { ReferencePrecision } from './reference-date';
import { weekdayModifier, weekdaySpec } from './relative-mentions';

type Point =
  | { kind: 'absolute'; span: Span }
  | { kind: 'yearless'; spanIn: (year: number) => Span | null }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'relative'; needs: ReferencePrecision; span: Span | null };

/** What one end of a chrono result says, given its two readings `r` (reference) and `s` (sentinel). */
function pointOf(r: ParsedComponents, s: ParsedComponents): Point | null {
  const written = (c: 'year' | 'month' | 'day') => r.isCertain(c) && s.isCertain(c) && r.get(c) === s.get(c);
  const [year, month, day] = [r.get('year') ?? 0, r.get('month') ?? 0, r.get('day') ?? 0];
  if (r.isCertain('weekday') && !r.isCertain('day') && !r.isCertain('month')) {
    return { kind: 'weekday', weekday: r.get('weekday') ?? 0 };
  }
  const [y, m, d] = [written('year'), written('month'), written('day')];
  const absolute = (span: Span | null): Point | null => span && { kind: 'absolute', span };
  if (y && m && d) return absolute(dateSpan(year, month, day));
  if (y && m && !r.isCertain('day')) return absolute(monthSpan(year, month));
  if (y && !r.isCertain('month') && !r.isCertain('day')) return absolute(yearSpan(year));
  if (!r.isCertain('year') && m && d) return { kind: 'yearless', spanIn: (at) => dateSpan(at, month, day) };
  if (!r.isCertain('year') && m && !r.isCertain('day'))
    return { kind: 'yearless', spanIn: (at) => monthSpan(at, month) };
  if (r.isCertain('day')) return { kind: 'relative', needs: 'day', span: dateSpan(year, month, day) };
  if (r.isCertain('month')) return { kind: 'relative', needs: 'month', span: monthSpan(year, month) };
  if (r.isCertain('year')) return { kind: 'relative', needs: 'year', span: yearSpan(year) };
  return null;
}

const yearOf = (span: Span): number => Number(span.edtf.slice(0, 4));

/** "1 to 3 March 2024", "June to September 2024", "March 5-7": both ends written, or year-less alike. */
function rangeSpec(from: Point, to: Point): MentionSpec | null {
  if (from.kind === 'absolute' && to.kind === 'absolute') {
    const span = intervalSpan(from.span, to.span);
    return span && { kind: 'absolute', span };
  }
  if (from.kind === 'yearless' && to.kind === 'absolute') {
    const year = yearOf(to.span);
    const start = from.spanIn(year);
    const span = intervalSpan(start && start.first > to.span.last ? from.spanIn(year - 1) : start, to.span);
    return span && { kind: 'absolute', span };
  }
  if (from.kind === 'absolute' && to.kind === 'yearless') {
    const year = yearOf(from.span);
    const end = to.spanIn(year);
    const span = intervalSpan(from.span, end && end.last < from.span.first ? to.spanIn(year + 1) : end);
    return span && { kind: 'absolute', span };
  }
  if (from.kind === 'yearless' && to.kind === 'yearless') {
    return {
      kind: 'yearless',
      spanIn: (year) => {
        const start = from.spanIn(year);
        const end = to.spanIn(year);
        return intervalSpan(start, start && end && end.last < start.first ? to.spanIn(year + 1) : end);
      },
    };
  }
  return null;
}

function pointSpec(point: Point, text: string): MentionSpec | ((forward: boolean) => MentionSpec) {
  switch (point.kind) {
    case 'absolute':
    case 'yearless':
      return point;
    case 'weekday':
      return weekdaySpec(point.weekday, weekdayModifier(text));
    case 'relative': {
      const { needs, span } = point;
      return { kind: 'relative', needs, spanFrom: () => span };
    }
  }
}

/** A duration ("for three months", "within 24 hours") is not a date. */
const DURATION = /^(?:for|within|over|during)\b/i;
const LEADING_PREPOSITION = /^(?:on|at)\s+/i;

function insideWebAddress(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from--;
  while (to < text.length && !/\s/.test(text[to] ?? ' ')) to++;
  return /:\/\/|^www\./i.test(text.slice(from, to));
}

function mentionOf(text: string, r: ParsedResult, s: ParsedResult): Mention | null {
  if (r.tags().has('casualReference/now')) return null;
  const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
  const core = r.text.slice(lead).replace(/[\s,.;:]+$/, '');
  const start = r.index + lead;
  const end = start + core.length;
  if (core.length === 0 || insideWebAddress(text, start, end)) return null;
  const from = pointOf(r.start, s.start);
  if (!from) return null;
  if (from.kind === 'relative' && DURATION.test(core)) return null;
  // "may" and "march" in lower case are verbs far more often than months.
  if (from.kind === 'yearless' && !r.start.isCertain('day') && /^[a-z]/.test(core)) return null;
  let spec: MentionSpec | ((forward: boolean) => MentionSpec) | null = pointSpec(from, core);
  if (r.end && s.end) {
    const to = pointOf(r.end, s.end);
    spec = to && rangeSpec(from, to);
  }
  return spec && mentionAt(text, start, end, spec);
}

/**
 * Noon of `day` in the machine's time zone. chrono mixes local and zoned arithmetic when given a
 * time zone ("last night" moved a day in UTC+14), so it gets a local instant and no zone, and reads
 * every relative expression in one consistent (local) calendar: the result depends on the day
 * given, not on where the machine is.
 */
function localNoon(day: DayNumber): Date {
  const { year, month, day: date } = calendarDay(day);
  return new Date(year, month - 1, date, 12);
}

/**
 * The mentions chrono finds in `text` (one chunk), counted from `day`; each find is read again on
 * its own from `sentinel` to tell what the text wrote from what chrono took from the day.
 */
export function chronoMentions(text: string, day: DayNumber, sentinel: DayNumber): Mention[] {
  const found: Mention[] = [];
  const check = localNoon(sentinel);
  for (const r of casual.parse(text, localNoon(day))) {
    const s = casual.parse(r.text, check).find((c) => c.index === 0 && c.text === r.text);
    const mention = s && mentionOf(text, r, s);
    if (mention) found.push(mention);
  }
  return found;
}
