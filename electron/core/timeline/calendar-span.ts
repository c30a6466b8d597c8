/**
 * The stretch of calendar a date expression stands for, with the EDTF string that says it. Days are
 * counted as whole UTC days since 1970-01-01, so no arithmetic here ever depends on the machine's
 * time zone or clock.
 */
import { PART_MONTHS } from '../../contract';

/** A whole day: days since 1970-01-01 (UTC). */
export type DayNumber = number;

/** 'range' covers intervals and EDTF sub-year parts (quarters, thirds, halves). */
export type SpanPrecision = 'day' | 'month' | 'year' | 'range';

export interface Span {
  edtf: string;
  first: DayNumber;
  last: DayNumber;
  precision: SpanPrecision;
}

const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function calendarDay(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay` and chrono count. */
export function weekdayOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

/** The Monday of the (ISO) week the day falls in. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - ((weekdayOf(day) + 6) % 7);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const validYear = (year: number): boolean => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

export function daySpan(day: DayNumber): Span | null {
  const { year, month, day: date } = calendarDay(day);
  if (!validYear(year)) return null;
  return { edtf: `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`, first: day, last: day, precision: 'day' };
}

/** A calendar date as written; null when there is no such day (30 February). */
export function dateSpan(year: number, month: number, day: number): Span | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daySpan(dayNumber(year, month, day));
}

export function monthSpan(year: number, month: number): Span | null {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  if (!validYear(y)) return null;
  return {
    edtf: `${pad(y, 4)}-${pad(m, 2)}`,
    first: dayNumber(y, m, 1),
    last: dayNumber(y, m, daysInMonth(y, m)),
    precision: 'month',
  };
}

export function yearSpan(year: number): Span | null {
  if (!validYear(year)) return null;
  return { edtf: pad(year, 4), first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31), precision: 'year' };
}

/** An EDTF sub-year part such as `2024-33` (first quarter) or `2024-39` (late 2024). */
export function partSpan(year: number, code: number): Span | null {
  // Quarters, thirds and halves (33–41); seasons (21–24) are never proposed from the text.
  const months = code >= 33 ? PART_MONTHS[code] : undefined;
  if (!months || !validYear(year)) return null;
  return {
    edtf: `${pad(year, 4)}-${code}`,
    first: dayNumber(year, months[0], 1),
    last: dayNumber(year, months[1], daysInMonth(year, months[1])),
    precision: 'range',
  };
}

/** `from/to` as an EDTF interval; null when either end is missing or the ends are out of order. */
export function intervalSpan(from: Span | null, to: Span | null): Span | null {
  if (!from || !to || from.first > to.last) return null;
  if (from.edtf === to.edtf) return from;
  return { edtf: `${from.edtf}/${to.edtf}`, first: from.first, last: to.last, precision: 'range' };
}

/** The days `first` to `last` as an interval of days (one day when they are the same). */
export function dayRangeSpan(first: DayNumber, last: DayNumber): Span | null {
  return intervalSpan(daySpan(first), daySpan(last));
}
