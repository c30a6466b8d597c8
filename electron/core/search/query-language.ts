/**
 * The search box's query language (documented for users in contract/search.ts `searchSyntax`),
 * read into clauses that the index and the text matcher both understand. Mistakes are explained,
 * never guessed at: a wrong filter value or date is an `invalid_query` failure saying what to
 * write instead; a recoverable slip (an unclosed quote, a `*` inside a word) becomes a notice.
 *
 * A bare token holding several words ("gang-related", "o'brien", "foo:bar") gives one clause per
 * word, as the index splits them; an excluded one ("-gang-related") is an excluded phrase, so it
 * leaves out only that compound, not every text with "related" in it.
 */
import { HighlightColor } from '../../contract';
import { DossierFailure } from '../errors';
import { addGradeFilter, EMPTY_GRADE, type GradeFilters } from './grade-filter';
import { splitWords } from './words';

export interface TermClause {
  text: string;
  kind: 'word' | 'prefix' | 'fuzzy';
  editDistance: number;
  field: 'title' | 'source' | null;
  presence: 'optional' | 'required' | 'excluded';
}

export interface PhraseClause {
  words: string[];
  field: 'title' | 'source' | null;
  excluded: boolean;
}

/** `tag:name` takes the tag and every tag under it in the codebook; `tag:=name` that tag alone. */
export interface TagFilter {
  name: string;
  exact: boolean;
}

export interface QueryFilters extends GradeFilters {
  tags: TagFilter[];
  docs: string[];
  colors: HighlightColor[];
  /** Inclusive day bounds, YYYY-MM-DD; null for an open end. */
  date: { from: string | null; to: string | null } | null;
}

export interface ParsedQuery {
  terms: TermClause[];
  phrases: PhraseClause[];
  filters: QueryFilters;
  notices: string[];
}

/** Terms, phrases and filter values together; more would only slow the search down. */
export const MAX_CLAUSES = 32;

type FieldName = 'title' | 'source' | 'tag' | 'doc' | 'color' | 'date' | 'grade' | 'reliability' | 'credibility';
type FilterName = Exclude<FieldName, 'title' | 'source'>;
const FIELD_NAMES = new Map<string, FieldName>([
  ['title', 'title'],
  ['source', 'source'],
  ['tag', 'tag'],
  ['doc', 'doc'],
  ['color', 'color'],
  ['colour', 'color'],
  ['date', 'date'],
  ['grade', 'grade'],
  ['reliability', 'reliability'],
  ['credibility', 'credibility'],
]);
const OPENING_QUOTES = '"“”„«';
const CLOSING_QUOTES = '"“”»';
const SPACE = /\s/;
const COLORS: readonly string[] = HighlightColor.options;

interface Piece {
  modifier: '-' | '+' | null;
  field: FieldName | null;
  value: string;
  quoted: boolean;
  /** `tag:=name`: exactly that tag. */
  exact: boolean;
}

const fail = (message: string) => new DossierFailure('invalid_query', message);

export function parseQuery(raw: string): ParsedQuery {
  const parsed: ParsedQuery = {
    terms: [],
    phrases: [],
    filters: { tags: [], docs: [], colors: [], date: null, reliability: [], credibility: [] },
    notices: [],
  };
  let clauses = 0;
  /** Counts one more clause; false, with a notice, once the query has all it may (parsing then stops). */
  const room = (): boolean => {
    if (clauses === MAX_CLAUSES) {
      parsed.notices.push(`Only the first ${MAX_CLAUSES} parts of the search were used; the rest was left out.`);
      return false;
    }
    clauses++;
    return true;
  };
  for (const piece of scan(raw, parsed.notices)) {
    const { field } = piece;
    const ok =
      field !== null && field !== 'title' && field !== 'source'
        ? addFilter(piece, field, parsed.filters, room)
        : piece.quoted
          ? addPhrase(piece, field, parsed, room)
          : addTerms(piece, field, parsed, room);
    if (!ok) break;
  }
  return parsed;
}

function scan(raw: string, notices: string[]): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < raw.length) {
    if (SPACE.test(raw[i]!)) {
      i++;
      continue;
    }
    let modifier: Piece['modifier'] = null;
    if (raw[i] === '-' || raw[i] === '+') modifier = raw[i++] as '-' | '+';
    let field: FieldName | null = null;
    const prefix = /^([A-Za-z]+):/.exec(raw.slice(i, i + 13));
    const known = prefix ? FIELD_NAMES.get(prefix[1]!.toLowerCase()) : undefined;
    if (prefix && known) {
      field = known;
      i += prefix[0].length;
    }
    const exact = field === 'tag' && raw[i] === '=';
    if (exact) i++;
    if (i < raw.length && OPENING_QUOTES.includes(raw[i]!)) {
      let close = i + 1;
      while (close < raw.length && !CLOSING_QUOTES.includes(raw[close]!)) close++;
      if (close >= raw.length) {
        notices.push(`A quote mark was not closed, so “${raw.slice(i + 1).trim()}” was searched as a phrase.`);
      }
      pieces.push({ modifier, field, value: raw.slice(i + 1, close), quoted: true, exact });
      i = close + 1;
    } else {
      let end = i;
      while (end < raw.length && !SPACE.test(raw[end]!)) end++;
      pieces.push({ modifier, field, value: raw.slice(i, end), quoted: false, exact });
      i = end;
    }
  }
  return pieces;
}

function addFilter(piece: Piece, name: FilterName, filters: QueryFilters, room: () => boolean): boolean {
  if (piece.modifier === '-') {
    throw fail(`${name}: narrows the results and cannot be left out with “-”: remove the “-” before ${name}:.`);
  }
  const value = piece.value.trim().replace(/\s+/g, ' ');
  if (!value) throw fail(EMPTY_FILTER[name]);
  if (!room()) return false;
  if (name === 'tag') {
    const same = (t: TagFilter) => t.exact === piece.exact && t.name.toLowerCase() === value.toLowerCase();
    if (!filters.tags.some(same)) filters.tags.push({ name: value, exact: piece.exact });
  } else if (name === 'grade' || name === 'reliability' || name === 'credibility') {
    addGradeFilter(name, value, filters);
  } else if (name === 'doc') {
    filters.docs.push(value);
  } else if (name === 'color') {
    const color = value.toLowerCase();
    if (!COLORS.includes(color)) {
      throw fail(`There is no highlight colour “${value}”. Use one of ${COLORS.join(', ')}, as in color:pink.`);
    }
    if (!filters.colors.includes(color as HighlightColor)) filters.colors.push(color as HighlightColor);
  } else {
    if (filters.date) throw fail('Use one date: filter; for a span write a range such as date:2023-10..2024-06.');
    filters.date = parseDateFilter(value);
  }
  return true;
}

const EMPTY_FILTER: Record<FilterName, string> = {
  ...EMPTY_GRADE,
  tag:
    'Write the tag right after tag:, with no space, as in tag:funding (quote a name with spaces: tag:"gang violence"; ' +
    'tag:=funding leaves out its sub-tags).',
  doc: 'Write a word of the document title right after doc:, with no space, as in doc:kenya.',
  color: `Write a colour right after color:, with no space: ${COLORS.join(', ')}.`,
  date: 'Write a date right after date:, with no space, as in date:2024-06 or date:2023-10..2024-06.',
};

function addPhrase(piece: Piece, field: 'title' | 'source' | null, parsed: ParsedQuery, room: () => boolean): boolean {
  const words = splitWords(piece.value);
  if (words.length === 0) return true;
  if (!room()) return false;
  parsed.phrases.push({ words, field, excluded: piece.modifier === '-' });
  return true;
}

const LONE: Record<string, string> = {
  '-': 'A “-” leaves out the word right after it, as in haiti -kenya; on its own it does not search for anything.',
  '+': 'A “+” requires the word right after it, as in +haiti; on its own it does not search for anything.',
  '*': 'A “*” goes at the end of a word to find words that start with it, as in deploy*.',
  '~': 'A “~” goes right after a word to allow typos in it, as in guteres~1.',
};

function addTerms(piece: Piece, field: 'title' | 'source' | null, parsed: ParsedQuery, room: () => boolean): boolean {
  const { modifier, value } = piece;
  let kind: TermClause['kind'] = 'word';
  let editDistance = 0;
  let base = value;
  const fuzzy = /~(\d*)$/.exec(value);
  if (fuzzy) {
    base = value.slice(0, fuzzy.index);
    const asked = fuzzy[1] ? Number(fuzzy[1]) : 1;
    editDistance = Math.min(asked, 2);
    if (asked > 2) parsed.notices.push(`At most two typos are allowed, so “${value}” was searched as ~2.`);
    if (editDistance > 0) kind = 'fuzzy';
  } else if (value.endsWith('*')) {
    base = value.replace(/\*+$/, '');
    kind = 'prefix';
  }
  const words = splitWords(base);
  const last = words.at(-1);
  if (last === undefined) {
    if (field) throw fail(`Write a word right after ${field}:, with no space, as in ${field}:${FIELD_EXAMPLE[field]}.`);
    const operator = fuzzy ? '~' : kind === 'prefix' || value.includes('*') ? '*' : modifier;
    if (operator) throw fail(LONE[operator]!);
    return true;
  }
  if (/[*~]/.test(base)) {
    parsed.notices.push(
      `* works only at the end of a word (deploy*) and ~ only right after one (guteres~1), so “${value}” was searched as plain words.`,
    );
    kind = 'word';
  } else if (kind === 'prefix' && last.length < 2) {
    parsed.notices.push(`Give at least two letters before *; “${value}” was searched as a word.`);
    kind = 'word';
  } else if (kind === 'fuzzy' && last.length < 3) {
    parsed.notices.push(`“${last}” is too short to allow typos in; it was searched as written.`);
    kind = 'word';
  }
  if (kind !== 'fuzzy') editDistance = 0;
  if (words.length > 1 && modifier === '-') {
    if (!room()) return false;
    parsed.phrases.push({ words, field, excluded: true });
    return true;
  }
  const presence = modifier === '-' ? 'excluded' : modifier === '+' ? 'required' : 'optional';
  for (const [i, text] of words.entries()) {
    if (!room()) return false;
    const own = i === words.length - 1 ? kind : 'word';
    parsed.terms.push({ text, kind: own, editDistance: own === 'fuzzy' ? editDistance : 0, field, presence });
  }
  return true;
}

const FIELD_EXAMPLE = { title: 'police', source: 'reuters' };

const DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** `date:` value → inclusive day bounds: "2024-06" starts 2024-06-01 and ends 2024-06-30. */
export function parseDateFilter(value: string): { from: string | null; to: string | null } {
  const parts = value.split('..');
  const [a = '', b = ''] = parts;
  if (parts.length > 2 || (parts.length === 2 && !a && !b)) throw dateError(value);
  if (parts.length === 1) return { from: dayBound(a, 'start', value), to: dayBound(a, 'end', value) };
  const from = a ? dayBound(a, 'start', value) : null;
  const to = b ? dayBound(b, 'end', value) : null;
  if (from && to && from > to) {
    throw fail(`“date:${value}” ends before it starts: put the earlier date first, as in date:${b}..${a}.`);
  }
  return { from, to };
}

function dayBound(text: string, edge: 'start' | 'end', whole: string): string {
  const match = DATE.exec(text);
  if (!match) throw dateError(whole);
  const year = Number(match[1]);
  if (year < 1) throw dateError(whole);
  if (match[2] === undefined) return edge === 'start' ? `${match[1]}-01-01` : `${match[1]}-12-31`;
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw dateError(whole, `there is no month ${match[2]}`);
  const mm = String(month).padStart(2, '0');
  const last = daysIn(year, month);
  if (match[3] === undefined) return `${match[1]}-${mm}-${edge === 'start' ? '01' : String(last)}`;
  const day = Number(match[3]);
  if (day < 1 || day > last) throw dateError(whole, `${MONTHS[month - 1]} ${year} has ${last} days`);
  return `${match[1]}-${mm}-${String(day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dateError(value: string, why?: string): DossierFailure {
  return fail(
    `Dossier cannot read “date:${value}”${why ? ` (${why})` : ''}. Write a year, month or day such as ` +
      'date:2024, date:2024-06 or date:2024-06-03, or a range such as date:2023-10..2024-06 (either end may be left open).',
  );
}
