/**
 * The English words the date patterns are built from: month names, small numbers, years, and the
 * phrases that name a year ("2024", "the year", "this year", "last year").
 */

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A month name or its abbreviation (capitalised: "may" and "march" in lower case are verbs). */
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;

/** 1–12 for a month name or abbreviation, or null. */
export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return null;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(key));
  return index === -1 ? null : index + 1;
}

/** A year written in full, 1800–2099 (other four-digit numbers are rarely years in news text). */
export const YEAR = String.raw`(?:1[89]\d\d|20\d\d)(?![\d])`;

/** A year, or "the/this/last/next year". */
export const YEAR_PHRASE = String.raw`(?:${YEAR}|(?:the|this|last|next)\s+year\b)`;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** A small count: "a", "one" … "twelve", or 1–99 in digits. */
export const COUNT = String.raw`(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;

export function countValue(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** What a year phrase names: a written year, the reference's year ("the year"), or one counted from it. */
export type YearTarget = { kind: 'written'; year: number } | { kind: 'yearless' } | { kind: 'counted'; offset: number };

export function yearTarget(phrase: string): YearTarget {
  if (/^\d{4}$/.test(phrase)) return { kind: 'written', year: Number(phrase) };
  if (/^the\s/i.test(phrase)) return { kind: 'yearless' };
  return { kind: 'counted', offset: countedOffset(phrase) };
}

/** How many units "last …" (-1), "this …" or "the …" (0) and "next …" (+1) count from the reference. */
export function countedOffset(phrase: string): number {
  const first = phrase.trim().split(/\s+/)[0]?.toLowerCase();
  return first === 'last' ? -1 : first === 'next' ? 1 : 0;
}
