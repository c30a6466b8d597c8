/**
 * Sorting and filtering the library list, and the counts the filter choices show ("PDF (12)").
 * Pure, on the summaries the store already holds: with thousands of documents a change of sort or
 * filter costs one pass in the page instead of a round trip. Each filter group picks at most one
 * value; groups combine with AND. A choice's count is how many documents it would show with the
 * other groups as they are (its own group's choice set aside), the usual reading of facet counts.
 */
import type { DocumentFormat, DocumentSummary } from '../../../../electron/contract';

export type SortKey = 'title' | 'published' | 'imported' | 'source';
export type SortDirection = 'asc' | 'desc';

/** Documents without a grade, a source: chosen like any value. */
export const NONE = '';

export type HighlightFilter = 'has' | 'none' | 'review';

export interface LibraryFilters {
  format?: DocumentFormat;
  tag?: string;
  /** A reliability letter, or NONE for ungraded. */
  grade?: string;
  /** A source name, or NONE for documents without one. */
  source?: string;
  highlights?: HighlightFilter;
}

export type FilterGroup = keyof LibraryFilters;
export const FILTER_GROUPS: readonly FilterGroup[] = ['format', 'tag', 'grade', 'source', 'highlights'];

export interface LibraryQuery {
  sort: SortKey;
  direction: SortDirection;
  filters: LibraryFilters;
}

export const DEFAULT_QUERY: LibraryQuery = { sort: 'imported', direction: 'desc', filters: {} };

/** One choice of a filter group: its value and how many documents it would show. */
export interface FilterChoice {
  value: string;
  count: number;
}

export type FilterCounts = Record<FilterGroup, FilterChoice[]>;

const HIGHLIGHT_CHOICES: readonly HighlightFilter[] = ['has', 'none', 'review'];

/** The values a document has in a group (a document has several tags, or none). */
export function valuesOf(doc: DocumentSummary, group: FilterGroup): readonly string[] {
  switch (group) {
    case 'format':
      return [doc.format];
    case 'tag':
      return doc.tags;
    case 'grade':
      return [doc.reliability ?? NONE];
    case 'source':
      return [doc.source ?? NONE];
    case 'highlights':
      return HIGHLIGHT_CHOICES.filter((choice) => matchesHighlights(doc, choice));
  }
}

function matchesHighlights(doc: DocumentSummary, choice: HighlightFilter): boolean {
  if (choice === 'has') return doc.highlightCount > 0;
  if (choice === 'none') return doc.highlightCount === 0;
  return doc.needsReviewCount > 0;
}

function matchesGroup(doc: DocumentSummary, group: FilterGroup, value: string | undefined): boolean {
  return value === undefined || valuesOf(doc, group).includes(value);
}

function matchesExcept(doc: DocumentSummary, filters: LibraryFilters, skip: FilterGroup | null): boolean {
  return FILTER_GROUPS.every((group) => group === skip || matchesGroup(doc, group, filters[group]));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Missing values (no date, no source) sort last whichever the direction: they are not "earliest". */
function sortValue(doc: DocumentSummary, key: SortKey): string | null {
  switch (key) {
    case 'title':
      return doc.title;
    case 'published':
      return doc.publishedDate;
    case 'imported':
      return doc.importedAt;
    case 'source':
      return doc.source;
  }
}

export function compareDocuments(a: DocumentSummary, b: DocumentSummary, sort: SortKey, direction: SortDirection) {
  const x = sortValue(a, sort);
  const y = sortValue(b, sort);
  if (x === null || y === null) {
    if (x !== y) return x === null ? 1 : -1;
  } else {
    // Dates are ISO strings: code-unit order is time order (numeric collation would misread "2024-1").
    const order = sort === 'title' || sort === 'source' ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return direction === 'asc' ? order : -order;
  }
  // One import shares a time: its files then go by name, newest-first reversing the import order.
  if (sort === 'imported') {
    const byName = collator.compare(a.fileName, b.fileName);
    if (byName !== 0) return direction === 'asc' ? byName : -byName;
  }
  // Other ties keep one stable order whatever the key: by title, then file name, then id.
  return collator.compare(a.title, b.title) || collator.compare(a.fileName, b.fileName) || (a.id < b.id ? -1 : 1);
}

/** The documents the query shows, in its order. */
export function applyQuery(documents: readonly DocumentSummary[], query: LibraryQuery): DocumentSummary[] {
  return documents
    .filter((doc) => matchesExcept(doc, query.filters, null))
    .sort((a, b) => compareDocuments(a, b, query.sort, query.direction));
}

/** Every value each group offers in this library, with its count under the other groups' choices. */
export function filterCounts(documents: readonly DocumentSummary[], filters: LibraryFilters): FilterCounts {
  const counts = {} as FilterCounts;
  for (const group of FILTER_GROUPS) {
    const tally = new Map<string, number>();
    // Every value the library has is offered, even at 0, so a choice does not vanish under another.
    for (const doc of documents) for (const value of valuesOf(doc, group)) if (!tally.has(value)) tally.set(value, 0);
    if (group === 'highlights') for (const choice of HIGHLIGHT_CHOICES) if (!tally.has(choice)) tally.set(choice, 0);
    for (const doc of documents) {
      if (!matchesExcept(doc, filters, group)) continue;
      for (const value of new Set(valuesOf(doc, group))) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    const choices = [...tally].map(([value, count]) => ({ value, count }));
    if (group !== 'highlights') choices.sort((a, b) => orderChoices(a.value, b.value));
    else
      choices.sort(
        (a, b) =>
          HIGHLIGHT_CHOICES.indexOf(a.value as HighlightFilter) - HIGHLIGHT_CHOICES.indexOf(b.value as HighlightFilter),
      );
    counts[group] = choices;
  }
  return counts;
}

/** Named values alphabetically, the "none" choice last. */
function orderChoices(a: string, b: string): number {
  if (a === NONE || b === NONE) return a === b ? 0 : a === NONE ? 1 : -1;
  return collator.compare(a, b);
}

export function activeFilterCount(filters: LibraryFilters): number {
  return FILTER_GROUPS.filter((group) => filters[group] !== undefined).length;
}
