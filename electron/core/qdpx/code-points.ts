/**
 * REFI-QDA counts text positions in Unicode code points; Dossier stores UTF-16 code units (what
 * JavaScript strings index). The two differ by one for every astral character (emoji, many CJK
 * extension ideographs) before the position, so each text gets a converter over where those are.
 */

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export interface PositionConverter {
  /** Code points in the text (its length as REFI-QDA counts it). */
  readonly codePointLength: number;
  /** The code point position of a UTF-16 offset; an offset inside a surrogate pair counts as before the pair. */
  toCodePoints(utf16: number): number;
  /** The UTF-16 offset of a code point position (0 ≤ position ≤ codePointLength). */
  toUtf16(codePoints: number): number;
}

export function positionConverter(text: string): PositionConverter {
  // UTF-16 offsets of the second unit of each surrogate pair, ascending: each is one unit REFI-QDA does not count.
  const extra: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) extra.push(i++);
  }
  /** How many k have at(k) < value, for an `at` that rises with k. */
  const countBelow = (at: (k: number) => number, value: number) => {
    let low = 0;
    let high = extra.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (at(mid) < value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const unitAt = (k: number) => extra[k] as number;
  return {
    codePointLength: text.length - extra.length,
    toCodePoints: (utf16) => {
      const offset = Math.max(0, Math.min(utf16, text.length));
      const below = countBelow(unitAt, offset);
      return offset - below - (extra[below] === offset ? 1 : 0);
    },
    toUtf16: (codePoints) => {
      // The pair ending at extra[k] is the code point at position extra[k] - 1 - k; each one before the position adds a unit.
      const position = Math.max(0, codePoints);
      return position + countBelow((k) => unitAt(k) - 1 - k, position);
    },
  };
}
