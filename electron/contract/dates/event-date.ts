/**
 * An event's date as EDTF (ISO 8601-2), read with the `edtf` package's grammar: a day, month or
 * year, a season, quarter, third or half of a year, each approximate (`~`), uncertain (`?`) or both
 * (`%`), and intervals between them with open ends (`../2024-05`, `2024-05/..`). Decades,
 * centuries, times, sets and unspecified digits are refused. A reading gives the canonical EDTF,
 * the label people read ("about March 2024") and the first and last day it may fall on, which is
 * what sorting, the `date:` filter and the axis use.
 */
import { parse, type EdtfDateNode } from 'edtf';
import { daysInMonth, isoDay, MONTHS } from './calendar';

/** One end of a date: a year with, optionally, a month (1–12) and day, or a sub-year code (21–41). */
export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
  /** EDTF sub-year grouping: 21–24 seasons, 33–36 quarters, 37–39 thirds, 40–41 halves. */
  part?: number;
  approximate?: boolean;
  uncertain?: boolean;
}

/** A date as points: one for a single date, two (either may be open: null) for an interval. */
export type DateValue =
  { kind: 'point'; point: DatePoint } | { kind: 'interval'; from: DatePoint | null; to: DatePoint | null };

export interface DateReading {
  edtf: string;
  label: string;
  /** First and last ISO day the date may fall on; null for an open end. */
  earliest: string | null;
  latest: string | null;
  /** A single day, drawn as a point rather than a bar. */
  day: boolean;
  /** The start or end is approximate or uncertain, drawn fading. */
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
}

export type DateResult = { ok: true; reading: DateReading } | { ok: false; message: string };

/** First and last month (13–14: of the next year) each EDTF sub-year code covers. */
export const PART_MONTHS: Readonly<Record<number, readonly [number, number]>> = {
  21: [3, 5],
  22: [6, 8],
  23: [9, 11],
  24: [12, 14],
  33: [1, 3],
  34: [4, 6],
  35: [7, 9],
  36: [10, 12],
  37: [1, 4],
  38: [5, 8],
  39: [9, 12],
  40: [1, 6],
  41: [7, 12],
};
const PART_LABELS: Record<number, string> = {
  21: 'spring',
  22: 'summer',
  23: 'autumn',
  24: 'winter',
  33: 'Q1',
  34: 'Q2',
  35: 'Q3',
  36: 'Q4',
  37: 'early',
  38: 'mid',
  39: 'late',
  40: 'first half of',
  41: 'second half of',
};

export const isKnownPart = (part: number): boolean => part in PART_MONTHS;

/** Reads an EDTF string; an error says what was wrong and what would work. */
export function readEdtf(input: string): DateResult {
  const text = input.trim();
  const known = readings.get(text);
  if (known) return known;
  const result = parseEdtf(text);
  if (result.ok) Object.freeze(result.reading);
  if (readings.size >= MAX_READINGS) readings.delete(readings.keys().next().value as string);
  readings.set(text, Object.freeze(result));
  return result;
}

/**
 * The grammar (nearley) takes ~0.1 ms a date; a timeline of 2,000 events is read on every list
 * and every render, so readings are kept by their text (results are never mutated by callers).
 */
const MAX_READINGS = 20_000;
const readings = new Map<string, DateResult>();

function parseEdtf(text: string): DateResult {
  const problem = diagnose(text);
  if (problem) return { ok: false, message: problem };
  let node;
  try {
    node = parse(text);
  } catch {
    return { ok: false, message: `“${text}” is not an EDTF date. ${EDTF_EXAMPLES}` };
  }
  try {
    const value: DateValue =
      node.type === 'Interval'
        ? { kind: 'interval', from: endPoint(node.values[0]), to: endPoint(node.values[1]) }
        : { kind: 'point', point: toPoint(node) };
    return describe(value);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** The reading of a date given as points (checked: real days, known parts, start before end). */
export function describe(value: DateValue): DateResult {
  const points = value.kind === 'point' ? [value.point] : [value.from, value.to];
  for (const point of points) {
    const problem = point && checkPoint(point);
    if (problem) return { ok: false, message: problem };
  }
  if (value.kind === 'point') {
    const [earliest, latest] = bounds(value.point);
    const fuzzy = Boolean(value.point.approximate || value.point.uncertain);
    return {
      ok: true,
      reading: {
        edtf: pointEdtf(value.point),
        label: pointLabel(value.point),
        earliest,
        latest,
        day: value.point.day !== undefined,
        fuzzyStart: fuzzy,
        fuzzyEnd: fuzzy,
      },
    };
  }
  // EDTF has no seasons or quarters inside an interval: such an end becomes its first or last month.
  const from = value.from && monthOfPart(value.from, 0);
  const to = value.to && monthOfPart(value.to, 1);
  if (!from && !to)
    return { ok: false, message: 'An interval needs at least one end, as in 2024-03/2024-05 or ../2024-05.' };
  const earliest = from ? bounds(from)[0] : null;
  const latest = to ? bounds(to)[1] : null;
  if (earliest && latest && latest < earliest) {
    return {
      ok: false,
      message: `${from && pointLabel(from)} comes after ${to && pointLabel(to)}: put the earlier date first.`,
    };
  }
  return {
    ok: true,
    reading: {
      edtf: `${from ? pointEdtf(from) : '..'}/${to ? pointEdtf(to) : '..'}`,
      label: intervalLabel(from, to),
      earliest,
      latest,
      day: false,
      fuzzyStart: Boolean(from?.approximate || from?.uncertain),
      fuzzyEnd: Boolean(to?.approximate || to?.uncertain),
    },
  };
}

export const EDTF_EXAMPLES =
  'EDTF looks like 2024-03-05, 2024-03, 2024, 2024-03~ (about), 2024-03? (uncertain), 2024-03/2024-05, ../2024-05 or 2024-05/...';

/** An interval's end: the grammar gives a node, or ±Infinity / null for an open or unknown end. */
const endPoint = (end: unknown): DatePoint | null =>
  typeof end === 'object' && end !== null ? toPoint(end as EdtfDateNode) : null;

function toPoint(node: EdtfDateNode): DatePoint {
  if (node.type === 'Decade' || node.type === 'Century')
    throw new Error('Decades and centuries are not used for events: write a year or an interval of years.');
  if (node.type === 'Set' || node.type === 'List')
    throw new Error('A list of dates is not one date: make one event for each.');
  if (node.unspecified)
    throw new Error('Unspecified digits (X) are not supported: write the range as an interval, as in 2020/2029.');
  if (node.values.length > 3) throw new Error('Times are not used for events: write the day, as in 2024-03-05.');
  const [year, second, day] = node.values as [number, number | undefined, number | undefined];
  const point: DatePoint = { year };
  if (node.type === 'Season') point.part = second;
  else if (second !== undefined) point.month = second + 1;
  if (day !== undefined) point.day = day;
  if (node.approximate) point.approximate = true;
  if (node.uncertain) point.uncertain = true;
  return point;
}

function checkPoint(point: DatePoint): string | null {
  if (!Number.isInteger(point.year) || point.year < 1 || point.year > 9999)
    return `Dossier reads years 0001 to 9999, not ${point.year}.`;
  if (point.part !== undefined && !isKnownPart(point.part)) {
    return `${point.year}-${point.part}: Dossier reads seasons (21–24), quarters (33–36), thirds (37–39) and halves (40–41) of a year.`;
  }
  if (point.month !== undefined && (point.month < 1 || point.month > 12)) return `there is no month ${point.month}`;
  if (point.month !== undefined && point.day !== undefined) {
    const last = daysInMonth(point.year, point.month);
    if (point.day < 1 || point.day > last)
      return `${MONTHS[point.month - 1]} ${point.year} has ${last} days, not ${point.day}.`;
  }
  return null;
}

/** Friendly messages for what the grammar would only call a syntax error: month 13, 30 February. */
function diagnose(text: string): string | null {
  if (!text) return 'Write a date, such as 2024-03-05, March 2024 or about 2024.';
  for (const part of text.split('/')) {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?[~?%]?$/.exec(part.trim());
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : undefined];
    if (day === undefined && month >= 21 && month <= 41) continue;
    if (month < 1 || month > 12)
      return `${part.trim()}: there is no month ${month}. Write months as 01–12, as in ${year}-03.`;
    const last = daysInMonth(year, month);
    if (day !== undefined && (day < 1 || day > last)) {
      return `${part.trim()}: ${MONTHS[month - 1]} ${year} has ${last} days.`;
    }
  }
  return null;
}

function bounds(point: DatePoint): [string, string] {
  const { year, month, day, part } = point;
  if (part !== undefined) {
    const [first, last] = PART_MONTHS[part] ?? [1, 12];
    const endYear = year + Math.floor((last - 1) / 12);
    const endMonth = ((last - 1) % 12) + 1;
    return [isoDay(year, first, 1), isoDay(endYear, endMonth, daysInMonth(endYear, endMonth))];
  }
  if (month === undefined) return [isoDay(year, 1, 1), isoDay(year, 12, 31)];
  if (day === undefined) return [isoDay(year, month, 1), isoDay(year, month, daysInMonth(year, month))];
  return [isoDay(year, month, day), isoDay(year, month, day)];
}

function monthOfPart(point: DatePoint, end: 0 | 1): DatePoint {
  if (point.part === undefined) return point;
  const months = PART_MONTHS[point.part] ?? [1, 12];
  const month = months[end];
  const whole: DatePoint = { ...point, year: point.year + Math.floor((month - 1) / 12), month: ((month - 1) % 12) + 1 };
  delete whole.part;
  return whole;
}

const pad = (value: number) => String(value).padStart(2, '0');

export function pointEdtf(point: DatePoint): string {
  let out = String(point.year).padStart(4, '0');
  if (point.part !== undefined) return `${out}-${point.part}`;
  if (point.month !== undefined) out += `-${pad(point.month)}`;
  if (point.day !== undefined) out += `-${pad(point.day)}`;
  if (point.approximate && point.uncertain) return `${out}%`;
  return out + (point.approximate ? '~' : point.uncertain ? '?' : '');
}

/** "22 April 2024", "March 2024", "2024", "Q1 2024", "late 2023", each qualified. */
export function pointLabel(point: DatePoint): string {
  const bare = bareLabel(point);
  if (point.approximate && point.uncertain) return `possibly about ${bare}`;
  if (point.approximate) return `about ${bare}`;
  if (point.uncertain) return `possibly ${bare}`;
  return bare;
}

function bareLabel({ year, month, day, part }: DatePoint): string {
  if (part !== undefined) return `${PART_LABELS[part] ?? part} ${year}`;
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  if (monthName && day !== undefined) return `${day} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return String(year);
}

function intervalLabel(from: DatePoint | null, to: DatePoint | null): string {
  if (!from && to) return `before ${pointLabel(to)}`;
  if (from && !to) return `since ${pointLabel(from)}`;
  if (!from || !to) return '';
  const qualified = from.approximate || from.uncertain || to.approximate || to.uncertain;
  if (!qualified && from.part === undefined && to.part === undefined && from.year === to.year) {
    if (from.month !== undefined && to.month !== undefined && from.day !== undefined && to.day !== undefined) {
      if (from.month === to.month) return `${from.day} – ${bareLabel(to)}`;
      return `${from.day} ${MONTHS[from.month - 1]} – ${bareLabel(to)}`;
    }
    if (from.month !== undefined && to.month !== undefined && from.day === undefined && to.day === undefined) {
      return `${MONTHS[from.month - 1]} – ${bareLabel(to)}`;
    }
  }
  return `${pointLabel(from)} – ${pointLabel(to)}`;
}
