/**
 * What a word is, for the index, the query and the matcher that marks hits in text alike: one
 * Unicode word scanner (`forEachWord`), and the diacritic folding every language's analysis
 * starts with (languages.ts).
 */
/** Longer runs (hashes, encoded data, unspaced scripts) are not words anyone searches for. */
export const MAX_WORD_LENGTH = 100;

const WORD_START = 1;
const WORD_PART = 2;
const KNOWN = 4;
/** Per UTF-16 unit: whether it can start a word (letter, digit) or continue one (also a combining mark). */
const unitClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();
const classOf = (char: string) =>
  KNOWN | (/^[\p{L}\p{N}]$/u.test(char) ? WORD_START | WORD_PART : /^\p{M}$/u.test(char) ? WORD_PART : 0);

function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) {
      let cls = astralClasses.get(point);
      if (cls === undefined) astralClasses.set(point, (cls = classOf(String.fromCodePoint(point))));
      return cls;
    }
  }
  return unitClasses[code] || (unitClasses[code] = classOf(String.fromCharCode(code)));
}

/**
 * Calls `visit(start, end)` for every word of `text`: a letter or digit, then letters, digits and
 * combining marks, as /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*\/gu finds them but without a match object
 * per word. Surrogate pairs stay whole. `visit` returns true to stop.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => boolean | void): void {
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const cls = classAt(text, i);
    if (start === -1) {
      if (cls & WORD_START) start = i;
    } else if (!(cls & WORD_PART)) {
      if (visit(start, i) === true) return;
      start = -1;
    }
    i += text.charCodeAt(i) >= 0xd800 && text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  if (start !== -1) visit(start, text.length);
}

export function splitWords(text: string): string[] {
  const words: string[] = [];
  forEachWord(text, (start, end) => void words.push(text.slice(start, end)));
  return words;
}

/**
 * Marks that decorate a letter: Latin, Greek and Cyrillic diacritics, Hebrew points, Arabic
 * harakat. Not the vowel signs of Indic scripts, which are letters in all but name.
 */
const DIACRITICS: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x0591, 0x05c7],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
const isDiacritic = (mark: string) => {
  const code = mark.charCodeAt(0);
  return DIACRITICS.some(([first, last]) => code >= first && code <= last);
};
const UNDECOMPOSABLE: Record<string, string> = Object.fromEntries(
  'ß:ss æ:ae œ:oe ø:o ł:l đ:d ð:d ı:i ħ:h'.split(' ').map((pair) => pair.split(':') as [string, string]),
);
/** Undecomposable letters, and the Arabic tatweel, which only stretches a word. */
const UNDECOMPOSABLE_RE = /[ßæœøłđðıħ\u0640]/g;
const NOT_PLAIN_ASCII = /[^ -~]/;

/** The breve that makes Cyrillic "й" of "и": a letter of its own, whose loss would blind the Russian stemmer. */
const SHORT_I = '\u0438';
const BREVE = '\u0306';

/** "António" → "antonio", "Łódź" → "lodz", "ещё" → "еще" but "й" stays (for lower-case input). */
export function foldDiacritics(word: string): string {
  if (!NOT_PLAIN_ASCII.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, (mark, at: number, all: string) =>
      isDiacritic(mark) && !(mark === BREVE && all.charAt(at - 1) === SHORT_I) ? '' : mark,
    )
    .replace(UNDECOMPOSABLE_RE, (c) => UNDECOMPOSABLE[c] ?? '')
    .normalize('NFC');
}
