/** Phrases found through the phrase streams of an index, by the analysis of each document's language. */
import { describe, expect, it } from 'vitest';
import { buildIndex } from './build-index';
import { matchPhrases, type PhraseSource } from './phrase-search';
import { loadShard, serializeShard } from './shard-format';
import { parseQuery } from './query-language';
import { segmentOf } from '../testing/segment-of';

const built = buildIndex([
  segmentOf('a', 'Union speech', 'The State of the Union address, then a police checkpoint.'),
  segmentOf('b', '', 'A state of a union; the police stopped at the checkpoint.'),
  segmentOf('c', 'Assemblée', 'Les députés de l’Assemblée nationale ont voté.', 'fr', 'Le Monde'),
  segmentOf('d', '', 'Les deputes de l Assemblee nationale ont vote.', 'fr'),
  segmentOf('e', 'Checkpoint', 'Ending on police'),
  segmentOf('long', 'Long', 'police'),
  segmentOf('long#1', '', 'checkpoint and more'),
]);
const LANGUAGES = ['en', 'fr'];

const found = (raw: string, index: PhraseSource = built) => {
  const { matched, excluded } = matchPhrases(index, parseQuery(raw).phrases, LANGUAGES);
  return { matched: [...(matched?.keys() ?? [])].sort(), excluded: [...excluded].sort() };
};

describe('matchPhrases', () => {
  it('finds a phrase only where its words stand together, in order', () => {
    expect(found('"police checkpoint"').matched).toEqual(['a', 'long']);
    expect(found('"checkpoint police"').matched).toEqual([]);
  });

  it('compares stop words inside a phrase too, folded', () => {
    expect(found('"state of the union"').matched).toEqual(['a']);
    expect(found('"state of a union"').matched).toEqual(['b']);
  });

  it('finds accented and unaccented spellings alike, in either direction', () => {
    expect(found('"assemblee nationale"').matched).toEqual(['c', 'd']);
    expect(found('"Assemblée nationale"').matched).toEqual(['c', 'd']);
    expect(found('"députés de l’Assemblée"').matched).toEqual(['c', 'd']);
  });

  it('never runs a phrase from one field into the next, and scopes title: and source: phrases', () => {
    expect(found('"police checkpoint"').matched).not.toContain('e');
    expect(found('title:"union speech"').matched).toEqual(['a']);
    expect(found('source:"union speech"').matched).toEqual([]);
    expect(found('source:"le monde"').matched).toEqual(['c']);
  });

  it('continues a long document’s body from one part into the next', () => {
    expect(found('"police checkpoint and"').matched).toEqual(['long']);
  });

  it('names the documents an excluded phrase leaves out, and ranks matches by their words', () => {
    expect(found('-"police checkpoint"')).toEqual({ matched: [], excluded: ['a', 'long'] });
    const { matched } = matchPhrases(built, parseQuery('"police"').phrases, LANGUAGES);
    expect([...(matched?.values() ?? [])].every((score) => score > 0)).toBe(true);
  });

  it('answers the same from a saved and loaded shard', () => {
    const loaded = loadShard(serializeShard(built.index, built.stats, built.phrases.save()));
    for (const raw of ['"police checkpoint"', '"state of a union"', '"assemblee nationale"', 'title:"union speech"']) {
      expect(found(raw, loaded)).toEqual(found(raw));
    }
  });
});
