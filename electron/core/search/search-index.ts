/**
 * The library's full-text index (lunr, in the main process). Derived data: built from the store,
 * rebuilt whenever documents change, never the only copy of anything.
 */
import type lunr from 'lunr';
import type { SearchHit } from '../../contract';
import { DossierFailure } from '../errors';
import { BODY_FIELD, buildIndex, type IndexedDocument } from './lunr-setup';
import { makeSnippet } from './snippet';

export interface SearchResults {
  hits: SearchHit[];
  total: number;
}

export class SearchIndex {
  private index: lunr.Index = buildIndex([]);
  private docs = new Map<string, IndexedDocument>();

  rebuild(documents: Iterable<IndexedDocument>): void {
    this.docs = new Map([...documents].map((d) => [d.id, d]));
    this.index = buildIndex(this.docs.values());
  }

  search(rawQuery: string, limit = 50): SearchResults {
    const query = toLunrQuery(rawQuery);
    if (query === '') return { hits: [], total: 0 };
    let results: lunr.Index.Result[];
    try {
      results = this.index.search(query);
    } catch (error) {
      throw new DossierFailure('invalid_query', explain(error, rawQuery));
    }
    const hits = results.slice(0, limit).flatMap((result) => {
      const doc = this.docs.get(result.ref);
      if (!doc) return [];
      const matches = bodyMatches(result).map((range) => trimToWord(doc.text, range));
      const snippet = makeSnippet(doc.text, matches);
      const first = [...matches].sort((a, b) => a[0] - b[0])[0] ?? null;
      return [{ documentId: doc.id, title: doc.title, score: result.score, snippet, firstMatch: first } as SearchHit];
    });
    return { hits, total: results.length };
  }
}

/** Quotes are not lunr syntax yet; a lone operator character would only confuse the parser. */
function toLunrQuery(raw: string): string {
  return raw
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0 && !/^[-+*~^:]+$/.test(t))
    .join(' ');
}

function bodyMatches(result: lunr.Index.Result): [number, number][] {
  const out: [number, number][] = [];
  const metadata = result.matchData.metadata as Record<string, Record<string, { position?: [number, number][] }>>;
  for (const fields of Object.values(metadata)) {
    for (const [start, length] of fields[BODY_FIELD]?.position ?? []) out.push([start, start + length]);
  }
  return out;
}

/** lunr positions cover the whole whitespace-separated token, quotes and commas included. */
function trimToWord(text: string, [start, end]: [number, number]): [number, number] {
  const edge = /[\p{L}\p{N}]/u;
  let s = start;
  let e = end;
  while (s < e && !edge.test(text[s] ?? '')) s++;
  while (e > s && !edge.test(text[e - 1] ?? '')) e--;
  return s < e ? [s, e] : [start, end];
}

function explain(error: unknown, query: string): string {
  const detail =
    error instanceof Error || (error && typeof error === 'object' && 'message' in error)
      ? String(error.message)
      : String(error);
  return (
    `Dossier could not read the search “${query}” (${detail}). ` +
    'Search for plain words; use a field name only as title: or source: followed by a word.'
  );
}
