/**
 * Case- and diacritic-insensitive matching that answers in offsets of the original text.
 *
 * Folding (lower case, NFD, combining marks removed) changes a string's length — "É" becomes
 * "e", "İ" becomes "i", a lone combining mark disappears — so the text is folded one code point
 * at a time, keeping for every folded character the range of the code point it came from. A
 * match in the folded text then maps back to whole code points of the original: never half a
 * surrogate pair, and never a base letter without the combining marks that follow it.
 */

export interface FoldedText {
  folded: string;
  /** For each folded UTF-16 unit: the original offset where its code point starts… */
  starts: number[];
  /** …and where that code point (with any marks after it that folded to nothing) ends. */
  ends: number[];
}

export interface FoundRange {
  start: number;
  end: number;
}

const MARKS = /\p{M}/gu;

/** Folds a string for comparison, without an offset map (for the query). */
export const fold = (text: string): string => text.toLowerCase().normalize('NFD').replace(MARKS, '');

export function foldText(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let lastStart = 0;
  let offset = 0;
  for (const codePoint of text) {
    const end = offset + codePoint.length;
    const piece = fold(codePoint);
    if (piece === '') {
      // A mark that folds away belongs to the character before it.
      for (let i = lastStart; i < ends.length; i++) ends[i] = end;
    } else {
      lastStart = folded.length;
      folded += piece;
      for (let i = 0; i < piece.length; i++) {
        starts.push(offset);
        ends.push(end);
      }
    }
    offset = end;
  }
  return { folded, starts, ends };
}

/** Every non-overlapping match of `query` in the folded text, in order, at most `limit` of them. */
export function findAll(text: FoldedText, query: string, limit = Infinity): FoundRange[] {
  const needle = fold(query);
  const found: FoundRange[] = [];
  if (needle === '') return found;
  let at = text.folded.indexOf(needle);
  while (at >= 0 && found.length < limit) {
    found.push({ start: text.starts[at] as number, end: text.ends[at + needle.length - 1] as number });
    at = text.folded.indexOf(needle, at + needle.length);
  }
  return found;
}
