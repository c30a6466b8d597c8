import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentFormat, DocumentId, DocumentSummary, Reliability } from '../../../../electron/contract';
import {
  applyQuery,
  filterCounts,
  FILTER_GROUPS,
  NONE,
  type FilterGroup,
  type LibraryFilters,
  type LibraryQuery,
  type SortKey,
} from './library-query';

let serial = 0;
const doc = (fields: Partial<DocumentSummary> = {}): DocumentSummary => {
  serial += 1;
  return {
    id: `d${String(serial).padStart(4, '0')}` as DocumentId,
    title: `Document ${serial}`,
    source: null,
    author: null,
    publishedDate: null,
    url: null,
    language: null,
    fileName: `file-${serial}.txt`,
    format: 'text',
    wordCount: 10,
    highlightCount: 0,
    needsReviewCount: 0,
    tags: [],
    importedAt: '2025-01-01T00:00:00.000Z',
    reliability: null,
    ...fields,
  };
};

const titles = (docs: DocumentSummary[]) => docs.map((d) => d.title);

describe('sorting the library', () => {
  const a = doc({
    title: 'report 10',
    publishedDate: '2024-03',
    source: 'Reuters',
    importedAt: '2025-01-03T00:00:00Z',
  });
  const b = doc({ title: 'Report 9', publishedDate: null, source: 'AFP', importedAt: '2025-01-01T00:00:00Z' });
  const c = doc({ title: 'Árbol', publishedDate: '2023-12-31', source: null, importedAt: '2025-01-02T00:00:00Z' });
  const all = [a, b, c];
  const sorted = (sort: SortKey, direction: 'asc' | 'desc') =>
    titles(applyQuery(all, { sort, direction, filters: {} }));

  it('by title, ignoring case and accents, with numbers in number order', () => {
    expect(sorted('title', 'asc')).toEqual(['Árbol', 'Report 9', 'report 10']);
    expect(sorted('title', 'desc')).toEqual(['report 10', 'Report 9', 'Árbol']);
  });

  it('by published date, documents without one last in both directions', () => {
    expect(sorted('published', 'asc')).toEqual(['Árbol', 'report 10', 'Report 9']);
    expect(sorted('published', 'desc')).toEqual(['report 10', 'Árbol', 'Report 9']);
  });

  it('by imported date and by source', () => {
    expect(sorted('imported', 'desc')).toEqual(['report 10', 'Árbol', 'Report 9']);
    expect(sorted('source', 'asc')).toEqual(['Report 9', 'report 10', 'Árbol']);
  });
});

describe('filtering the library with counts', () => {
  const pdfTagged = doc({ format: 'pdf', tags: ['Ports', 'Strikes'], highlightCount: 2, reliability: 'B' });
  const pdfReview = doc({ format: 'pdf', highlightCount: 1, needsReviewCount: 1, source: 'AFP' });
  const text = doc({ format: 'text', tags: ['Ports'], highlightCount: 1, reliability: 'B', source: 'AFP' });
  const bare = doc({ format: 'markdown' });
  const all = [pdfTagged, pdfReview, text, bare];
  const count = (filters: LibraryFilters, group: FilterGroup, value: string) =>
    filterCounts(all, filters)[group].find((choice) => choice.value === value)?.count;

  it('counts every value of each group, and "none" choices', () => {
    const counts = filterCounts(all, {});
    expect(counts.format).toEqual([
      { value: 'markdown', count: 1 },
      { value: 'pdf', count: 2 },
      { value: 'text', count: 1 },
    ]);
    expect(counts.tag).toEqual([
      { value: 'Ports', count: 2 },
      { value: 'Strikes', count: 1 },
    ]);
    expect(counts.grade).toEqual([
      { value: 'B', count: 2 },
      { value: NONE, count: 2 },
    ]);
    expect(counts.highlights).toEqual([
      { value: 'has', count: 3 },
      { value: 'none', count: 1 },
      { value: 'review', count: 1 },
    ]);
  });

  it('a choice counts what it would show with the other groups applied', () => {
    const filters: LibraryFilters = { format: 'pdf' };
    expect(titles(applyQuery(all, { sort: 'title', direction: 'asc', filters }))).toEqual([
      pdfTagged.title,
      pdfReview.title,
    ]);
    // Its own group is set aside: switching to "text" would show one document.
    expect(count(filters, 'format', 'text')).toBe(1);
    expect(count(filters, 'tag', 'Ports')).toBe(1);
    expect(count(filters, 'highlights', 'review')).toBe(1);
    // A value the filter hides elsewhere stays offered, at 0.
    expect(count({ format: 'markdown' }, 'tag', 'Strikes')).toBe(0);
  });

  it('groups combine with AND', () => {
    const shown = applyQuery(all, { sort: 'title', direction: 'asc', filters: { tag: 'Ports', source: 'AFP' } });
    expect(titles(shown)).toEqual([text.title]);
    expect(
      titles(applyQuery(all, { sort: 'title', direction: 'asc', filters: { source: NONE, grade: NONE } })),
    ).toEqual([bare.title]);
  });
});

describe('against a brute-force oracle', () => {
  const arbDoc = fc
    .record({
      title: fc.constantFrom('Alpha', 'alpha', 'Beta', 'Éclair', 'eclair', 'Report 2', 'Report 10'),
      format: fc.constantFrom<DocumentFormat>('text', 'pdf', 'html'),
      tags: fc.uniqueArray(fc.constantFrom('Ports', 'Strikes', 'Fuel'), { maxLength: 3 }),
      reliability: fc.option(fc.constantFrom<Reliability>('A', 'B', 'F')),
      source: fc.option(fc.constantFrom('AFP', 'Reuters')),
      highlightCount: fc.nat(3),
      needsReview: fc.boolean(),
      publishedDate: fc.option(fc.constantFrom('2023', '2024-02', '2024-02-10')),
      importedAt: fc.constantFrom('2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z'),
    })
    .map(({ needsReview, ...fields }) =>
      doc({ ...fields, needsReviewCount: needsReview ? Math.min(1, fields.highlightCount) : 0 }),
    );
  const arbFilters: fc.Arbitrary<LibraryFilters> = fc.record(
    {
      format: fc.constantFrom<DocumentFormat>('text', 'pdf', 'html'),
      tag: fc.constantFrom('Ports', 'Strikes', 'Fuel'),
      grade: fc.constantFrom('A', 'B', 'F', NONE),
      source: fc.constantFrom('AFP', 'Reuters', NONE),
      highlights: fc.constantFrom('has' as const, 'none' as const, 'review' as const),
    },
    { requiredKeys: [] },
  );
  const arbQuery: fc.Arbitrary<LibraryQuery> = fc.record({
    sort: fc.constantFrom<SortKey>('title', 'published', 'imported', 'source'),
    direction: fc.constantFrom('asc' as const, 'desc' as const),
    filters: arbFilters,
  });

  // The oracle spells each rule out field by field, independently of valuesOf.
  const oracleMatches = (d: DocumentSummary, f: LibraryFilters, skip: FilterGroup | null): boolean =>
    (skip === 'format' || f.format === undefined || d.format === f.format) &&
    (skip === 'tag' || f.tag === undefined || d.tags.includes(f.tag)) &&
    (skip === 'grade' || f.grade === undefined || (d.reliability ?? NONE) === f.grade) &&
    (skip === 'source' || f.source === undefined || (d.source ?? NONE) === f.source) &&
    (skip === 'highlights' ||
      f.highlights === undefined ||
      (f.highlights === 'has' && d.highlightCount > 0) ||
      (f.highlights === 'none' && d.highlightCount === 0) ||
      (f.highlights === 'review' && d.needsReviewCount > 0));

  it('shows exactly the documents every chosen filter admits, each once, in sorted order', () => {
    fc.assert(
      fc.property(fc.array(arbDoc, { maxLength: 25 }), arbQuery, (docs, query) => {
        const shown = applyQuery(docs, query);
        const expected = docs.filter((d) => oracleMatches(d, query.filters, null));
        expect(new Set(shown.map((d) => d.id))).toEqual(new Set(expected.map((d) => d.id)));
        expect(shown).toHaveLength(expected.length);
        // In order: no neighbour pair is out of order under the chosen key.
        for (let i = 1; i < shown.length; i++) {
          const [prev, next] = [shown[i - 1]!, shown[i]!];
          const key = { title: 'title', published: 'publishedDate', imported: 'importedAt', source: 'source' } as const;
          const x = prev[key[query.sort]];
          const y = next[key[query.sort]];
          if (x === null) expect(y).toBeNull();
          else if (y !== null && query.sort !== 'title' && query.sort !== 'source')
            expect(query.direction === 'asc' ? x <= y : x >= y).toBe(true);
        }
      }),
    );
  });

  it('each choice counts the documents that choosing it would show', () => {
    fc.assert(
      fc.property(fc.array(arbDoc, { maxLength: 25 }), arbFilters, (docs, filters) => {
        const counts = filterCounts(docs, filters);
        for (const group of FILTER_GROUPS) {
          for (const { value, count } of counts[group]) {
            const chosen: LibraryFilters = { ...filters, [group]: value };
            expect(count).toBe(docs.filter((d) => oracleMatches(d, chosen, null)).length);
          }
        }
      }),
    );
  });
});
