/**
 * The search response as the list shows it: one section per kind of hit (empty ones left out),
 * and every hit numbered across sections, so the arrow keys move through all of them in order.
 */
import type { EventHit, HighlightHit, SearchHit, TagHit } from '../../../../electron/contract';
import type { SearchGroups } from '../../store/search-slice';

export type AnyHit =
  | { kind: 'document'; hit: SearchHit }
  | { kind: 'highlight'; hit: HighlightHit }
  | { kind: 'tag'; hit: TagHit }
  | { kind: 'event'; hit: EventHit };

export interface Section {
  id: keyof SearchGroups;
  label: string;
  /** "12", or "50+" when the total is a lower bound. */
  count: string;
  hits: AnyHit[];
  /** Position of the section's first hit among all hits. */
  firstIndex: number;
}

const count = (group: { total: number; atLeast: boolean }, shown: number): string =>
  `${Math.max(group.total, shown)}${group.atLeast ? '+' : ''}`;

export function searchSections(results: SearchGroups | null): Section[] {
  if (!results) return [];
  const { documents, highlights, tags, events } = results;
  const all: Omit<Section, 'firstIndex'>[] = [
    {
      id: 'documents',
      label: 'Documents',
      count: count(documents, documents.hits.length),
      hits: documents.hits.map((hit) => ({ kind: 'document', hit })),
    },
    {
      id: 'highlights',
      label: 'Highlights & notes',
      count: count(highlights, highlights.hits.length),
      hits: highlights.hits.map((hit) => ({ kind: 'highlight', hit })),
    },
    {
      id: 'tags',
      label: 'Tags',
      count: count(tags, tags.hits.length),
      hits: tags.hits.map((hit) => ({ kind: 'tag', hit })),
    },
    {
      id: 'events',
      label: 'Timeline events',
      count: count(events, events.hits.length),
      hits: events.hits.map((hit) => ({ kind: 'event', hit })),
    },
  ];
  let firstIndex = 0;
  return all
    .filter((section) => section.hits.length > 0)
    .map((section) => {
      const placed = { ...section, firstIndex };
      firstIndex += section.hits.length;
      return placed;
    });
}

export const allHits = (results: SearchGroups | null): AnyHit[] =>
  searchSections(results).flatMap((section) => section.hits);
