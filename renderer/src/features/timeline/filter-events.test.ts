import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Credibility,
  DocumentId,
  DocumentSummary,
  EventId,
  HighlightId,
  Reliability,
  TimelineEvent,
} from '../../../../electron/contract';
import { NO_TIMELINE_FILTER, type TimelineFilter } from '../../store/timeline-filter-slice';
import { filterEvents, filterOptions, isFiltering, readRange } from './filter-events';

const doc = (id: string, title: string, source: string | null): DocumentSummary => ({
  id: id as DocumentId,
  title,
  source,
  author: null,
  publishedDate: null,
  url: null,
  language: null,
  fileName: `${id}.txt`,
  format: 'text',
  wordCount: 1,
  highlightCount: 1,
  needsReviewCount: 0,
  tags: [],
  importedAt: '2024-01-01T00:00:00Z',
  reliability: null,
});

let serial = 0;
const passage = (
  documentId: string,
  tags: string[],
  quote = 'a quote',
  grade: { reliability?: Reliability | null; credibility?: Credibility | null } = {},
) => ({
  highlight: {
    id: `h${++serial}` as HighlightId,
    documentId: documentId as DocumentId,
    start: 0,
    end: quote.length,
    quote,
    prefix: '',
    suffix: '',
    color: 'yellow' as const,
    note: '',
    tags,
    status: 'anchored' as const,
    createdAt: '2024-01-01T00:00:00Z',
    credibility: grade.credibility ?? null,
    reliability: grade.reliability ?? null,
  },
  documentTitle: `Title of ${documentId}`,
});

const event = (
  id: string,
  earliest: string | null,
  latest: string | null,
  fields: Partial<Pick<TimelineEvent, 'title' | 'description' | 'passages'>> = {},
): TimelineEvent => ({
  id: id as EventId,
  date: '2024',
  dateLabel: '2024',
  earliest,
  latest,
  title: fields.title ?? id,
  description: fields.description ?? '',
  passages: fields.passages ?? [],
  createdAt: '2024-01-01T00:00:00Z',
  disagreement: null,
  grade: null,
});

const filter = (change: Partial<TimelineFilter>): TimelineFilter => ({ ...NO_TIMELINE_FILTER, ...change });
const ids = (events: TimelineEvent[]) => events.map((e) => e.id);

const documents = [
  doc('d1', 'Reuters piece', 'Reuters'),
  doc('d2', 'Le Monde piece', 'Le Monde'),
  doc('d3', 'Memo', null),
];
const events = [
  event('march', '2024-03-01', '2024-03-31', {
    title: 'Funding round announced',
    passages: [passage('d1', ['Funding'], 'The round closed in March.')],
  }),
  event('about2024', '2023-07-01', '2025-06-30', {
    description: 'Société générale was involved',
    passages: [passage('d2', ['régulation', 'Funding'])],
  }),
  event('before-may', null, '2024-04-30', { passages: [passage('d3', ['memo'])] }),
  event('since-june', '2024-06-01', null, { passages: [passage('d1', ['sanctions']), passage('d2', ['funding'])] }),
];

describe('filterEvents', () => {
  it('keeps every event, in order, when nothing is set', () => {
    expect(isFiltering(NO_TIMELINE_FILTER)).toBe(false);
    expect(ids(filterEvents(events, NO_TIMELINE_FILTER, documents))).toEqual(ids(events));
  });

  it('filters by a tag of a linked passage, in any case and with any accents', () => {
    expect(ids(filterEvents(events, filter({ tag: 'funding' }), documents))).toEqual([
      'march',
      'about2024',
      'since-june',
    ]);
    expect(ids(filterEvents(events, filter({ tag: 'REGULATION' }), documents))).toEqual(['about2024']);
  });

  it('filters by document and by source through the library’s documents', () => {
    expect(ids(filterEvents(events, filter({ documentId: 'd3' as DocumentId }), documents))).toEqual(['before-may']);
    expect(ids(filterEvents(events, filter({ source: 'le monde' }), documents))).toEqual(['about2024', 'since-june']);
  });

  it('asks tag, document and source of one and the same passage', () => {
    // since-june has a Reuters passage and a "funding" passage, but not one that is both.
    expect(ids(filterEvents(events, filter({ tag: 'funding', source: 'Reuters' }), documents))).toEqual(['march']);
  });

  it('filters by typed dates, overlapping uncertain and open-ended dates', () => {
    expect(ids(filterEvents(events, filter({ from: 'March 2024', to: 'March 2024' }), documents))).toEqual([
      'march',
      'about2024',
      'before-may',
    ]);
    expect(ids(filterEvents(events, filter({ from: '2025' }), documents))).toEqual(['about2024', 'since-june']);
    expect(ids(filterEvents(events, filter({ to: '2023' }), documents))).toEqual(['about2024', 'before-may']);
  });

  it('ignores an unreadable end and says why', () => {
    const read = readRange({ from: '2024-13', to: 'May 2024' });
    expect(read.fromError).toMatch(/month 13/);
    expect(read.toError).toBeNull();
    expect(read.range).toEqual({ from: null, to: '2024-05-31' });
    expect(ids(filterEvents(events, filter({ from: '2024-13', to: 'May 2024' }), documents))).toEqual([
      'march',
      'about2024',
      'before-may',
    ]);
  });

  it('leaves a To before the From open and says why', () => {
    const read = readRange({ from: 'May 2024', to: 'March 2024' });
    expect(read.toError).toBe('“March 2024” ends before “May 2024” begins: put the earlier date in From.');
    expect(read.range).toEqual({ from: '2024-05-01', to: null });
    expect(ids(filterEvents(events, filter({ from: 'May 2024', to: 'March 2024' }), documents))).toEqual([
      'about2024',
      'since-june',
    ]);
  });

  it('finds every word of the text in the title, description or quotes, ignoring case and accents', () => {
    expect(ids(filterEvents(events, filter({ text: 'societe' }), documents))).toEqual(['about2024']);
    expect(ids(filterEvents(events, filter({ text: 'ROUND march' }), documents))).toEqual(['march']);
    expect(ids(filterEvents(events, filter({ text: 'round nowhere' }), documents))).toEqual([]);
  });
});

describe('filterEvents by grade', () => {
  const graded = [
    event('b2', '2024-01-01', '2024-01-01', {
      passages: [passage('d1', ['x'], 'q', { reliability: 'B', credibility: 2 })],
    }),
    event('d4-and-a1', '2024-01-02', '2024-01-02', {
      passages: [
        passage('d2', [], 'q', { reliability: 'D', credibility: 4 }),
        passage('d1', [], 'q', { reliability: 'A', credibility: 1 }),
      ],
    }),
    event('source-only', '2024-01-03', '2024-01-03', { passages: [passage('d1', ['x'], 'q', { reliability: 'B' })] }),
    event('ungraded', '2024-01-04', '2024-01-04', { passages: [passage('d1', ['x'])] }),
    event('no-passage', '2024-01-05', '2024-01-05'),
  ];

  it('keeps events with a passage at least as good on each axis set, and hides ungraded ones', () => {
    expect(isFiltering(filter({ reliability: 'B' }))).toBe(true);
    expect(ids(filterEvents(graded, filter({ reliability: 'B' }), documents))).toEqual([
      'b2',
      'd4-and-a1',
      'source-only',
    ]);
    expect(ids(filterEvents(graded, filter({ credibility: 2 }), documents))).toEqual(['b2', 'd4-and-a1']);
    expect(ids(filterEvents(graded, filter({ reliability: 'A', credibility: 3 }), documents))).toEqual(['d4-and-a1']);
    expect(ids(filterEvents(graded, filter({ reliability: 'F' }), documents))).toEqual([
      'b2',
      'd4-and-a1',
      'source-only',
    ]);
  });

  it('asks the grade of the same passage as the tag', () => {
    // d4-and-a1's A1 passage is untagged; only b2 has an "x" passage graded B or better with information 2 or better.
    expect(ids(filterEvents(graded, filter({ tag: 'x', credibility: 2 }), documents))).toEqual(['b2']);
  });
});

describe('filterOptions', () => {
  it('offers the tags, documents and sources of linked passages, once each, sorted', () => {
    const options = filterOptions(events, documents);
    expect(options.tags).toEqual(['Funding', 'memo', 'régulation', 'sanctions']);
    expect(options.documents.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect(options.sources).toEqual(['Le Monde', 'Reuters']);
  });
});

/** The oracle: every rule written out the slow way, day by day and letter by letter. */
const DAYS = Array.from({ length: 12 }, (_, i) => `2024-01-${String(i + 10).padStart(2, '0')}`);
const PLAIN: Record<string, string> = { é: 'e', É: 'e', ü: 'u', Ü: 'u' };
const LETTERS = 'ABCDEF';
const plain = (text: string) => [...text].map((c) => PLAIN[c] ?? c.toLowerCase()).join('');

function oracle(all: TimelineEvent[], f: TimelineFilter, docs: DocumentSummary[]): TimelineEvent[] {
  const universe = ['2000-01-01', ...DAYS, '2099-12-31'];
  // A To before the From is refused in the bar and left open.
  const to = f.from !== '' && f.to !== '' && f.to < f.from ? '' : f.to;
  const inRange = (day: string) => (f.from === '' || day >= f.from) && (to === '' || day <= to);
  return all.filter((e) => {
    const days = universe.filter(
      (d) => (e.earliest === null || d >= e.earliest) && (e.latest === null || d <= e.latest),
    );
    if (!days.some(inRange)) return false;
    const passageOk = e.passages.some(
      (p) =>
        (f.reliability === null ||
          (p.highlight.reliability !== null &&
            LETTERS.indexOf(p.highlight.reliability) <= LETTERS.indexOf(f.reliability))) &&
        (f.credibility === null || (p.highlight.credibility !== null && p.highlight.credibility <= f.credibility)) &&
        (f.tag === null || p.highlight.tags.some((t) => plain(t) === plain(f.tag ?? ''))) &&
        (f.documentId === null || p.highlight.documentId === f.documentId) &&
        (f.source === null ||
          docs.some(
            (d) => d.id === p.highlight.documentId && d.source !== null && plain(d.source) === plain(f.source ?? ''),
          )),
    );
    const asksPassage =
      f.tag !== null || f.documentId !== null || f.source !== null || f.reliability !== null || f.credibility !== null;
    if (asksPassage && !passageOk) return false;
    const haystack = [e.title, e.description, ...e.passages.map((p) => p.highlight.quote)].map(plain);
    return f.text
      .split(' ')
      .filter((w) => w !== '')
      .every((w) => haystack.some((h) => h.includes(plain(w))));
  });
}

const word = fc.constantFrom('Été', 'ete', 'Zürich', 'zurich', 'Reuters', 'nord');
const day = fc.constantFrom(...DAYS);
const arbPassage = fc
  .record({
    doc: fc.constantFrom('d1', 'd2', 'd3'),
    tags: fc.array(word, { maxLength: 2 }),
    quote: word,
    reliability: fc.option(fc.constantFrom<Reliability>('A', 'B', 'C', 'D', 'E', 'F')),
    credibility: fc.option(fc.integer({ min: 1, max: 6 })),
  })
  .map((p) => passage(p.doc, p.tags, p.quote, p));
const arbEvent = fc
  .record({
    ends: fc.tuple(fc.option(day), fc.option(day)),
    title: word,
    description: fc.constantFrom('', 'nord sud'),
    passages: fc.array(arbPassage, { maxLength: 3 }),
  })
  .map((e) => {
    const [a, b] = e.ends;
    const [earliest, latest] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return event(`e${++serial}`, earliest, latest, e);
  });
const arbFilter = fc.record({
  tag: fc.option(word),
  documentId: fc.option(fc.constantFrom('d1', 'd2', 'd3') as fc.Arbitrary<DocumentId>),
  source: fc.option(fc.constantFrom('reuters', 'ZÜRICH')),
  from: fc.constantFrom('', ...DAYS),
  to: fc.constantFrom('', ...DAYS),
  text: fc.constantFrom('', 'ete', 'ZURICH nord', 'sud ete'),
  reliability: fc.option(fc.constantFrom<Reliability>('A', 'B', 'C', 'D', 'E', 'F')),
  credibility: fc.option(fc.integer({ min: 1, max: 6 })),
});
const arbDocs = fc
  .tuple(fc.constantFrom('Reuters', null), fc.constantFrom('Zurich', 'Reuters'), fc.constantFrom(null, 'zürich'))
  .map(([a, b, c]) => [doc('d1', 'One', a), doc('d2', 'Two', b), doc('d3', 'Three', c)]);

describe('filterEvents against the oracle', () => {
  it('keeps exactly the events the slow rules keep', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 8 }), arbFilter, arbDocs, (all, f, docs) => {
        expect(ids(filterEvents(all, f, docs))).toEqual(ids(oracle(all, f, docs)));
      }),
      { numRuns: 500 },
    );
  });
});
