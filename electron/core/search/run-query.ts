/**
 * One search, in the search worker: parse the query, ask every current index for its words (lunr)
 * and its phrases (phrase-search.ts), keep each document's best part, apply the filters, then mark
 * the matched words for the best hits. Every count is exact: a phrase is checked in every document
 * that could hold it, never in the first few hundred candidates only. Highlights, notes, tags and
 * events come from the annotation index the same way.
 */
import lunr from 'lunr';
import type { EventHit, HighlightHit, MarkedText, SearchHit, SearchResponse, TagHit } from '../../contract';
import type { DocumentId, EventId, HighlightId } from '../../contract';
import { readEdtf } from '../../contract';
import type { SearchSourceRepo } from '../repos/search-source-repo';
import type { AnnotationIndex } from './annotation-index';
import { applyExclusions, applyQuery, safeQuery } from './compile-query';
import type { DocIndex } from './doc-index';
import { filtersActive, resolveFilters, type ResolvedFilters } from './filters';
import { matchPhrases, type PhraseSource } from './phrase-search';
import { parseQuery, type ParsedQuery } from './query-language';
import { docIdOf } from './segments';
import type { PartStatus } from './status';
import { makeSnippet } from './snippet';
import { createMatcher, type TextMatcher } from './text-match';

export interface QueryDeps {
  docs: DocIndex;
  /** Whether this worker answers for highlights, notes, tags and events (only one does). */
  withAnnotations: boolean;
  annotations: AnnotationIndex;
  source: SearchSourceRepo;
  projectId: string;
}

const MARK_LIMIT = 64;

type Group<T> = { hits: T[]; total: number; atLeast: boolean };
const empty = <T>(): Group<T> => ({ hits: [], total: 0, atLeast: false });

/** One worker's answer: its part of the documents, and its part of the index status. */
export type PartResponse = Omit<SearchResponse, 'status'> & { status: PartStatus };

export function runQuery(deps: QueryDeps, raw: string, limit: number): PartResponse {
  const status = deps.docs.status();
  const parsed = parseQuery(raw);
  const notices = [...parsed.notices];
  const languages = deps.docs.languages();
  const words = applyQuery(new lunr.Query(['title', 'source', 'body']), parsed, languages);
  const phrases = parsed.phrases.some((p) => !p.excluded);
  const hasFilters = filtersActive(parsed.filters);
  if (!words && !phrases && !hasFilters) {
    if (parsed.terms.length + parsed.phrases.length > 0) {
      notices.push('Nothing to look for: add a word that is not excluded and not a common word like “the”.');
    }
    return { documents: empty(), highlights: empty(), tags: empty(), events: empty(), status, notice: joined(notices) };
  }
  const matcher = createMatcher(parsed, languages);
  const filters = resolveFilters(parsed.filters, {
    source: deps.source,
    projectId: deps.projectId,
    highlights: () => [...deps.annotations.highlights().values()],
  });
  const documentsOnly =
    !deps.withAnnotations || parsed.terms.some((t) => t.field !== null) || parsed.phrases.some((p) => p.field !== null);
  const run: QueryRun = { deps, parsed, languages, words, phrases, filters, matcher, limit, documentsOnly };
  return {
    documents: searchDocuments(run),
    ...searchAnnotations(run),
    tags: searchTags(run),
    status,
    notice: joined(notices),
  };
}

/** What the parts of one query share. */
interface QueryRun {
  deps: QueryDeps;
  parsed: ParsedQuery;
  languages: readonly string[];
  /** Whether lunr has words to look for. */
  words: boolean;
  /** Whether the query has a phrase to find (else, and without words, the filters alone list results). */
  phrases: boolean;
  filters: ResolvedFilters;
  matcher: TextMatcher;
  limit: number;
  /** Field-scoped queries, and workers that do not hold annotations, search documents only. */
  documentsOnly: boolean;
}

/**
 * The hits of one index by ref (lunr's words, then the phrases) with their scores, or null when
 * the query has neither words nor phrases. Excluded words and phrases are already left out.
 */
function matchIndex(run: QueryRun, source: PhraseSource): { ref: string; score: number }[] | null {
  const { parsed, languages } = run;
  const { matched, excluded } = matchPhrases(source, parsed.phrases, languages);
  if (run.words) {
    const results = safeQuery(source.index, (q, index) => applyQuery(q, parsed, languages, index));
    return results.flatMap(({ ref, score }) => {
      const key = docIdOf(ref);
      if (excluded.has(key) || (matched && !matched.has(key))) return [];
      return [{ ref, score: score + (matched?.get(key) ?? 0) }];
    });
  }
  if (!matched) return null;
  const excludedWords = new Set(refsWithExcludedWord(run, source.index).map(docIdOf));
  return [...matched]
    .filter(([key]) => !excluded.has(key) && !excludedWords.has(key))
    .map(([ref, score]) => ({ ref, score }));
}

/** The refs of one index holding a word the query excludes. */
function refsWithExcludedWord({ parsed, languages }: QueryRun, lunrIndex: lunr.Index): string[] {
  if (!parsed.terms.some((t) => t.presence === 'excluded')) return [];
  return safeQuery(lunrIndex, (q, index) => applyExclusions(q, parsed, languages, index)).map((r) => r.ref);
}

function searchDocuments(run: QueryRun): Group<SearchHit> {
  const { deps, parsed, languages, filters, matcher, limit } = run;
  let ranked: { id: string; score: number }[];
  if (run.words || run.phrases) {
    const best = new Map<string, number>();
    for (const searchable of deps.docs.searchables()) {
      for (const result of matchIndex(run, searchable) ?? []) {
        const id = searchable.docOf(result.ref);
        if (id === null) continue;
        if ((best.get(id) ?? -Infinity) < result.score) best.set(id, result.score);
      }
    }
    ranked = [...best].map(([id, score]) => ({ id, score })).filter((r) => filters.document(r.id));
    ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  } else {
    const excluded = new Set<string>();
    for (const searchable of deps.docs.searchables()) {
      const { excluded: withPhrase } = matchPhrases(searchable, parsed.phrases, languages);
      for (const ref of [...withPhrase, ...refsWithExcludedWord(run, searchable.index)]) {
        const id = searchable.docOf(ref);
        if (id !== null) excluded.add(id);
      }
    }
    ranked = deps.source
      .facts(deps.projectId)
      .filter((f) => deps.docs.owns(f.id) && filters.document(f.id) && !excluded.has(f.id))
      .sort((a, b) => (b.publishedDate ?? '').localeCompare(a.publishedDate ?? '') || a.title.localeCompare(b.title))
      .map((f) => ({ id: f.id, score: 0 }));
  }

  const top = ranked.slice(0, limit);
  const docs = new Map(deps.source.documents(top.map((r) => r.id)).map((d) => [d.id, d]));
  const positive = run.words || run.phrases;
  const hits = top.flatMap(({ id, score }): SearchHit[] => {
    const doc = docs.get(id);
    if (!doc) return [];
    const matches = positive ? matcher.marks(doc.text, MARK_LIMIT) : [];
    const first = matches[0] ?? null;
    return [
      {
        documentId: id as DocumentId,
        title: doc.title,
        publishedDate: doc.publishedDate,
        score,
        snippet: makeSnippet(doc.text, matches),
        firstMatch: first ? [first[0], first[1]] : null,
      },
    ];
  });
  return { hits, total: ranked.length, atLeast: false };
}

function searchAnnotations(run: QueryRun): { highlights: Group<HighlightHit>; events: Group<EventHit> } {
  const { deps, parsed, languages, filters, matcher } = run;
  if (run.documentsOnly) return { highlights: empty(), events: empty() };
  const ann = deps.annotations.get();
  const positive = run.words || run.phrases;
  const highlights: { hit: HighlightHit; score: number }[] = [];
  const events: { hit: EventHit; score: number; order: string }[] = [];
  const consider = (ref: string, score: number) => {
    if (ref.startsWith('h:')) {
      const h = ann.highlights.get(ref.slice(2));
      if (!h || !filters.highlight(h)) return;
      highlights.push({
        score,
        hit: {
          highlightId: h.id as HighlightId,
          documentId: h.documentId as DocumentId,
          documentTitle: h.documentTitle,
          color: h.color,
          tags: h.tags,
          quote: marked(matcher, h.quote, positive),
          note: h.note ? marked(matcher, h.note, positive) : null,
          start: h.start,
          end: h.end,
          score,
        },
      });
    } else {
      const e = ann.events.get(ref.slice(2));
      if (!e || !filters.event(e)) return;
      events.push({
        score,
        order: `${e.earliest ?? e.latest ?? ''} ${e.latest ?? '~'}`,
        hit: {
          eventId: e.id as EventId,
          date: e.date,
          dateLabel: dateLabel(e.date),
          title: marked(matcher, e.title, positive),
          description: e.description ? marked(matcher, e.description, positive) : null,
          score,
        },
      });
    }
  };
  const matches = matchIndex(run, ann);
  if (matches) {
    for (const { ref, score } of matches) consider(ref, score);
  } else if (filters.active) {
    const { excluded } = matchPhrases(ann, parsed.phrases, languages);
    for (const h of ann.highlights.values()) if (!excluded.has(`h:${h.id}`)) consider(`h:${h.id}`, 0);
    for (const e of ann.events.values()) if (!excluded.has(`e:${e.id}`)) consider(`e:${e.id}`, 0);
  }
  const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;
  highlights.sort(
    (a, b) => byScore(a, b) || a.hit.documentTitle.localeCompare(b.hit.documentTitle) || a.hit.start - b.hit.start,
  );
  events.sort((a, b) => byScore(a, b) || a.order.localeCompare(b.order));
  return {
    highlights: { hits: highlights.slice(0, run.limit).map((x) => x.hit), total: highlights.length, atLeast: false },
    events: { hits: events.slice(0, run.limit).map((x) => x.hit), total: events.length, atLeast: false },
  };
}

function searchTags(run: QueryRun): Group<TagHit> {
  const { deps, parsed, matcher, limit } = run;
  if (run.documentsOnly) return empty();
  const wanted = new Set(parsed.filters.tags.map((t) => t.name.toLowerCase()));
  const hits: TagHit[] = [];
  for (const tag of deps.source.tagCounts(deps.projectId)) {
    const marks = matcher.findMatches(tag.name, 8);
    if (marks.length > 0 || wanted.has(tag.name.toLowerCase())) hits.push({ name: tag.name, count: tag.count, marks });
  }
  return { hits: hits.slice(0, limit), total: hits.length, atLeast: false };
}

function marked(matcher: TextMatcher, text: string, positive: boolean): MarkedText {
  return { text, marks: positive ? matcher.marks(text, MARK_LIMIT) : [] };
}

function joined(notices: string[]): string | null {
  return notices.length > 0 ? notices.join(' ') : null;
}

const dateLabel = (edtf: string): string => {
  const read = readEdtf(edtf);
  return read.ok ? read.reading.label : edtf;
};
