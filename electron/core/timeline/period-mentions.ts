/**
 * Periods chrono does not read: parts of a month ("the end of April", "mid-May 2024"), parts of a
 * year ("early 2024", "the end of the year"), quarters and halves ("Q1 2024", "the first quarter"),
 * "the first three months of the year", and a bare year after a preposition ("in 2024").
 *
 * EDTF conventions: a part of a month is an interval of days (beginning/early = 1–10, middle/mid =
 * 11–20, end/late = 21–last day: `2024-04-21/2024-04-30`); a part of a year is an EDTF third
 * (early `2024-37`, mid `2024-38`, late or end `2024-39`); quarters are `2024-33` … `2024-36`,
 * halves `2024-40`/`2024-41`; "first/last N months" is a month interval (`2024-01/2024-03`).
 */
import {
  calendarDay,
  dateSpan,
  daysInMonth,
  intervalSpan,
  monthSpan,
  partSpan,
  yearSpan,
  type Span,
} from './calendar-span';
import {
  COUNT,
  countedOffset,
  countValue,
  MONTH,
  monthNumber,
  YEAR,
  YEAR_PHRASE,
  yearTarget,
  type YearTarget,
} from './date-words';
import { mentionAt, type Mention, type MentionSpec } from './mention';

const PART_OF = String.raw`(?:(the\s+)?(?:very\s+)?(end|beginning|start|middle)\s+of\s+|(early|mid|late)(?:-|\s+))`;
const MONTH_PART = new RegExp(
  String.raw`\b${PART_OF}(${MONTH}|(?:the|this|last|next)\s+month\b)(?:,?\s+(${YEAR}))?`,
  'gi',
);
const YEAR_PART = new RegExp(String.raw`\b${PART_OF}(${YEAR_PHRASE})`, 'gi');
const QUARTER = new RegExp(
  String.raw`\b(?:(the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+(quarter|half)|(Q[1-4]|H[12]))\b(?:(?:\s+of)?\s+(${YEAR_PHRASE}))?`,
  'gi',
);
const FIRST_MONTHS = new RegExp(
  String.raw`\b(the\s+)?(first|last|final)\s+(${COUNT})\s+months\s+of\s+(${YEAR_PHRASE})`,
  'gi',
);
const BARE_YEAR = new RegExp(
  String.raw`\b(?:in|since|during|until|till|by|before|after|throughout|from|of|for)\s+(${YEAR})`,
  'gi',
);

type Part = 'early' | 'mid' | 'late';
const partOf = (word: string): Part => {
  const key = word.toLowerCase();
  return key === 'end' || key === 'late' ? 'late' : key === 'middle' || key === 'mid' ? 'mid' : 'early';
};

/** Days 1–10, 11–20 or 21–end of a month. */
function monthPartSpan(year: number, month: number, part: Part): Span | null {
  const last = daysInMonth(year, month);
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
  return intervalSpan(dateSpan(year, month, from), dateSpan(year, month, to));
}

/** The spec for a period of a year named by a year phrase ("2024", "the year", "last year"). */
function specFor(target: YearTarget, build: (year: number) => Span | null): MentionSpec | null {
  if (target.kind === 'yearless') return { kind: 'yearless', spanIn: build };
  if (target.kind === 'counted') {
    return { kind: 'relative', needs: 'year', spanFrom: (reference) => build(reference.year + target.offset) };
  }
  const span = build(target.year);
  return span && { kind: 'absolute', span };
}

function monthParts(text: string, found: Mention[]): void {
  for (const m of text.matchAll(MONTH_PART)) {
    const [whole, , partWord, earlyWord, monthWords = '', yearWord] = m;
    const part = partOf(partWord ?? earlyWord ?? '');
    const month = monthNumber(monthWords);
    let spec: MentionSpec | null;
    if (month !== null) {
      if (!/^[A-Z]/.test(monthWords)) continue;
      const build = (year: number) => monthPartSpan(year, month, part);
      spec = specFor(yearWord ? { kind: 'written', year: Number(yearWord) } : { kind: 'yearless' }, build);
    } else {
      const offset = countedOffset(monthWords);
      spec = {
        kind: 'relative',
        needs: 'month',
        spanFrom: (reference) => {
          const { year, month: referenceMonth } = calendarDay(reference.first);
          const count = year * 12 + referenceMonth - 1 + offset;
          return monthPartSpan(Math.floor(count / 12), (count % 12) + 1, part);
        },
      };
    }
    if (spec) found.push(mentionAt(text, m.index, m.index + whole.length, spec));
  }
}

function yearParts(text: string, found: Mention[]): void {
  for (const m of text.matchAll(YEAR_PART)) {
    const [whole, , partWord, earlyWord, yearWords = ''] = m;
    const code = { early: 37, mid: 38, late: 39 }[partOf(partWord ?? earlyWord ?? '')];
    const spec = specFor(yearTarget(yearWords), (year) => partSpan(year, code));
    if (spec) found.push(mentionAt(text, m.index, m.index + whole.length, spec));
  }
}

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

function quarters(text: string, found: Mention[]): void {
  for (const m of text.matchAll(QUARTER)) {
    const [whole, , ordinal, unit, short, yearWords] = m;
    let code: number | undefined;
    if (short) {
      if (!/^[QH]/.test(short) || !yearWords) continue;
      code = short[0] === 'Q' ? 32 + Number(short[1]) : 39 + Number(short[1]);
    } else {
      const key = (ordinal ?? '').toLowerCase();
      const isHalf = (unit ?? '').toLowerCase() === 'half';
      const index = key === 'final' || key === 'last' ? (yearWords ? (isHalf ? 2 : 4) : undefined) : ORDINALS[key];
      if (index === undefined || (isHalf && index > 2)) continue;
      // "the first half of the match": an "of" that names no year is not a date.
      if (!yearWords && /^\s+of\b/i.test(text.slice(m.index + whole.length))) continue;
      code = isHalf ? 39 + index : 32 + index;
    }
    const partCode = code;
    const target: YearTarget = yearWords ? yearTarget(yearWords) : { kind: 'yearless' };
    const spec = specFor(target, (year) => partSpan(year, partCode));
    if (spec) found.push(mentionAt(text, m.index, m.index + whole.length, spec));
  }
}

function firstMonths(text: string, found: Mention[]): void {
  for (const m of text.matchAll(FIRST_MONTHS)) {
    const [whole, , side = '', count = '', yearWords = ''] = m;
    const n = countValue(count);
    if (n < 1 || n > 12) continue;
    const [from, to] = side.toLowerCase() === 'first' ? [1, n] : [13 - n, 12];
    const spec = specFor(yearTarget(yearWords), (year) => intervalSpan(monthSpan(year, from), monthSpan(year, to)));
    if (spec) found.push(mentionAt(text, m.index, m.index + whole.length, spec));
  }
}

/** Words that may follow a year that is a date ("in 2024 alone"); a plural noun ("in 2000 homes") means a count. */
const AFTER_YEAR_OK = new Set(['alone', 'was', 'is', 'has', 'as', 'this', 'its', 'us', 'his', 'hers', 'ours']);

function bareYears(text: string, found: Mention[]): void {
  for (const m of text.matchAll(BARE_YEAR)) {
    const [whole, year = ''] = m;
    const end = m.index + whole.length;
    const after = text.slice(end, end + 24);
    if (/^\s*[-–/]\s*\d/.test(after)) continue;
    const next = /^\s+([a-z]+s)\b/.exec(after)?.[1];
    if (next && !AFTER_YEAR_OK.has(next)) continue;
    const span = yearSpan(Number(year));
    if (span) found.push(mentionAt(text, end - year.length, end, { kind: 'absolute', span }));
  }
}

/** Every period mention in `text` (offsets into `text`), longest first where they overlap. */
export function periodMentions(text: string): Mention[] {
  const found: Mention[] = [];
  firstMonths(text, found);
  quarters(text, found);
  monthParts(text, found);
  yearParts(text, found);
  bareYears(text, found);
  return found;
}
