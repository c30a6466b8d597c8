/**
 * Reads a date as analysts type it and turns it into EDTF: "about March 2024", "c. 2024",
 * "March–May 2024", "before 22 April 2024", "since May 2024", "late 2023", "Q1 2024",
 * "2024-03..2024-05", "22 April 2024", "April 22, 2024", and EDTF itself. Every label Dossier
 * shows (event-date.ts) reads back to the same EDTF. What it cannot read gets a message with
 * forms that would work.
 */
import { MONTHS } from './calendar';
import { describe, readEdtf, type DatePoint, type DateResult } from './event-date';

export const DATE_INPUT_HINT =
  'Try 2024-03-05, 22 April 2024, March 2024, about March 2024, March–May 2024, before 22 April 2024, late 2023, Q1 2024 or EDTF such as 2024-03~.';

/** A point as typed, perhaps without the year or month a range's other end supplies ("March – May 2024"). */
type Partial = Omit<DatePoint, 'year'> & { year?: number };

const MONTH_NAMES = new Map<string, number>();
MONTHS.forEach((name, index) => {
  MONTH_NAMES.set(name.toLowerCase(), index + 1);
  MONTH_NAMES.set(name.slice(0, 3).toLowerCase(), index + 1);
});
MONTH_NAMES.set('sept', 9);

const PART_WORDS: Record<string, number> = {
  spring: 21,
  summer: 22,
  autumn: 23,
  fall: 23,
  winter: 24,
  q1: 33,
  q2: 34,
  q3: 35,
  q4: 36,
  early: 37,
  mid: 38,
  late: 39,
  h1: 40,
  h2: 41,
  'first quarter of': 33,
  'second quarter of': 34,
  'third quarter of': 35,
  'fourth quarter of': 36,
  'first half of': 40,
  'second half of': 41,
};
const PART_PATTERN = new RegExp(
  `^(${Object.keys(PART_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})[\\s-]*(\\d{4})$`,
);
const APPROXIMATE = /^(?:(?:about|around|approximately|approx\.?|roughly|circa|ca\.?|c\.)\s*|~)/;
const UNCERTAIN = /^(?:possibly|perhaps|probably|maybe|uncertain)\s+/;
const OPEN_START = /^(?:before|until|till|up to|by|no later than)\s+/;
const OPEN_END = /^(?:after|since|from|no earlier than)\s+(.+?)(?:\s+onwards?)?$/;

/** Reads what the analyst typed; the result's reading holds the EDTF to store and the label to show. */
export function readDateInput(input: string): DateResult {
  const text = input
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u2010-\u2012\u2212]/g, '-');
  if (!text) return { ok: false, message: `Write a date. ${DATE_INPUT_HINT}` };
  if (/^[\d\-~?%]*\.\.[\d\-~?%]*$/.test(text)) {
    const [from = '', to = ''] = text.split('..');
    return readEdtf(`${from || '..'}/${to || '..'}`);
  }
  if (/^[\d\-~?%/.X]+$/.test(text)) return readEdtf(text);
  const lower = text.toLowerCase();
  try {
    const open = OPEN_START.exec(lower);
    if (open) return describe({ kind: 'interval', from: null, to: complete(point(lower.slice(open[0].length))) });
    const since = OPEN_END.exec(lower);
    if (since?.[1] && !/\s(?:to|until|till)\s/.test(since[1])) {
      return describe({ kind: 'interval', from: complete(point(since[1])), to: null });
    }
    const range = splitRange(lower);
    if (range) {
      const to = complete(point(range[1]));
      const from = complete(borrow(point(range[0]), to));
      return describe({ kind: 'interval', from, to });
    }
    return describe({ kind: 'point', point: complete(point(lower)) });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

function splitRange(text: string): [string, string] | null {
  const between = /^(?:between|from)\s+(.+?)\s+(?:and|to|until|till|-|–|—)\s+(.+)$/.exec(text);
  if (between?.[1] && between[2]) return [between[1], between[2]];
  const parts = text.split(/\s*[–—]\s*|\s+-\s+|\s+to\s+|(?<=[a-z])-(?=[a-z])|(?<=\d)-(?=\d)/);
  if (parts.length === 2 && parts[0] && parts[1]) return [parts[0], parts[1]];
  if (parts.length > 2) throw new Error(`“${text}” has more than two ends. ${DATE_INPUT_HINT}`);
  return null;
}

function point(raw: string): Partial {
  let text = raw.trim();
  const qualifiers: Pick<DatePoint, 'approximate' | 'uncertain'> = {};
  for (let changed = true; changed;) {
    changed = false;
    const uncertain = UNCERTAIN.exec(text);
    if (uncertain) {
      qualifiers.uncertain = true;
      text = text.slice(uncertain[0].length);
      changed = true;
    }
    const approximate = APPROXIMATE.exec(text);
    if (approximate) {
      qualifiers.approximate = true;
      text = text.slice(approximate[0].length);
      changed = true;
    }
  }
  if (text.endsWith('?')) {
    qualifiers.uncertain = true;
    text = text.slice(0, -1).trim();
  }
  if (text.endsWith('~')) {
    qualifiers.approximate = true;
    text = text.slice(0, -1).trim();
  }
  return { ...body(text), ...qualifiers };
}

function body(text: string): Partial {
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (iso) return numbers(iso[1], iso[2], iso[3], text);
  const part = PART_PATTERN.exec(text);
  if (part?.[1] && part[2]) return { year: Number(part[2]), part: PART_WORDS[part[1]] };
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?)?$/.exec(text);
  if (dayFirst?.[1]) return named(dayFirst[2], dayFirst[1], dayFirst[3], text);
  const monthFirst = /^([a-z]+)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?$/.exec(text);
  if (monthFirst?.[1]) return named(monthFirst[1], monthFirst[2], monthFirst[3], text);
  throw new Error(`Dossier cannot read “${text}” as a date. ${DATE_INPUT_HINT}`);
}

function numbers(year: string | undefined, month: string | undefined, day: string | undefined, text: string): Partial {
  const result: Partial = { year: Number(year) };
  if (month !== undefined) result.month = Number(month);
  if (day !== undefined) result.day = Number(day);
  if (result.month !== undefined && (result.month < 1 || result.month > 12)) {
    throw new Error(`${text}: there is no month ${result.month}. Write months as 01–12, as in ${year}-03.`);
  }
  return result;
}

function named(
  monthWord: string | undefined,
  day: string | undefined,
  year: string | undefined,
  text: string,
): Partial {
  const month = monthWord === undefined ? undefined : MONTH_NAMES.get(monthWord);
  if (monthWord !== undefined && month === undefined)
    throw new Error(`Dossier cannot read “${text}” as a date. ${DATE_INPUT_HINT}`);
  const result: Partial = {};
  if (year !== undefined) result.year = Number(year);
  if (month !== undefined) result.month = month;
  if (day !== undefined) result.day = Number(day);
  return result;
}

/** The left end of a range takes the year (and month) it leaves out from the right end. */
function borrow(from: Partial, to: DatePoint): Partial {
  if (from.year !== undefined) return from;
  if (from.month === undefined && from.day !== undefined && to.month !== undefined) {
    return { ...from, year: to.year, month: to.month };
  }
  return { ...from, year: to.year };
}

function complete(value: Partial): DatePoint {
  if (value.year === undefined) {
    throw new Error(`Add the year: Dossier does not guess it. ${DATE_INPUT_HINT}`);
  }
  if (value.day !== undefined && value.month === undefined)
    throw new Error(`Add the month to the day ${value.day}. ${DATE_INPUT_HINT}`);
  return value as DatePoint;
}
