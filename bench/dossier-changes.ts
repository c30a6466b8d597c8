/**
 * How soon Dossier's search shows a change: a document imported, a title edited, a 1 MiB document
 * imported. Timed from the moment the call resolves (the commit) until a query for a word only the
 * change contains returns it, asking again on every turn of the event loop.
 */
import { performance } from 'node:perf_hooks';
import type { Engine } from './dossier-adapter';
import type { ChangeTiming } from './fts5-reference';
import { markerWord, spread } from './latency';
import { extraDocument, withMarker, type CorpusDocument } from './search-corpus';

const SEARCHABLE_TIMEOUT_MS = 10_000;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Asks `q` until the answer holds `id`; resolves with ms since `from`. */
async function searchableAfter(engine: Engine, q: string, id: string, from: number, timeoutMs: number) {
  for (;;) {
    const answer = await engine.query(q);
    const now = performance.now();
    if (answer.ids.includes(id)) return now - from;
    if (now - from > timeoutMs) throw new Error(`“${q}” did not find ${id} within ${timeoutMs / 1000} s`);
    await tick();
  }
}

export async function timeAdds(engine: Engine): Promise<ChangeTiming> {
  const commit: number[] = [];
  const searchable: number[] = [];
  // The first add is a warm-up (it loads the importers), as in the FTS5 reference: 20 timed after it.
  for (let i = 0; i <= 20; i++) {
    const marker = markerWord('delta', i);
    const doc = withMarker(extraDocument(i), marker);
    const started = performance.now();
    const id = await engine.importText(`delta-${i}.txt`, `${doc.title}\n\n${doc.text}\n`);
    const committed = performance.now();
    const found = await searchableAfter(engine, marker, id, committed, SEARCHABLE_TIMEOUT_MS);
    if (i === 0) continue;
    commit.push(committed - started);
    searchable.push(found);
  }
  return { commit: spread(commit), searchable: spread(searchable) };
}

export async function timeEdits(engine: Engine, ids: readonly string[]): Promise<ChangeTiming> {
  const commit: number[] = [];
  const searchable: number[] = [];
  for (let i = 0; i <= 10; i++) {
    const marker = markerWord('edit', i);
    const id = ids[(i * 37) % ids.length] as string;
    const started = performance.now();
    await engine.retitle(id, `Retitled ${marker} report`);
    const committed = performance.now();
    const found = await searchableAfter(engine, `title:${marker}`, id, committed, SEARCHABLE_TIMEOUT_MS);
    if (i === 0) continue;
    commit.push(committed - started);
    searchable.push(found);
  }
  return { commit: spread(commit), searchable: spread(searchable) };
}

export async function timeLarge(engine: Engine, large: CorpusDocument) {
  const marker = markerWord('large', 0);
  const started = performance.now();
  const id = await engine.importText('large-report.txt', `${large.title}\n\n${withMarker(large, marker).text}\n`);
  const committed = performance.now();
  return {
    commitMs: committed - started,
    searchableMs: await searchableAfter(engine, marker, id, committed, 60_000),
  };
}
