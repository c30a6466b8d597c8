/**
 * The reference date relative and year-less expressions are resolved against: the document's
 * published date (or one the caller gives), a partial date "2024", "2024-10" or "2024-10-01".
 *
 * A partial reference resolves only what its precision can answer. Every reference resolves
 * year-less dates ("on 30 September", "in June", "the end of April"); counting in years ("last
 * year") needs a year, counting in months ("last month", "this month") a month, and anything counted
 * in days or weeks ("on Monday", "yesterday", "last week", "two days ago") a full day. What the
 * reference cannot answer is reported as needing a reference, never guessed.
 */
import { isRealDate, PartialDate } from '../../contract';
import { calendarDay, dayNumber, daysInMonth, weekdayOf, type DayNumber } from './calendar-span';

export type ReferencePrecision = 'year' | 'month' | 'day';

export interface ReferenceDate {
  /** As given, e.g. "2024-10". */
  text: string;
  precision: ReferencePrecision;
  year: number;
  /** First and last day the reference may be. */
  first: DayNumber;
  last: DayNumber;
}

const RANK: Record<ReferencePrecision, number> = { year: 1, month: 2, day: 3 };

/** Whether the reference is precise enough for an expression counted in `needed` units. */
export const reaches = (reference: ReferenceDate | null, needed: ReferencePrecision): reference is ReferenceDate =>
  reference !== null && RANK[reference.precision] >= RANK[needed];

/** Reads a reference date; throws with what would work when it is not a real partial date. */
export function readReferenceDate(value: string): ReferenceDate {
  if (!PartialDate.safeParse(value).success || !isRealDate(value)) {
    throw new Error(`“${value}” is not a reference date: use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2024-10-02.`);
  }
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) {
    return { text: value, precision: 'year', year, first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  }
  if (day === undefined) {
    const last = dayNumber(year, month, daysInMonth(year, month));
    return { text: value, precision: 'month', year, first: dayNumber(year, month, 1), last };
  }
  const exact = dayNumber(year, month, day);
  return { text: value, precision: 'day', year, first: exact, last: exact };
}

/**
 * The day chrono counts from for this reference: the day itself, or a day inside the month or year
 * (what chrono derives from that placeholder day is only used at the reference's precision).
 */
export function chronoDay(reference: ReferenceDate): DayNumber {
  return reference.precision === 'day' ? reference.first : reference.first + 14;
}

/**
 * Five days that differ from each other in year, month, day of month and weekday: any day shares
 * one of these four with at most four of them, so one always differs from it in all four.
 */
const SENTINELS = [
  dayNumber(1971, 3, 17),
  dayNumber(1983, 8, 9),
  dayNumber(1990, 11, 26),
  dayNumber(1977, 6, 4),
  dayNumber(1965, 1, 22),
];

/**
 * A second day for chrono, differing from `day` in year, month, day of month and weekday: whatever
 * chrono reports differently for the two was taken from the day it was given, not from the text.
 */
export function sentinelDay(day: DayNumber): DayNumber {
  const given = calendarDay(day);
  const differs = (candidate: DayNumber): boolean => {
    const probe = calendarDay(candidate);
    return (
      probe.year !== given.year &&
      probe.month !== given.month &&
      probe.day !== given.day &&
      weekdayOf(candidate) !== weekdayOf(day)
    );
  };
  return SENTINELS.find(differs) ?? day - 4000;
}

/** The day chrono counts from when the document has no reference date (any fixed day would do). */
export const NO_REFERENCE_DAY = sentinelDay(dayNumber(1970, 1, 1));
