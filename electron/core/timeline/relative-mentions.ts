/**
 * Expressions counted from a day: from the reference date ("on Monday", "last week", "this
 * weekend") or from the previous date in the text ("a day later", "the next day", "two weeks
 * earlier", "the following week"). chrono reads some of these against the reference only; these
 * patterns take precedence over it.
 *
 * Conventions: a weekday is the most recent one on or before the reference ("last Monday": before
 * it), or with a forward cue the next on or after it ("next Monday": after it). A week is Monday to
 * Sunday as an interval of days ("last week" with reference Wednesday 2024-10-02 is
 * `2024-09-23/2024-09-29`; "the past week" is the seven days up to the reference). "N months later"
 * gives a month, "N years later" a year; days and weeks need a previous date written to the day.
 */
import {
  calendarDay,
  dayRangeSpan,
  daySpan,
  monthSpan,
  mondayOf,
  weekdayOf,
  yearSpan,
  type DayNumber,
  type Span,
} from './calendar-span';
import { COUNT, countValue } from './date-words';
import { mentionAt, type Mention, type MentionSpec } from './mention';

export type WeekdayModifier = 'last' | 'next' | null;

/** "last Monday" counts strictly before the reference, "next Monday" strictly after. */
export function weekdayModifier(text: string): WeekdayModifier {
  if (/^(?:last|past|previous)\b/i.test(text)) return 'last';
  if (/^(?:next|coming|this\s+coming)\b/i.test(text)) return 'next';
  return null;
}

/** The day a weekday (0 = Sunday) names, seen from the reference day. */
export function weekdayFrom(
  reference: DayNumber,
  weekday: number,
  modifier: WeekdayModifier,
  forward: boolean,
): DayNumber {
  if (modifier === 'next' || (forward && modifier !== 'last')) {
    const ahead = (weekday - weekdayOf(reference) + 7) % 7;
    return reference + (ahead === 0 && modifier === 'next' ? 7 : ahead);
  }
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  return reference - (back === 0 && modifier === 'last' ? 7 : back);
}

export function weekdaySpec(weekday: number, modifier: WeekdayModifier): (forward: boolean) => MentionSpec {
  return (forward) => ({
    kind: 'relative',
    needs: 'day',
    spanFrom: (reference) => daySpan(weekdayFrom(reference.first, weekday, modifier, forward)),
  });
}

const WEEK = /\b(?:(?:the\s+)?past|the\s+last|last|(?:earlier|later)\s+this|this|next|(?:the\s+)?coming)\s+week\b/gi;
const WEEKEND = /\b(?:(?:this|last|next|past)\s+)?weekend\b/gi;

function weekSpan(reference: DayNumber, phrase: string): Span | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:the )?past|^the last/.test(key)) return dayRangeSpan(reference - 6, reference);
  const monday = mondayOf(reference);
  const offset = key.startsWith('last') ? -7 : /^(?:next|(?:the )?coming)/.test(key) ? 7 : 0;
  return dayRangeSpan(monday + offset, monday + offset + 6);
}

function weeks(text: string, found: Mention[]): void {
  for (const m of text.matchAll(WEEK)) {
    const phrase = m[0];
    const spec: MentionSpec = { kind: 'relative', needs: 'day', spanFrom: (r) => weekSpan(r.first, phrase) };
    found.push(mentionAt(text, m.index, m.index + phrase.length, spec));
  }
  for (const m of text.matchAll(WEEKEND)) {
    const modifier = weekdayModifier(m[0]);
    const spec = (forward: boolean): MentionSpec => ({
      kind: 'relative',
      needs: 'day',
      spanFrom: (reference) => {
        const saturday = weekdayFrom(reference.first, 6, modifier, forward);
        return dayRangeSpan(saturday, saturday + 1);
      },
    });
    found.push(mentionAt(text, m.index, m.index + m[0].length, spec));
  }
}

type Unit = 'day' | 'week' | 'month' | 'year';

/** `count` units after (or, negative, before) a previous date; null when that date is too coarse. */
function shiftBy(previous: Span, count: number, unit: Unit): Span | null {
  if (unit === 'day' || unit === 'week') {
    return previous.precision === 'day' ? daySpan(previous.first + count * (unit === 'week' ? 7 : 1)) : null;
  }
  if (previous.precision === 'range') return null;
  const { year, month } = calendarDay(previous.first);
  if (unit === 'year') return yearSpan(year + count);
  return previous.precision === 'year' ? null : monthSpan(year, month + count);
}

const COUNTED = new RegExp(
  String.raw`\b(${COUNT})\s+(day|week|month|year)s?\s+(later|earlier|afterwards?|after\s+that|before\s+that)\b`,
  'gi',
);
const THE_NEXT =
  /\bthe\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)\b/gi;
const DAY_BEFORE = /\bthe\s+day\s+(before|after)\b(?=\s*(?:[,.;:)!?]|$|that\b))/gi;
const SAME_DAY = /\b(?:the|that)\s+same\s+day\b/gi;

function afterPrevious(text: string, found: Mention[]): void {
  const add = (index: number, length: number, shift: (previous: Span) => Span | null) =>
    found.push(mentionAt(text, index, index + length, { kind: 'afterPrevious', shift }));
  for (const m of text.matchAll(COUNTED)) {
    const sign = /^(?:earlier|before)/i.test(m[3] ?? '') ? -1 : 1;
    const count = sign * countValue(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase() as Unit;
    add(m.index, m[0].length, (previous) => shiftBy(previous, count, unit));
  }
  for (const m of text.matchAll(THE_NEXT)) {
    const sign = /^(?:previous|preceding)$/i.test(m[1] ?? '') ? -1 : 1;
    const word = (m[2] ?? '').toLowerCase();
    if (word === 'week') {
      add(m.index, m[0].length, (previous) =>
        previous.precision === 'day'
          ? dayRangeSpan(mondayOf(previous.first) + sign * 7, mondayOf(previous.first) + sign * 7 + 6)
          : null,
      );
    } else {
      const unit: Unit = word === 'month' || word === 'year' ? word : 'day';
      add(m.index, m[0].length, (previous) => shiftBy(previous, sign, unit));
    }
  }
  for (const m of text.matchAll(DAY_BEFORE)) {
    const sign = (m[1] ?? '').toLowerCase() === 'before' ? -1 : 1;
    add(m.index, m[0].length, (previous) => shiftBy(previous, sign, 'day'));
  }
  for (const m of text.matchAll(SAME_DAY)) add(m.index, m[0].length, (previous) => shiftBy(previous, 0, 'day'));
}

/** Every relative mention in `text` (offsets into `text`). */
export function relativeMentions(text: string): Mention[] {
  const found: Mention[] = [];
  afterPrevious(text, found);
  weeks(text, found);
  return found;
}
