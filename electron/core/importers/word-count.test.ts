/** The fast word count agrees with Intl.Segmenter's, and stays linear on long input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, segmenterCount } from './word-count';

// Letters, digits, marks, every kind of joiner, spaces, scripts with and without spaces, emoji.
const alphabet = [
  ...'aZé0987_.,:;\'’‘·-½²жΩ!?"()/@#%&+=—…“”ßﬁⅫªºʼ´`ǅꙮⒶʰعب٣한글中文日本語ไทยשלום',
  'e\u0301',
  '\u0301',
  '\u0345',
  '\u064E',
  '\u0903',
  '\u20DD',
  'क्षि',
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00A0',
  '\u00AD',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u202E',
  '\u2060',
  '\u2024',
  '\u2027',
  '\uFE13',
  '\u0589',
  '\u066C',
  '\u2044',
  '\u037E',
  '\uFF0E',
  '👍🏽',
  '🇫🇷',
];
const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((parts) => parts.join(''));

describe('countWords', () => {
  it('counts what Intl.Segmenter counts as word-like', () => {
    fc.assert(
      fc.property(texts, (text) => countWords(text) === segmenterCount(text)),
      { numRuns: 20_000 },
    );
  });

  it('agrees across the pieces it cuts a long text into', () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 300, maxLength: 600 }), (words) => {
        const text = words.join(' ');
        return countWords(text) === segmenterCount(text);
      }),
      { numRuns: 20 },
    );
  });

  it('counts a text without white space, cut mid-run, close to the segmenter', () => {
    const text = 'a'.repeat(5000) + '中文'.repeat(3000);
    expect(Math.abs(countWords(text) - segmenterCount(text))).toBeLessThanOrEqual(10);
    expect(countWords('👍'.repeat(3000))).toBe(0);
  });

  it('counts 5 MB of prose (minutes with the segmenter alone)', () => {
    const text = 'The harbour authority met on Monday, 3.5 hours late.\n'.repeat(100_000);
    expect(countWords(text)).toBe(900_000);
  });
});
