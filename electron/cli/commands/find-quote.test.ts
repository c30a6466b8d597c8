/** Finding a typed quote in a document: exact words, any spacing, every occurrence. */
import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote';

const at = (text: string, quote: string) => findQuote(text, quote).map(([s, e]) => text.slice(s, e));

describe('findQuote', () => {
  it('finds every occurrence, in order, with UTF-16 offsets', () => {
    const text = 'Police came. The police left; police 👮 stayed.';
    expect(findQuote(text, 'police')).toEqual([
      [17, 23],
      [30, 36],
    ]);
    expect(at(text, 'police 👮 stayed')).toEqual(['police 👮 stayed']);
  });

  it('matches case, punctuation and accents exactly', () => {
    expect(findQuote('The Police left.', 'police')).toEqual([]);
    expect(findQuote('the port, reopened', 'port reopened')).toEqual([]);
    expect(findQuote('Préval spoke', 'Preval')).toEqual([]);
  });

  it('lets the spacing differ, across a line break too', () => {
    expect(at('Gangs held the\nroad.', 'held   the road')).toEqual(['held the\nroad']);
    expect(at('a b', '  a b  ')).toEqual(['a b']);
  });

  it('counts overlapping occurrences and takes regex characters literally', () => {
    expect(findQuote('aaa', 'aa')).toEqual([
      [0, 2],
      [1, 3],
    ]);
    expect(at('cost (est.) $5 * 2', '(est.) $5 *')).toEqual(['(est.) $5 *']);
    expect(findQuote('abc', 'a.c')).toEqual([]);
  });

  it('finds nothing for an empty quote', () => {
    expect(findQuote('text', '   ')).toEqual([]);
  });
});
