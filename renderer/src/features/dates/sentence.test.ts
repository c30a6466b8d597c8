import { describe, expect, it } from 'vitest';
import { sentenceAround, titleFromSentence } from './sentence';

/** The sentence around the first occurrence of `date` in `text`. */
const around = (text: string, date: string): string => {
  const start = text.indexOf(date);
  if (start < 0) throw new Error(`${date} is not in the text`);
  const range = sentenceAround(text, { start, end: start + date.length });
  return text.slice(range.start, range.end);
};

describe('sentenceAround', () => {
  it('runs from the end of the sentence before to the end of its own', () => {
    const text = 'Talks stalled. In October 2023, the Council adopted Resolution 2699. It was renewed later.';
    expect(around(text, 'October 2023')).toBe('In October 2023, the Council adopted Resolution 2699.');
  });

  it('stops at line breaks and at the ends of the text', () => {
    const text = 'Headline with June 2024 in it\nThe body says 3 May 2024 without a full stop\nNext line.';
    expect(around(text, 'June 2024')).toBe('Headline with June 2024 in it');
    expect(around(text, '3 May 2024')).toBe('The body says 3 May 2024 without a full stop');
    expect(around('Only 2024', '2024')).toBe('Only 2024');
  });

  it('takes ! and ? as ends, and closing quotes with them', () => {
    const text = 'He asked “Was it May 2024?” Nobody knew! Then on 3 June 2024 it came.';
    expect(around(text, 'May 2024')).toBe('He asked “Was it May 2024?”');
    expect(around(text, '3 June 2024')).toBe('Then on 3 June 2024 it came.');
  });

  it('does not end a sentence at an abbreviation, an initial, a decimal or before a lower-case word', () => {
    const text =
      'Gangs spread. The resolution, led by the U.S. and Ecuador, extends the MSS until October 2025, giving police time.';
    expect(around(text, 'October 2025')).toBe(
      'The resolution, led by the U.S. and Ecuador, extends the MSS until October 2025, giving police time.',
    );
    expect(around('Prices rose 2.5 percent by Oct. 2, 2024 said Gen. Smith. Fine.', '2024')).toBe(
      'Prices rose 2.5 percent by Oct. 2, 2024 said Gen. Smith.',
    );
  });

  it('cuts a sentence with no end in sight at a space, and never narrower than the date', () => {
    const text = `${'word '.repeat(300)}in March 2024 ${'more '.repeat(300)}`;
    const start = text.indexOf('March 2024');
    const range = sentenceAround(text, { start, end: start + 10 });
    expect(range.start).toBeGreaterThan(0);
    expect(range.end).toBeLessThan(text.length);
    expect(text.slice(range.start, range.end)).toMatch(/^word .* more$/);
    expect(sentenceAround('. 2024 .', { start: 2, end: 6 })).toEqual({ start: 2, end: 8 });
  });
});

describe('titleFromSentence', () => {
  it('keeps a short sentence whole, without its full stop and extra spaces', () => {
    expect(titleFromSentence('  The Council   renewed the mission.  ')).toBe('The Council renewed the mission');
    expect(titleFromSentence('Was it renewed?')).toBe('Was it renewed?');
  });

  it('cuts a long sentence at a word, within 80 characters, with an ellipsis', () => {
    const sentence =
      'In October 2023, the United Nations Security Council adopted Resolution 2699, authorizing the deployment of a mission.';
    const title = titleFromSentence(sentence);
    expect(title).toBe('In October 2023, the United Nations Security Council adopted Resolution 2699…');
    expect(title.length).toBeLessThanOrEqual(80);
  });

  it('cuts a sentence without spaces hard, never inside a surrogate pair', () => {
    const title = titleFromSentence(`${'x'.repeat(78)}😀${'y'.repeat(20)}`);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title).toBe(`${'x'.repeat(78)}…`);
  });
});
