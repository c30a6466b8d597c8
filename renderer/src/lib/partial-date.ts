/** Partial dates as the analyst types and reads them: "2023", "2023-10", "2023-10-02". */
import type { DatePrecision } from '../../../electron/contract';

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

export function formatPartialDate(date: string, precision: DatePrecision): string {
  const [year = date, month, day] = date.split('-');
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (precision === 'day' && day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (precision !== 'year' && monthName) return `${monthName} ${year}`;
  return year;
}
