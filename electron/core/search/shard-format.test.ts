/** A saved and reloaded shard answers every kind of query exactly as the index it was saved from. */
import fc from 'fast-check';
import type lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildIndex } from './build-index';
import { applyQuery, safeQuery } from './compile-query';
import { parseQuery } from './query-language';
import { segmentOf } from '../testing/segment-of';
import type { Segment } from './segments';
import { isLoadedShard, loadShard, prepareTokenSet, serializeShard, SHARD_FORMAT } from './shard-format';

const SEGMENTS: Segment[] = [
  segmentOf(
    '0',
    'Kenya police mission to Haiti',
    'The deployment of Kenyan officers was delayed. António Guterres spoke.',
    'en',
    'Reuters',
  ),
  segmentOf(
    '1',
    'Budget talks stall',
    'Ministers argued about roads; Haiti came up once, among other missions.',
    'en',
    'AP',
  ),
  segmentOf('2', 'A nation rebuilds', 'The nation rebuilt its ports after the storm, and the gangs lost ground.'),
  segmentOf('2#1', '', 'Later the gangs returned to the port and the police deployed again.'),
  segmentOf(
    '3',
    'Les gouvernements africains',
    'Les élections ont été reportées. La police nationale a été déployée.',
    'fr',
    'Le Monde',
  ),
];
const LANGUAGES = ['en', 'fr'];

const QUERIES = [
  'haiti',
  'police deployment',
  '+gangs +port',
  'police -haiti',
  '"police nationale"',
  'gang*',
  'depl*',
  'guteres~1',
  'polise~1',
  'title:nation',
  'source:reuters',
  'gouvernements',
  'absentword',
  '+absentword police',
];

function answers(index: lunr.Index, raw: string): [string, number][] {
  return safeQuery(index, (q, current) => applyQuery(q, parseQuery(raw), LANGUAGES, current)).map((r) => [
    r.ref,
    r.score,
  ]);
}

describe('shard format', () => {
  const { index: built, stats, phrases } = buildIndex(SEGMENTS);
  const saved = serializeShard(built, stats, phrases.save());
  const loaded = loadShard(saved).index;

  it.each(QUERIES)('answers %s with the same refs and scores', (raw) => {
    const expected = answers(built, raw);
    const actual = answers(loaded, raw);
    expect(actual.map(([ref]) => ref)).toEqual(expected.map(([ref]) => ref));
    for (const [i, [, score]] of actual.entries()) expect(score).toBeCloseTo(expected[i]?.[1] ?? NaN, 9);
  });

  it('finds prefixes and plain words without building the token set, and builds it in steps', () => {
    const fresh = loadShard(saved).index;
    expect(isLoadedShard(fresh)).toBe(true);
    expect(isLoadedShard(built)).toBe(false);
    expect(answers(fresh, 'gang*').map(([ref]) => ref)).toEqual(answers(built, 'gang*').map(([ref]) => ref));
    expect(prepareTokenSet(fresh, 1)).toBe(false);
    let steps = 1;
    while (!prepareTokenSet(fresh, 5)) steps++;
    expect(steps).toBeGreaterThan(2);
    expect(answers(fresh, 'guteres~1').map(([ref]) => ref)).toEqual(['0']);
  });

  it('keeps the counts other indexes score against', () => {
    const reloaded = loadShard(saved).stats;
    expect(reloaded.documentCount).toBe(5);
    expect(reloaded.averageFieldLength).toEqual(stats.averageFieldLength);
    for (const term of ['polic', 'haiti', 'gang', 'absent', 'nation']) {
      expect(reloaded.documentsWith(term)).toBe(stats.documentsWith(term));
    }
    // "police" is in one title and two bodies (one of them French): lunr counts each field apart.
    expect(reloaded.documentsWith('polic')).toBe(3);
  });

  it('refuses what is not a saved shard, so the caller rebuilds it', () => {
    expect(() => loadShard(JSON.stringify(built))).toThrow(SHARD_FORMAT);
    expect(() => loadShard(`{"format":"${SHARD_FORMAT}","terms":["a"],"termIndex":[],"postings":[]}`)).toThrow(
      /different lengths/,
    );
    const withoutPhrases = { ...(JSON.parse(saved) as object), phrases: undefined };
    expect(() => loadShard(JSON.stringify(withoutPhrases))).toThrow(/phrase streams/);
    const cut = JSON.parse(saved) as { phrases: { stream: string } };
    cut.phrases.stream = cut.phrases.stream.slice(0, 8);
    expect(() => loadShard(JSON.stringify(cut))).toThrow(/shorter or longer/);
    expect(() => loadShard('not json')).toThrow();
  });

  it('refuses to save a ref its postings could not spell', () => {
    const odd = buildIndex([segmentOf('a,b', 'Title', 'body text')]);
    expect(() => serializeShard(odd.index, odd.stats, odd.phrases.save())).toThrow(/cannot hold/);
  });

  it('agrees with lunr on random documents and queries', () => {
    const words = ['haiti', 'police', 'gangs', 'port', 'mission', 'kenya', 'storm', 'vote', 'nation', 'aid'];
    const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    const query = fc
      .array(
        fc.tuple(fc.constantFrom('', '+', '-'), fc.constantFrom(...words, 'absent'), fc.constantFrom('', '*', '~1')),
        { minLength: 1, maxLength: 3 },
      )
      .map((terms) =>
        terms
          .map(([presence, word, suffix]) => `${presence}${suffix === '*' ? word.slice(0, 3) : word}${suffix}`)
          .join(' '),
      );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 8 }),
        fc.array(query, { maxLength: 5 }),
        (docs, queries) => {
          const { index, stats, phrases } = buildIndex(
            docs.map(([title, body], i) => segmentOf(i.toString(36), title, body)),
          );
          const reloaded = loadShard(serializeShard(index, stats, phrases.save())).index;
          for (const raw of queries) {
            const expected = answers(index, raw);
            const actual = answers(reloaded, raw);
            expect(actual.map(([ref]) => ref)).toEqual(expected.map(([ref]) => ref));
            for (const [i, [, score]] of actual.entries()) expect(score).toBeCloseTo(expected[i]?.[1] ?? NaN, 9);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
