/** Small projects for the brief's tests: plain builders with every field a brief can read. */
import type {
  DocumentId,
  DocumentSummary,
  EventId,
  HighlightId,
  Passage,
  TagId,
  TagSummary,
  TimelineEvent,
} from '../../../contract';
import type { BriefData, BriefSpec } from './brief-spec';
import { ALL_SECTIONS } from './brief-spec';

export function doc(id: string, title: string, extra: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id: id as DocumentId,
    title,
    source: 'Le Nouvelliste',
    author: 'R. Pierre',
    publishedDate: '2024-06-25',
    url: `https://example.org/${id}`,
    language: null,
    fileName: `${id}.txt`,
    format: 'text',
    wordCount: 10,
    highlightCount: 1,
    needsReviewCount: 0,
    tags: [],
    importedAt: '2025-01-02T10:00:00.000Z',
    reliability: 'B',
    ...extra,
  };
}

export function passage(
  id: string,
  documentId: string,
  quote: string,
  extra: Partial<Passage['highlight']> = {},
): Passage {
  return {
    documentTitle: `title of ${documentId}`,
    highlight: {
      id: id as HighlightId,
      documentId: documentId as DocumentId,
      start: 0,
      end: quote.length,
      quote,
      prefix: '',
      suffix: '',
      color: 'yellow',
      note: '',
      tags: [],
      status: 'anchored',
      createdAt: '2025-01-03T00:00:00.000Z',
      credibility: 2,
      reliability: 'B',
      ...extra,
    },
  };
}

export function tag(id: string, name: string, parentId: string | null = null): TagSummary {
  return {
    id: id as TagId,
    name,
    parentId: parentId as TagId | null,
    color: null,
    description: '',
    pin: null,
    count: 0,
    totalCount: 0,
  };
}

export function event(id: string, title: string, earliest: string, latest: string, passages: Passage[]): TimelineEvent {
  return {
    id: id as EventId,
    date: earliest === latest ? earliest : `${earliest}/${latest}`,
    dateLabel: earliest === latest ? earliest : `${earliest} – ${latest}`,
    earliest,
    latest,
    title,
    description: `What happened: ${title}`,
    passages,
    createdAt: '2025-01-04T00:00:00.000Z',
    disagreement: null,
    grade: null,
  };
}

export const GENERATED_AT = new Date('2026-01-15T12:00:00.000Z');

/** Two documents, three passages, two tags (one under the other), one event. */
export function sampleProject(): { spec: BriefSpec; data: BriefData } {
  const d1 = doc('d1', 'Port closure report');
  const d2 = doc('d2', 'Harbour master interview', { publishedDate: '2024-07-01', reliability: 'C', url: null });
  const p1 = passage('h1', 'd1', 'The port closed on 25 June.', { note: 'First report.', tags: ['Logistics'] });
  const p2 = passage('h2', 'd1', 'Fuel ran short within days.', { tags: ['Fuel', 'Logistics'], start: 40 });
  const p3 = passage('h3', 'd2', 'We had no warning.', { tags: [], credibility: 3, reliability: 'C' });
  const spec: BriefSpec = {
    title: 'Port closure',
    scope: {},
    structure: 'tag',
    sections: { ...ALL_SECTIONS },
    summary: 'The port **closed** suddenly.',
    judgments: [{ id: 'j1', text: 'The closure was *unannounced*.', citations: ['h1', 'h3'] }],
  };
  const data: BriefData = {
    documents: [d1, d2],
    events: [event('e1', 'Port closes', '2024-06-25', '2024-06-25', [p1, p3])],
    tags: [tag('t1', 'Logistics'), tag('t2', 'Fuel', 't1')],
    passages: [p1, p2, p3],
    generatedAt: GENERATED_AT,
  };
  return { spec, data };
}
