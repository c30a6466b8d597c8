/**
 * Which timeline events pass the analyst's filters: pure, so the list panel, the axis view and the
 * tests all apply the same rule. Dates use the contract's overlap rule (the search `date:` filter's):
 * an event matches when any day it may fall on is in the range, open ends unbounded.
 */
import {
  boundsOverlap,
  meetsThreshold,
  readDateInput,
  type DayRange,
  type DocumentId,
  type DocumentSummary,
  type Passage,
  type TimelineEvent,
} from '../../../../electron/contract';
import { fold } from '../../lib/fold-text';
import type { TimelineFilter } from '../../store/timeline-filter-slice';

/** The filter's date range read from what was typed, with a message for each end that could not be read. */
export interface ReadRange {
  range: DayRange;
  fromError: string | null;
  toError: string | null;
}

/**
 * Reads the range's ends: "from March 2024" starts on its first day, "to March 2024" ends on its last.
 * An empty end is open; an unreadable one, or a To before the From, is open too and carries the reason.
 */
export function readRange(filter: Pick<TimelineFilter, 'from' | 'to'>): ReadRange {
  const from = readEnd(filter.from, 'earliest');
  const to = readEnd(filter.to, 'latest');
  if (from.day !== null && to.day !== null && to.day < from.day) {
    const toError = `“${filter.to.trim()}” ends before “${filter.from.trim()}” begins: put the earlier date in From.`;
    return { range: { from: from.day, to: null }, fromError: from.error, toError };
  }
  return { range: { from: from.day, to: to.day }, fromError: from.error, toError: to.error };
}

function readEnd(typed: string, side: 'earliest' | 'latest'): { day: string | null; error: string | null } {
  if (!typed.trim()) return { day: null, error: null };
  const result = readDateInput(typed);
  return result.ok ? { day: result.reading[side], error: null } : { day: null, error: result.message };
}

export const isFiltering = (filter: TimelineFilter): boolean =>
  filter.tag !== null ||
  filter.documentId !== null ||
  filter.source !== null ||
  filter.from.trim() !== '' ||
  filter.to.trim() !== '' ||
  filter.text.trim() !== '' ||
  filter.reliability !== null ||
  filter.credibility !== null;

/**
 * The events that pass every filter set, in their order. Tag, document, source and "grade at least"
 * must hold for one and the same linked passage (as search's `tag:` with `doc:`), so an event with
 * no graded passage is hidden while a grade is asked for; text words may each be anywhere in the
 * title, description or a linked quote.
 */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: TimelineFilter,
  documents: readonly DocumentSummary[],
): TimelineEvent[] {
  if (!isFiltering(filter)) return [...events];
  const { range } = readRange(filter);
  const sourceOf = new Map(documents.map((doc) => [doc.id, doc.source === null ? null : fold(doc.source)]));
  const tag = filter.tag === null ? null : fold(filter.tag);
  const source = filter.source === null ? null : fold(filter.source);
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const threshold = {
    ...(filter.reliability ? { reliability: filter.reliability } : {}),
    ...(filter.credibility ? { credibility: filter.credibility } : {}),
  };
  const graded = filter.reliability !== null || filter.credibility !== null;
  const passageMatches = (passage: Passage) =>
    (tag === null || passage.highlight.tags.some((name) => fold(name) === tag)) &&
    (filter.documentId === null || passage.highlight.documentId === filter.documentId) &&
    (source === null || sourceOf.get(passage.highlight.documentId) === source) &&
    (!graded || meetsThreshold(passage.highlight, threshold));
  const needsPassage = tag !== null || filter.documentId !== null || source !== null || graded;
  return events.filter((event) => {
    if (!boundsOverlap(event.earliest, event.latest, range)) return false;
    if (needsPassage && !event.passages.some(passageMatches)) return false;
    if (words.length === 0) return true;
    const fields = [event.title, event.description, ...event.passages.map((p) => p.highlight.quote)].map(fold);
    return words.every((word) => fields.some((field) => field.includes(word)));
  });
}

export interface FilterOptions {
  tags: string[];
  documents: { id: DocumentId; title: string }[];
  sources: string[];
}

/** What the filters can choose from: the tags, documents and sources of the events' passages. */
export function filterOptions(events: readonly TimelineEvent[], documents: readonly DocumentSummary[]): FilterOptions {
  const tags = new Map<string, string>();
  const linked = new Map<DocumentId, string>();
  for (const passage of events.flatMap((event) => event.passages)) {
    for (const name of passage.highlight.tags) if (!tags.has(fold(name))) tags.set(fold(name), name);
    linked.set(passage.highlight.documentId, passage.documentTitle);
  }
  const sources = new Map<string, string>();
  for (const doc of documents) {
    if (doc.source !== null && linked.has(doc.id) && !sources.has(fold(doc.source)))
      sources.set(fold(doc.source), doc.source);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  return {
    tags: [...tags.values()].sort(byName),
    documents: [...linked].map(([id, title]) => ({ id, title })).sort((a, b) => byName(a.title, b.title)),
    sources: [...sources.values()].sort(byName),
  };
}
