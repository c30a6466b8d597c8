/**
 * The query's filters (tag:, doc:, color:, date:, grade:, reliability:, credibility:) as
 * predicates over documents, highlights and events. Each reads from the library only what it
 * needs, once per query: document facts (title, date, reliability) and the codebook's tree are
 * read afresh every time, so a grade, a rename or a move counts at once; the highlights (their
 * tags by id and their credibility) come from the annotation cache, which every change to them
 * clears.
 *
 * Filters split by what they describe. A document's own (doc:, date:, reliability:) hold for it and
 * for every passage in it; a passage's own (tag:, color:, credibility:, and grade:'s digit) keep a
 * document only when one of its passages passes them all, as they keep an event only through a
 * linked passage.
 */
import { boundsOverlap } from '../../contract';
import { subtree } from '../codebook/tree';
import type { DocumentFacts, EventForSearch, HighlightForSearch, SearchSourceRepo } from '../repos/search-source-repo';
import { credibilityPasses, reliabilityPasses } from './grade-filter';
import type { QueryFilters, TagFilter } from './query-language';

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

/** Whether the query has any filter at all (else every result stands). */
export function filtersActive(filters: QueryFilters): boolean {
  const { tags, docs, colors, date, reliability, credibility } = filters;
  return tags.length + docs.length + colors.length + reliability.length + credibility.length > 0 || date !== null;
}

export function resolveFilters(filters: QueryFilters, data: FilterData): ResolvedFilters {
  const { tags, docs, colors, date, reliability, credibility } = filters;
  const active = filtersActive(filters);
  if (!active) return { active, document: () => true, highlight: () => true, event: () => true };
  const onPassages = tags.length > 0 || colors.length > 0 || credibility.length > 0;
  const onDocuments = docs.length > 0 || reliability.length > 0;

  let facts: Map<string, DocumentFacts> | undefined;
  const factsOf = (id: string) => {
    facts ??= new Map(data.source.facts(data.projectId).map((f) => [f.id, f]));
    return facts.get(id);
  };
  const wantedDocs = docs.map(fold);
  /** doc: and reliability:, which hold for a document and every passage in it. */
  const ownFacts = (id: string) => {
    const f = factsOf(id);
    if (!f) return false;
    const title = fold(f.title);
    return wantedDocs.every((d) => title.includes(d)) && reliabilityPasses(f.reliability, reliability);
  };
  const docMatches = (id: string) =>
    ownFacts(id) && (date === null || overlaps(factsOf(id)?.publishedDate ?? null, date));

  let tagSets: Set<string>[] | undefined;
  const wantedTags = () => (tagSets ??= resolveTags(tags, data));
  /** tag:, color: and credibility: on a highlight alone. */
  const marked = (h: HighlightForSearch) =>
    (colors.length === 0 || colors.includes(h.color)) &&
    credibilityPasses(h.credibility, credibility) &&
    wantedTags().every((ids) => h.tagIds.some((id) => ids.has(id)));
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
    document: (id) => docMatches(id) && (!onPassages || hasMarks(id)),
    highlight: (h) => marked(h) && (!onDocuments && date === null ? true : docMatches(h.documentId)),
    event: (e) => {
      if (date !== null && !boundsOverlap(e.earliest, e.latest, date)) return false;
      if (!onPassages && !onDocuments) return true;
      return e.highlightIds.some((id) => {
        const h = highlightById(id);
        return h !== undefined && marked(h) && (!onDocuments || ownFacts(h.documentId));
      });
    },
  };
}

/**
 * Each tag: filter as the ids it accepts: the tags of that name (ignoring case and accents) and,
 * unless it asks for exactly that tag, every tag under them. A name the codebook lacks accepts none.
 */
function resolveTags(tags: readonly TagFilter[], data: FilterData): Set<string>[] {
  const tree = data.source.tagTree(data.projectId);
  return tags.map(({ name, exact }) => {
    const wanted = fold(name);
    const ids = new Set<string>();
    for (const tag of tree) {
      if (fold(tag.name) !== wanted) continue;
      if (exact) ids.add(tag.id);
      else for (const id of subtree(tree, tag.id)) ids.add(id);
    }
    return ids;
  });
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
