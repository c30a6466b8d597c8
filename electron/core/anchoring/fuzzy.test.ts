/** Re-anchoring in a new version: edited quotes found in their own context, never a guess elsewhere. */
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { cleanText } from '../../contract';
import { alignPinned, boundedDistance, WorkBudget } from './edit-distance';
import { anchorApproximately } from './fuzzy';
import { anchorInNewVersion, CELLS_PER_VERSION } from './new-version';
import { anchorByQuote, describe, snapEnd, snapStart, type TextSelector } from './selector';

const report =
  'Kenyan police arrived in Port-au-Prince on Tuesday. The first Kenyan police officers arrived in ' +
  'Port-au-Prince on 25 June 2024 to lead the mission. Gangs still control most of the capital, ' +
  'the report said, and the airport reopened only last month.';

function selectorOf(text: string, phrase: string): TextSelector {
  const start = text.indexOf(phrase);
  const selector = describe(text, start, start + phrase.length);
  if (start < 0 || !selector) throw new Error(`"${phrase}" is not in the text`);
  return selector;
}

const budget = () => new WorkBudget(CELLS_PER_VERSION);
const placedText = (text: string, found: { start: number; end: number } | null) =>
  found && text.slice(found.start, found.end);

suite('anchorApproximately', () => {
  const selector = selectorOf(report, 'first Kenyan police officers arrived in Port-au-Prince');

  it('finds a quote with a word changed inside it, in its own context, and says how alike it is', () => {
    const edited = report.replace('police officers arrived', 'police officials arrived');
    expect(anchorByQuote(edited, selector)).toBeNull();
    const found = anchorApproximately(edited, selector);
    expect(placedText(edited, found)).toBe('first Kenyan police officials arrived in Port-au-Prince');
    expect(found?.similarity).toBeCloseTo(1 - 3 / selector.quote.length);
    expect(found?.context).toBe(1);
  });

  it('finds a quote whose typo was fixed after the passage moved far down the document', () => {
    const old = report.replace('officers arrived', 'oficers arived');
    const typo = selectorOf(old, 'first Kenyan police oficers arived in Port-au-Prince');
    const fixed = 'Preface. '.repeat(500) + report;
    const found = anchorInNewVersion(fixed, typo, budget());
    expect(placedText(fixed, found)).toBe(selector.quote);
    expect(found?.start).toBe(fixed.indexOf(selector.quote));
  });

  it('gives null when the passage was deleted, or rewritten beyond 85% of its letters', () => {
    const deleted = report.replace(/The first Kenyan.*mission\. /, '');
    expect(anchorInNewVersion(deleted, selector, budget())).toBeNull();
    const rewritten = report.replace('first Kenyan police officers arrived', 'advance team of the mission landed');
    expect(anchorInNewVersion(rewritten, selector, budget())).toBeNull();
  });

  it('gives null when the quote is repeated and both copies were edited the same way', () => {
    const edited = report.replace('police officers arrived', 'police officials arrived');
    const twice = `${edited}\n\n${edited}`;
    expect(anchorApproximately(twice, selector)).toBeNull();
    // One copy edited differently no longer ties: the closer one wins.
    const other = report.replace('police officers arrived', 'police units arrived');
    const found = anchorApproximately(`${edited}\n\n${other}`, selector);
    expect(found?.start).toBe(edited.indexOf('first Kenyan'));
  });

  it('never moves a highlight to a like passage in another context', () => {
    const elsewhere =
      'Gangs still control most of the capital. Later, first Kenyan police officers arrived in ' +
      'Port-au-Prince, a spokesman confirmed to reporters at the airport terminal this week.';
    expect(anchorApproximately(elsewhere, selector)).toBeNull();
  });

  it('gives null rather than search on when its work budget runs out', () => {
    const edited = report.replace('police officers arrived', 'police officials arrived');
    expect(anchorApproximately(edited, selector, new WorkBudget(100))).toBeNull();
  });
});

suite('bounded edit distance', () => {
  it('agrees with the textbook distance when within bounds, and gives null beyond them', () => {
    const distance = (a: string, b: string): number => {
      let row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
          next[j] = Math.min(
            (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
            (row[j] ?? 0) + 1,
            (next[j - 1] ?? 0) + 1,
          );
        }
        row = next;
      }
      return row[b.length] ?? 0;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.nat({ max: 6 }), (a, b, max) => {
        const exact = distance(a, b);
        expect(boundedDistance(a, b, max, budget())).toBe(exact <= max ? exact : null);
      }),
      { numRuns: 500 },
    );
  });

  it('aligns backwards from a pinned end', () => {
    expect(alignPinned('police officers', 'the police oficers arrived', 18, -1, 2, budget())).toEqual({
      length: 14,
      edits: 1,
    });
  });
});

/** A deterministic document of about `size` characters of made-up words in sentences. */
function document(size: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'dor', 'pi', 'na', 'qu', 'est', 'ri', 'zon', 'bra'];
  let state = 11;
  // xorshift32: deterministic and well spread, unlike an LCG's low bits.
  const next = (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    let word = '';
    for (let i = 0, n = 1 + next(3); i < n; i++) word += syllables[next(syllables.length)];
    const part = next(12) === 0 ? `${word}. ` : `${word} `;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

suite('re-anchoring a 1 MB document', () => {
  it('places 200 highlights whose quotes were each edited, and prints how long it took', () => {
    const text = document(1_000_000);
    const highlights = Array.from({ length: 200 }, (_, n) => {
      const start = text.indexOf(' ', n * 4_900 + 100) + 1;
      const length = 30 + ((n * 37) % 270);
      const selector = describe(text, start, text.indexOf(' ', start + length));
      if (!selector) throw new Error('no selector');
      return selector;
    });
    // Each quote loses one letter in its middle word (a typo); a preface moves everything down.
    let changed = '';
    let from = 0;
    const expected: string[] = [];
    for (const h of highlights) {
      const middle = text.indexOf(' ', h.start + Math.floor(h.quote.length / 2)) - 2;
      changed += text.slice(from, middle) + text.slice(middle + 1, h.end);
      expected.push(text.slice(h.start, middle) + text.slice(middle + 1, h.end));
      from = h.end;
    }
    changed = 'A new preface. '.repeat(40) + changed + text.slice(from);
    const started = performance.now();
    const budget = new WorkBudget(CELLS_PER_VERSION);
    const placed = highlights.map((h) => placedText(changed, anchorInNewVersion(changed, h, budget)));
    const ms = Math.round(performance.now() - started);
    console.log(`re-anchoring: 200 edited quotes in ${changed.length} characters in ${ms} ms`);
    expect(placed).toEqual(expected);
    expect(ms).toBeLessThan(3_000);
  });
});

const pieces = ['👍🏽', 'مرحبا', 'e\u0301', 'a', 'b', 'Z', ' ', '\n', '.', 'ü', '𝒳', '日本', 'word', 'other'];
const tricky = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 80 })
  .map((parts) => cleanText(parts.join('')));
const textAndRange = tricky.chain((text) =>
  fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })),
);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

suite('re-anchoring properties', () => {
  it('gives the same offsets in an unchanged document, or null only when nothing tells copies apart', () => {
    fc.assert(
      fc.property(textAndRange, ([text, a, b]) => {
        const selector = describe(text, a, b);
        if (!selector) return;
        const found = anchorInNewVersion(text, selector, budget());
        if (found) expect([found.start, found.end]).toEqual([selector.start, selector.end]);
        else {
          // Not placed only when nothing tells two copies apart, or nothing surrounds the quote at all.
          const twice = text.indexOf(selector.quote, text.indexOf(selector.quote) + 1) !== -1;
          expect(twice || selector.prefix + selector.suffix === '').toBe(true);
        }
        const approximate = anchorApproximately(text, selector, budget());
        if (approximate) expect([approximate.start, approximate.end]).toEqual([selector.start, selector.end]);
      }),
      { numRuns: 400 },
    );
  });

  it('never splits a surrogate pair or a combining sequence when a quote was edited', () => {
    fc.assert(
      fc.property(textAndRange, tricky, fc.nat(), ([text, a, b], insert, at) => {
        const selector = describe(text, a, b);
        if (!selector) return;
        const cut = snapStart(text, selector.start + (at % (selector.quote.length + 1)));
        const edited = text.slice(0, cut) + insert.slice(0, 3) + text.slice(cut);
        const found = anchorApproximately(edited, selector, budget());
        if (!found) return;
        expect(splitsPair(edited, found.start)).toBe(false);
        expect(splitsPair(edited, found.end)).toBe(false);
        expect(snapStart(edited, found.start)).toBe(found.start);
        expect(snapEnd(edited, found.end)).toBe(found.end);
        expect(found.similarity).toBeGreaterThanOrEqual(0.85);
        expect(found.context).toBeGreaterThanOrEqual(0.5);
      }),
      { numRuns: 400 },
    );
  });
});
