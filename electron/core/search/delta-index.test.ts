/** The delta: a document of its own at once, merged after a pause, and scored against the whole corpus. */
import type lunr from 'lunr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from './build-index';
import { applyQuery, safeQuery } from './compile-query';
import { combineStats, type IndexStats } from './corpus-stats';
import { DeltaIndex, type DeltaDocument } from './delta-index';
import { parseQuery } from './query-language';
import { segmentOf } from '../testing/segment-of';

const doc = (id: string, version: string, title: string, body: string): DeltaDocument => ({
  id,
  version,
  language: 'en',
  segments: [segmentOf(id, title, body)],
});

const search = (index: lunr.Index, raw: string) =>
  safeQuery(index, (q, current) => applyQuery(q, parseQuery(raw), ['en'], current));
const scores = (index: lunr.Index, raw: string) => new Map(search(index, raw).map((r) => [r.ref, r.score]));

function found(delta: DeltaIndex, q: string): string[] {
  const ids = new Set<string>();
  for (const part of delta.parts()) {
    for (const r of search(part.index, q)) {
      const id = part.docOf(r.ref);
      if (id) ids.add(id);
    }
  }
  return [...ids].sort();
}

const CORPUS = [
  segmentOf('a', 'Kenya police mission', 'The police arrived in Port-au-Prince after long delays.'),
  segmentOf('b', 'Budget talks', 'Ministers argued about roads and schools for weeks.'),
  segmentOf('c', 'Storm season', 'The storm flooded the port; police and volunteers helped.'),
  segmentOf('d', 'Gangs and roads', 'Gangs blocked the roads north of the capital again.'),
];

describe('scoring against the corpus', () => {
  it('a document indexed alone scores exactly as it would in one index with the rest', () => {
    const newcomer = segmentOf('e', 'Police report', 'A police report on the gangs and the port, and the storm.');
    const together = buildIndex([...CORPUS, newcomer]).index;
    const rest = buildIndex(CORPUS);
    const alone = buildIndex([newcomer], rest.stats).index;
    const naive = buildIndex([newcomer]).index;
    for (const q of ['police', 'gangs port', 'storm', 'report']) {
      const expected = scores(together, q).get('e');
      expect(expected).toBeDefined();
      expect(scores(alone, q).get('e')).toBeCloseTo(expected ?? NaN, 9);
    }
    // Alone and without the corpus, every word looks common: the score is far off.
    expect(
      Math.abs((scores(naive, 'report').get('e') ?? 0) - (scores(together, 'report').get('e') ?? 0)),
    ).toBeGreaterThan(0.1);
  });

  it('adds up the counts of several indexes', () => {
    const first = buildIndex(CORPUS.slice(0, 2)).stats;
    const second = buildIndex(CORPUS.slice(2)).stats;
    const all = buildIndex(CORPUS).stats;
    const both: IndexStats = combineStats([first, second]);
    expect(both.documentCount).toBe(4);
    expect(both.documentsWith('polic')).toBe(all.documentsWith('polic'));
    expect(both.averageFieldLength.body).toBeCloseTo(all.averageFieldLength.body ?? NaN, 9);
  });
});

describe('DeltaIndex', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());
  const shards = () => [buildIndex(CORPUS).stats];

  it('gives a new document an index of its own at once, and merges them after a pause', () => {
    const delta = new DeltaIndex(shards);
    delta.add([doc('x', '1', 'Zebra', 'A zebra crossed the road.')]);
    delta.add([doc('y', '1', 'Okapi', 'An okapi and a zebra.')]);
    expect(delta.parts()).toHaveLength(3);
    expect(found(delta, 'zebra')).toEqual(['x', 'y']);
    vi.advanceTimersByTime(300);
    expect(delta.parts()).toHaveLength(1);
    expect(found(delta, 'zebra')).toEqual(['x', 'y']);
  });

  it('merges at once a change that brings several documents', () => {
    const delta = new DeltaIndex(shards);
    delta.add([doc('x', '1', 'Zebra', 'zebra'), doc('y', '1', 'Okapi', 'okapi')]);
    expect(delta.parts()).toHaveLength(1);
    expect(found(delta, 'okapi')).toEqual(['y']);
  });

  it('never answers with a copy it has dropped or replaced, merged or not', () => {
    const delta = new DeltaIndex(shards);
    delta.add([doc('x', '1', 'Zebra', 'zebra'), doc('y', '1', 'Okapi', 'okapi')]);
    delta.add([doc('x', '2', 'Giraffe', 'giraffe')]);
    delta.remove('y');
    expect(found(delta, 'zebra')).toEqual([]);
    expect(found(delta, 'okapi')).toEqual([]);
    expect(found(delta, 'giraffe')).toEqual(['x']);
    expect(delta.versionOf('x')).toBe('2');
    vi.advanceTimersByTime(300);
    expect(found(delta, 'giraffe')).toEqual(['x']);
    expect(delta.size).toBe(1);
    expect(delta.textLength).toBe('giraffe'.length);
  });
});
