/**
 * The query's filters (tag:, doc:, color:, date:) as predicates over documents, highlights and
 * events. Each reads from the library only what it needs, once per query.
 */
import { boundsOverlap } from '../../contract';
import type { DocumentFacts, EventForSearch, HighlightForSearch, SearchSourceRepo } from '../repos/search-source-repo';
import type { QueryFilters } from './query-language';

export interface ResolvedFilters {
  active: boolean;
  document(id: string): boolean;
  highlight(h: HighlightForSearch): boolean;
  event(e: EventForSearch): boolean;
}

export interface FilterData {
  source: SearchSourceRepo;
  projectId: string;
  highlights(): HighlightForSearch[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export function resolveFilters(filters: QueryFilters, data: FilterData): ResolvedFilters {
  const { tags, docs, colors, date } = filters;
  const active = tags.length > 0 || docs.length > 0 || colors.length > 0 || date !== null;
  if (!active) return { active, document: () => true, highlight: () => true, event: () => true };

  let facts: Map<string, DocumentFacts> | undefined;
  const factsOf = (id: string) => {
    facts ??= new Map(data.source.facts(data.projectId).map((f) => [f.id, f]));
    return facts.get(id);
  };
  const wantedTags = tags.map(fold);
  const wantedDocs = docs.map(fold);
  const docMatches = (id: string) => {
    const f = factsOf(id);
    if (!f) return false;
    const title = fold(f.title);
    if (!wantedDocs.every((d) => title.includes(d))) return false;
    return date === null || overlaps(f.publishedDate, date);
  };
  /** tag: and color: on a highlight alone. */
  const marked = (h: HighlightForSearch) =>
    (colors.length === 0 || colors.includes(h.color)) &&
    wantedTags.every((t) => h.tags.some((name) => fold(name) === t));
  const needsHighlights = tags.length > 0 || colors.length > 0;
  let docsWithMarks: Set<string> | undefined;
  const hasMarks = (docId: string) => {
    docsWithMarks ??= new Set(
      data
        .highlights()
        .filter(marked)
        .map((h) => h.documentId),
    );
    return docsWithMarks.has(docId);
  };
  let byId: Map<string, HighlightForSearch> | undefined;
  const highlightById = (id: string) => {
    byId ??= new Map(data.highlights().map((h) => [h.id, h]));
    return byId.get(id);
  };

  return {
    active,
    document: (id) => docMatches(id) && (!needsHighlights || hasMarks(id)),
    highlight: (h) => marked(h) && (docs.length === 0 && date === null ? true : docMatches(h.documentId)),
    event: (e) => {
      if (date !== null && !boundsOverlap(e.earliest, e.latest, date)) return false;
      if (!needsHighlights && docs.length === 0) return true;
      return e.highlightIds.some((id) => {
        const h = highlightById(id);
        if (!h || !marked(h)) return false;
        if (docs.length === 0) return true;
        const title = fold(factsOf(h.documentId)?.title ?? '');
        return wantedDocs.every((d) => title.includes(d));
      });
    },
  };
}

/** Whether a partial date (2024, 2024-06, 2024-06-03) shares a day with the inclusive range. */
export function overlaps(partial: string | null, range: { from: string | null; to: string | null }): boolean {
  if (!partial) return false;
  const [first, last] = dayRange(partial);
  return boundsOverlap(first, last, range);
}

function dayRange(partial: string): [string, string] {
  const [year, month, day] = partial.split('-');
  if (day) return [partial, partial];
  if (month) return [`${year}-${month}-01`, `${year}-${month}-31`];
  return [`${year}-01-01`, `${year}-12-31`];
}
