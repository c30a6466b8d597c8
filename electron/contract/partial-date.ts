/**
 * Partial dates ("2024", "2024-10", "2024-10-01") as analysts type, read and sort them. Pure
 * functions shared by core (validation, the brief) and the renderer (forms, the timeline).
 */
import type { DatePrecision } from './models';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The precision a typed date implies, or null while it is not a date yet. */
export function inferPrecision(date: string): DatePrecision | null {
  const value = date.trim();
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  return null;
}

/** Cuts a date down to its precision: ("2024-10-01", "month") → "2024-10". */
export function truncateDate(date: string, precision: DatePrecision): string {
  return date.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

export function isRealDate(date: string): boolean {
  if (date.length < 10) return true;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export function formatPartialDate(date: string, precision: DatePrecision): string {
  const [year, month, day] = truncateDate(date, precision).split('-');
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? date;
}
