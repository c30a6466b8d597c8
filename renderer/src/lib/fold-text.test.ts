import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, fold, foldText } from './fold-text';

const find = (text: string, query: string) =>
  findAll(foldText(text), query).map(({ start, end }) => text.slice(start, end));

describe('fold-text', () => {
  it('matches regardless of case and accents', () => {
    expect(find('Le Président a parlé. le president reviendra.', 'PRESIDENT')).toEqual(['Président', 'president']);
    expect(find('Ça va, ça ira', 'ca')).toEqual(['Ça', 'ça']);
    // ł is a letter of its own, not l with a mark: it folds to itself.
    expect(find('Żółć', 'zołc')).toEqual(['Żółć']);
  });

  it('maps offsets back when folding shortens the text', () => {
    // "İ" lower-cases to two code units (i + combining dot); the mark is dropped.
    const text = 'İstanbul and Istanbul';
    expect(findAll(foldText(text), 'istanbul')).toEqual([
      { start: 0, end: 8 },
      { start: 13, end: 21 },
    ]);
  });

  it('keeps combining marks with the letter they sit on', () => {
    const text = 'cafe\u0301 and q\u0303uiz';
    expect(find(text, 'cafe')).toEqual(['cafe\u0301']);
    expect(find(text, 'q')).toEqual(['q\u0303']);
    expect(find(text, 'quiz')).toEqual(['q\u0303uiz']);
  });

  it('never cuts a surrogate pair, and finds text after emoji at the right offset', () => {
    const text = '🇭🇹 Haïti 👩🏽‍💻 haiti';
    const ranges = findAll(foldText(text), 'haiti');
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['Haïti', 'haiti']);
    expect(find(text, '🇹')).toEqual(['🇹']);
  });

  it('finds right-to-left text', () => {
    const text = 'قال الرئيس: السَّلامُ عليكم';
    expect(find(text, 'السلام')).toEqual(['السَّلامُ']);
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(find('abc', '')).toEqual([]);
    expect(find('abc', '\u0301')).toEqual([]);
    expect(findAll(foldText('aaaaaa'), 'a', 4)).toHaveLength(4);
    expect(find('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });

  it('every match covers original text that folds to the query', () => {
    const alphabet = fc.constantFrom('a', 'A', 'á', 'e\u0301', 'É', 'İ', 'ß', '😀', ' ', 'ب', '\u0301', 'o');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), fc.array(alphabet, { minLength: 1, maxLength: 3 }), (a, b) => {
        const text = a.join('');
        const query = b.join('');
        for (const { start, end } of findAll(foldText(text), query)) {
          expect(start).toBeLessThan(end);
          expect(fold(text.slice(start, end))).toContain(fold(query));
          const high = (i: number) => /[\uD800-\uDBFF]/.test(text[i - 1] ?? '');
          expect(high(start)).toBe(false);
          expect(high(end)).toBe(false);
        }
      }),
    );
  });
});
