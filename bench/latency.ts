/**
 * Timing shared by both sides of the search bench, as SEARCH-PERF.md §2 does it: one warm-up pass
 * over the queries, then timed passes; each query's median, then p50 / p95 over the queries,
 * overall and per query class.
 */
import { performance } from 'node:perf_hooks';
import { queryClasses, type BenchQuery, type QueryClass } from './search-queries';

export interface Spread {
  p50: number;
  p95: number;
}

export interface QueryLatency {
  overall: Spread;
  byClass: Record<QueryClass, Spread>;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

export const spread = (values: readonly number[]): Spread => ({
  p50: percentile(values, 0.5),
  p95: percentile(values, 0.95),
});

/** Runs every query once untimed, then `passes` timed rounds; returns each query's median ms. */
export async function timeQueries(
  queries: readonly BenchQuery[],
  run: (query: BenchQuery) => unknown,
  passes = 3,
): Promise<number[]> {
  for (const query of queries) await run(query);
  const times: number[][] = queries.map(() => []);
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, query] of queries.entries()) {
      const started = performance.now();
      await run(query);
      times[i]?.push(performance.now() - started);
    }
  }
  return times.map((t) => percentile(t, 0.5));
}

export function summarize(queries: readonly BenchQuery[], medians: readonly number[]): QueryLatency {
  const byClass = Object.fromEntries(
    queryClasses.map((kind) => [kind, spread(medians.filter((_, i) => queries[i]?.kind === kind))]),
  ) as Record<QueryClass, Spread>;
  return { overall: spread(medians), byClass };
}

export type ZeroHits = Record<QueryClass, number>;

/** How many queries of each class found nothing: a class that is all zeros is a missing feature. */
export function zeroHitsByClass(queries: readonly BenchQuery[], total: (q: BenchQuery) => number): ZeroHits {
  const counts = Object.fromEntries(queryClasses.map((kind) => [kind, 0])) as ZeroHits;
  for (const q of queries) if (total(q) === 0) counts[q.kind]++;
  return counts;
}

/** A word no corpus document contains, different for every `i` (letters only, so no tokenizer splits it). */
export function markerWord(prefix: string, i: number): string {
  let letters = '';
  let n = i;
  do {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `${prefix}q${letters}zv`;
}
