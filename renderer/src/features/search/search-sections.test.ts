import { describe, expect, it } from 'vitest';
import type { SearchGroups } from '../../store/search-slice';
import { allHits, searchSections } from './search-sections';

const empty = { hits: [], total: 0, atLeast: false };

describe('search-sections', () => {
  it('leaves out empty groups, numbers hits across the others, and marks lower bounds', () => {
    const results = {
      documents: {
        hits: [
          { documentId: 'd1', title: 'One', score: 1, snippet: null, firstMatch: null },
          { documentId: 'd2', title: 'Two', score: 1, snippet: null, firstMatch: null },
        ],
        total: 2,
        atLeast: false,
      },
      highlights: empty,
      tags: { hits: [{ name: 'funding', count: 3, marks: [[0, 7]] }], total: 1, atLeast: false },
      events: {
        hits: [
          {
            eventId: 'e1',
            date: '2024',
            precision: 'year',
            title: { text: 'x', marks: [] },
            description: null,
            score: 1,
          },
        ],
        total: 50,
        atLeast: true,
      },
    } as unknown as SearchGroups;
    expect(searchSections(results).map((s) => [s.label, s.count, s.firstIndex, s.hits.length])).toEqual([
      ['Documents', '2', 0, 2],
      ['Tags', '1', 2, 1],
      ['Timeline events', '50+', 3, 1],
    ]);
    expect(allHits(results).map((hit) => hit.kind)).toEqual(['document', 'document', 'tag', 'event']);
    expect(searchSections(null)).toEqual([]);
  });
});
