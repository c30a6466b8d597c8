/** Finding what a query matched inside a text: marks, phrases, offsets in awkward text. */
import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-language';
import { createMatcher, withinEdits } from './text-match';

const matcher = (raw: string, languages: readonly string[] = ['en']) => createMatcher(parseQuery(raw), languages);
/** The marked words themselves, which say more in a failure than offsets do. */
const marked = (raw: string, text: string, languages?: readonly string[]) =>
  matcher(raw, languages)
    .findMatches(text)
    .map(([start, end]) => text.slice(start, end));

describe('findMatches', () => {
  it('marks every form of a word that shares its stem', () => {
    const text = 'Missions: the mission missed its missionary.';
    expect(matcher('missions').findMatches(text)).toEqual([
      [0, 8],
      [14, 21],
    ]);
  });

  it('marks across diacritics, both ways, and with a combining mark', () => {
    expect(marked('Antonio', 'António and Anto\u0301nio and Antonio')).toEqual(['António', 'Anto\u0301nio', 'Antonio']);
    expect(marked('António', 'Antonio Guterres')).toEqual(['Antonio']);
  });

  it('keeps offsets right after emoji and other surrogate pairs', () => {
    const text = '😀😀 𝐀 Haiti 👍🏽 Haiti';
    const matches = matcher('haiti').findMatches(text);
    expect(matches).toEqual([
      [8, 13],
      [19, 24],
    ]);
    for (const [start, end] of matches) expect(text.slice(start, end)).toBe('Haiti');
  });

  it('marks words in right-to-left text', () => {
    const text = 'قالت الحكومة إن الحكومات ستجتمع';
    expect(marked('الحكومة', text, ['ar'])).toEqual(['الحكومة', 'الحكومات']);
    expect(marked('שלום', 'אמר שָׁלוֹם לכולם', ['en'])).toEqual(['שָׁלוֹם']);
  });

  it('marks prefixes and words within the typos allowed', () => {
    expect(marked('deploy*', 'Deployment began; they redeployed; deployed.')).toEqual(['Deployment', 'deployed']);
    expect(marked('guteres~1', 'Guterres said; Gutierrez did not.')).toEqual(['Guterres']);
    expect(marked('elections*', 'Les élections, an election.', ['en', 'fr'])).toEqual(['élections', 'election']);
  });

  it('marks phrase words one by one, never excluded words or stop words', () => {
    expect(marked('"police mission" -kenya', 'Kenya sent a police mission; police.')).toEqual([
      'police',
      'mission',
      'police',
    ]);
    expect(marked('the of', 'The state of the union')).toEqual([]);
  });

  it('marks a title: clause only in the title', () => {
    const m = matcher('title:haiti police');
    expect(m.findMatches('Haiti police', Infinity, 'title')).toEqual([
      [0, 5],
      [6, 12],
    ]);
    expect(m.findMatches('Haiti police')).toEqual([[6, 12]]);
    expect(m.findMatches('Haiti police', Infinity, 'source')).toEqual([[6, 12]]);
  });

  it('stops at the limit', () => {
    expect(matcher('haiti').findMatches('haiti '.repeat(100), 3)).toHaveLength(3);
    expect(matcher('haiti').findMatches('haiti', 0)).toEqual([]);
  });

  it('scans a megabyte of text to a match at its end', () => {
    const filler = 'The committee discussed roads, schools, budgets and ports at length. ';
    const text = filler.repeat(Math.ceil(1_000_000 / filler.length)) + 'Zanzibar';
    expect(matcher('zanzibar').findMatches(text, 1)).toEqual([[text.length - 8, text.length]]);
    expect(matcher('zanzibar~1').findMatches(text, 1)).toEqual([[text.length - 8, text.length]]);
  });
});

describe('phrases', () => {
  const marks = (m: ReturnType<typeof matcher>, text: string) =>
    m.phraseMatches(text).map(([s, e]) => text.slice(s, e));

  it('marks a phrase whatever the punctuation, case and accents between its words', () => {
    const m = matcher('"security support mission"');
    expect(marks(m, 'The Security, Support — Mission arrived.')).toEqual(['Security, Support — Mission']);
    expect(marks(m, 'A support mission for security.')).toEqual([]);
    expect(marks(matcher('"élection présidentielle"', ['fr']), 'Les elections presidentielles')).toEqual([
      'elections presidentielles',
    ]);
  });

  it('checks stop words inside a phrase too', () => {
    const m = matcher('"state of the union"');
    expect(marks(m, 'the State of the Union address')).toEqual(['State of the Union']);
    expect(marks(m, 'the state of a union')).toEqual([]);
  });

  it('marks a title: phrase in the title only', () => {
    const m = matcher('title:"police mission"');
    expect(m.phraseMatches('Police mission', Infinity, 'title')).toEqual([[0, 14]]);
    expect(m.phraseMatches('the police mission')).toEqual([]);
    expect(matcher('"police mission"').phraseMatches('the police mission')).toEqual([[4, 18]]);
  });

  it('gives each occurrence as one range', () => {
    const text = '😀 Police  mission, then police and mission. POLICE; MISSION';
    const ranges = matcher('"police mission"').phraseMatches(text);
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['Police  mission', 'POLICE; MISSION']);
    expect(matcher('"police mission"').phraseMatches(text, 1)).toHaveLength(1);
  });
});

describe('marks', () => {
  const text = 'Police mission: the police left, then a police mission and a second police mission. Mission over.';
  const slices = (ranges: [number, number][]) => ranges.map(([start, end]) => text.slice(start, end));

  it('marks phrases whole and the words outside them, in order, in one pass', () => {
    const m = matcher('"police mission" haiti left');
    expect(slices(m.marks(text))).toEqual([
      'Police mission',
      'police',
      'left',
      'police mission',
      'police mission',
      'Mission',
    ]);
  });

  it('keeps the first `limit` of each kind, then the first `limit` of both', () => {
    const m = matcher('"police mission" left');
    // The first two words found are the first phrase's own: nothing of the words is left to mark.
    expect(slices(m.marks(text, 2))).toEqual(['Police mission', 'police mission']);
    expect(m.marks(text, 0)).toEqual([]);
  });

  it('marks only the words of a text without the phrase', () => {
    expect(slices(matcher('"mission police"').marks(text))).toEqual(
      slices(matcher('mission police').findMatches(text)),
    );
  });
});

describe('withinEdits', () => {
  it('counts substitutions, insertions, deletions and transpositions', () => {
    expect(withinEdits('guteres', 'guterres', 1)).toBe(true);
    expect(withinEdits('gutreres', 'guterres', 1)).toBe(true);
    expect(withinEdits('gutierrez', 'guterres', 1)).toBe(false);
    expect(withinEdits('gutierrez', 'guterres', 2)).toBe(true);
    expect(withinEdits('', 'ab', 2)).toBe(true);
  });
});
