/** Property tests for text-quote selectors over emoji, RTL, combining marks and normalized line ends. */
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { cleanText } from '../../contract';
import { anchor, anchorByQuote, describe, type TextSelector } from './selector';

const pieces = ['👍🏽', '👨‍👩‍👧‍👦', 'مرحبا', 'שלום', 'e\u0301', 'a', 'b', 'Z', ' ', '\n', '.', 'ü', '𝒳', '日本', '\r\n', '9'];
const piece = fc.constantFrom(...pieces);
const tricky = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => cleanText(parts.join('')));
const textAndRange = tricky.chain((text) =>
  fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })),
);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

suite('describe', () => {
  it('never splits a surrogate pair, quotes exactly text.slice(start, end), and anchors back to the same range', () => {
    fc.assert(
      fc.property(textAndRange, ([text, a, b]) => {
        const selector = describe(text, a, b);
        if (!selector) return;
        expect(splitsPair(text, selector.start)).toBe(false);
        expect(splitsPair(text, selector.end)).toBe(false);
        expect(selector.quote).toBe(text.slice(selector.start, selector.end));
        expect(selector.quote).toBe(selector.quote.trim());
        expect(text.slice(selector.start - selector.prefix.length, selector.start)).toBe(selector.prefix);
        expect(text.slice(selector.end, selector.end + selector.suffix.length)).toBe(selector.suffix);
        expect(anchor(text, selector)).toEqual({ start: selector.start, end: selector.end, confidence: 1 });
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a combining mark without its base', () => {
    const text = 'cafe\u0301 ok';
    expect(describe(text, 4, 6)?.quote).toBe('e\u0301');
    expect(describe(text, 0, 4)?.quote).toBe('cafe\u0301');
  });

  it('returns null for an empty or white-space-only range', () => {
    expect(describe('a  b', 1, 3)).toBeNull();
    expect(describe('abc', 2, 2)).toBeNull();
  });
});

suite('anchor', () => {
  it('re-anchors to the moved quote after text is inserted before it', () => {
    fc.assert(
      fc.property(tricky, tricky, tricky, tricky, (before, quoteText, after, inserted) => {
        const quote = `«${quoteText.trim() || 'q'}»`;
        const text = `${before}${quote}${after}`;
        const selector = describe(text, before.length, before.length + quote.length);
        if (!selector) throw new Error('quote not described');
        const changed = `${inserted}${text}`;
        const found = anchor(changed, selector);
        if (changed.slice(selector.start, selector.end) === selector.quote) {
          expect(found && changed.slice(found.start, found.end)).toBe(selector.quote);
          return;
        }
        const occurrences = changed.split(selector.quote).length - 1;
        if (occurrences === 1) {
          expect(found).toMatchObject({ start: inserted.length + selector.start, end: inserted.length + selector.end });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('follows a quote whose context identifies it among several occurrences', () => {
    const text = 'The port was closed on Monday. The airport was closed on Tuesday.';
    const selector = describe(text, text.indexOf('closed on Tuesday'), text.indexOf('closed on Tuesday') + 6);
    if (!selector) throw new Error('no selector');
    const changed = 'Update: ' + text;
    const found = anchor(changed, selector);
    expect(found?.start).toBe(changed.indexOf('closed on Tuesday'));
  });

  it('returns null rather than guess when the quote occurs twice with identical context', () => {
    const unit = 'xxxx Gangs closed the road again. yyyy ';
    const text = unit + unit;
    const start = text.indexOf('closed');
    const selector: TextSelector = { ...describe(text, start, start + 6)!, start: 0, end: 6 };
    expect(text.slice(0, 6)).not.toBe('closed');
    const same: TextSelector = { ...selector, prefix: 'Gangs ', suffix: ' the road' };
    expect(anchor(text, same)).toBeNull();
  });

  it('returns null when the quote is gone', () => {
    const selector = describe('Gangs closed the road.', 6, 12)!;
    expect(anchor('Gangs opened the road.', selector)).toBeNull();
  });

  it('by quote alone, ignores a stored position that now holds the same words in another passage', () => {
    const text = 'The port was closed on Monday. The airport was closed on Tuesday.';
    const at = text.lastIndexOf('closed');
    const selector = describe(text, at, at + 6);
    if (!selector) throw new Error('no selector');
    // Padding moves Monday's "closed" exactly onto the stored position of Tuesday's.
    const changed = 'p'.repeat(at - text.indexOf('closed')) + text;
    expect(anchor(changed, selector)).toEqual({ start: at, end: at + 6, confidence: 1 });
    expect(anchorByQuote(changed, selector)).toEqual({
      start: changed.lastIndexOf('closed'),
      end: changed.lastIndexOf('closed') + 6,
      confidence: 1,
    });
  });
});
