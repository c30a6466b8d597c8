/** The code point ↔ UTF-16 conversion, against a brute-force oracle (Array.from splits by code point). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionConverter } from './code-points';

describe('positionConverter', () => {
  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'a😀b🇭🇹c';
    const convert = positionConverter(text);
    expect(convert.codePointLength).toBe(Array.from(text).length);
    expect([0, 1, 3, 4, 6, 8, 9].map((u) => convert.toCodePoints(u))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => convert.toUtf16(c))).toEqual([0, 1, 3, 4, 6, 8, 9]);
    // Inside a pair: the position before the pair.
    expect(convert.toCodePoints(2)).toBe(1);
  });

  it('is the identity on text without astral characters', () => {
    const convert = positionConverter('héllo\u0301 wörld');
    expect(convert.toCodePoints(7)).toBe(7);
    expect(convert.toUtf16(7)).toBe(7);
  });

  it('agrees with slicing by code points, both ways, on any text', () => {
    const texts = fc
      .array(fc.constantFrom('a', ' ', 'é', '\u0301', '😀', '𝄞', 'ب', '\n'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, fc.nat(60), (text, rawCp) => {
        const points = Array.from(text);
        const cp = rawCp % (points.length + 1);
        const convert = positionConverter(text);
        const utf16 = points.slice(0, cp).join('').length;
        expect(convert.toUtf16(cp)).toBe(utf16);
        expect(convert.toCodePoints(utf16)).toBe(cp);
      }),
    );
  });
});
