/**
 * The sentence around a proposed date, for "Add to timeline": its bounds in the document text (from
 * the end of the sentence before, or the line's start, to the end of its own) and a short event
 * title made from it. A full stop ends a sentence only when a space and no lower-case word follow
 * and it does not close an abbreviation ("U.S. and", "Oct. 2", "2.5"), so a date in "led by the
 * U.S. and Ecuador, until October 2025" takes the whole sentence.
 */
import type { TextRange } from '../../store/reader-slice';

/** How far to look either way for a sentence's end before cutting at a space instead. */
const WINDOW = 600;
export const TITLE_LENGTH = 80;

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const ABBREVIATIONS = new Set([
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'st', 'jr', 'sr'],
  ...['no', 'vs', 'etc', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
]);
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** When the character at `i` ends a sentence, the offset just past it and its closing quotes; else -1. */
function sentenceEndAt(text: string, i: number): number {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return -1;
  let after = i + 1;
  while (after < text.length && CLOSERS.has(text[after] as string)) after++;
  if (after < text.length && !isSpace(text[after])) return -1;
  if (ch === '.') {
    const word = /\p{L}+$/u.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
    if (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) return -1;
  }
  let next = after;
  while (next < text.length && text[next] === ' ') next++;
  return /\p{Ll}/u.test(text[next] ?? '') ? -1 : after;
}

function sentenceStart(text: string, from: number): number {
  const limit = Math.max(0, from - WINDOW);
  for (let i = from - 1; i >= limit; i--) {
    if (text[i] === '\n') return i + 1;
    const end = sentenceEndAt(text, i);
    if (end !== -1 && end <= from) return end;
  }
  if (limit === 0) return 0;
  let cut = limit;
  while (cut < from && !isSpace(text[cut])) cut++;
  return cut < from ? cut : limit;
}

function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + WINDOW);
  for (let j = from; j < limit; j++) {
    if (text[j] === '\n') return j;
    const end = sentenceEndAt(text, j);
    if (end !== -1) return end;
  }
  if (limit === text.length) return limit;
  let cut = limit;
  while (cut > from && !isSpace(text[cut - 1])) cut--;
  return cut > from ? cut : limit;
}

/** The bounds of the sentence holding `[start, end)`, white space trimmed; never narrower than the range. */
export function sentenceAround(text: string, range: TextRange): TextRange {
  let start = sentenceStart(text, range.start);
  let end = sentenceEnd(text, range.end);
  while (start < range.start && isSpace(text[start])) start++;
  while (end > range.end && isSpace(text[end - 1])) end--;
  return { start, end };
}

/**
 * A title from a sentence: white space collapsed, no closing full stop, at most 80 characters,
 * cut at a word with an ellipsis when longer.
 */
export function titleFromSentence(sentence: string): string {
  const clean = sentence.replace(/\s+/g, ' ').trim();
  const whole = clean.replace(/[.,;:]+$/, '');
  if (whole.length <= TITLE_LENGTH) return whole;
  const room = clean.slice(0, TITLE_LENGTH - 1);
  const space = room.lastIndexOf(' ');
  let cut = space > TITLE_LENGTH / 4 ? room.slice(0, space) : room;
  // A hard cut must not leave half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s.,;:–—-]+$/, '')}…`;
}
