/** The Markdown brief parsed back with a real CommonMark parser: user text stays literal text. */
import * as commonmark from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentId, DocumentSummary, EventId, HighlightId, Passage, TagId, TimelineEvent } from '../../contract';
import { readEdtf } from '../../contract';
import { renderBrief } from './brief';
import { escapeInline } from './markdown-escape';

const parse = (md: string) => new commonmark.Parser().parse(md);

function nodes(root: commonmark.Node): commonmark.Node[] {
  const out: commonmark.Node[] = [];
  const walker = root.walker();
  for (let step = walker.next(); step; step = walker.next()) if (step.entering) out.push(step.node);
  return out;
}

/** The literal text of a node, soft breaks as spaces. */
function textOf(node: commonmark.Node): string {
  return nodes(node)
    .map((n) => (n.type === 'text' ? n.literal : n.type === 'softbreak' ? ' ' : ''))
    .join('');
}

const hostile = [
  '*bold* _em_ [x](y) `code` <script>alert(1)</script> &amp; end',
  '# not a heading',
  '1. not a list',
  '- not a bullet',
  '> not a quote',
  'evil \u202Egnp.exe\u202C name',
];

const doc = (id: string, title: string): DocumentSummary => ({
  id: id as DocumentId,
  title,
  source: 'Le *Nouvelliste*',
  author: null,
  publishedDate: '2024-06-25',
  url: null,
  language: null,
  fileName: `${id}.txt`,
  format: 'text',
  wordCount: 10,
  highlightCount: 1,
  importedAt: '2025-01-01T00:00:00.000Z',
  reliability: null,
});

const passage = (id: string, documentId: string, quote: string, note = ''): Passage => ({
  documentTitle: 'unused',
  highlight: {
    id: id as HighlightId,
    documentId: documentId as DocumentId,
    start: 0,
    end: quote.length,
    quote,
    prefix: '',
    suffix: '',
    color: 'yellow',
    note,
    tags: [],
    status: 'anchored',
    createdAt: '2025-01-01T00:00:00.000Z',
    credibility: null,
    reliability: null,
  },
});

const labelOf = (edtf: string): string => {
  const read = readEdtf(edtf);
  return read.ok ? read.reading.label : edtf;
};

const event = (id: string, date: string, title: string, passages: Passage[] = []): TimelineEvent => ({
  id: id as EventId,
  date,
  dateLabel: labelOf(date),
  earliest: null,
  latest: null,
  title,
  description: '',
  passages,
  createdAt: '2025-01-01T00:00:00.000Z',
  disagreement: null,
  grade: null,
});

function hostileBrief() {
  const passages = hostile.map((q, i) => passage(`h${i}`, i % 2 ? 'd2' : 'd1', q, hostile[(i + 1) % hostile.length]));
  return renderBrief({
    title: 'Brief *Haiti* <b>',
    generatedAt: new Date('2025-02-03T10:00:00Z'),
    documents: [doc('d1', 'Report [one](http://evil)'), doc('d2', 'Second `report`')],
    events: [
      event('e1', '2023', 'Earlier: *year*', [passages[0]!]),
      event('e2', '2024-06', 'Middle # month'),
      event('e3', '2024-06-25', '- arrival', [passages[1]!]),
    ],
    tags: [
      {
        tag: {
          id: 't1' as TagId,
          name: '<i>tag</i>',
          parentId: null,
          color: null,
          description: '',
          pin: null,
          count: passages.length,
          totalCount: passages.length,
        },
        passages,
      },
    ],
    passages,
  });
}

// eslint-disable-next-line no-control-regex -- the escaper must drop exactly these controls
const invisible = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
const withoutBidi = (s: string) => s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

describe('renderBrief', () => {
  it('renders every piece of user text as literal text, with no HTML, links, emphasis or code from it', () => {
    const md = hostileBrief();
    const all = nodes(parse(md));
    expect(
      all.filter((n) => ['html_inline', 'html_block', 'link', 'code', 'code_block', 'image'].includes(n.type)),
    ).toEqual([]);
    // The only emphasis is ours: the "Prepared …" line and the document titles in the footnotes.
    const emphasis = all.filter((n) => n.type === 'emph').map(textOf);
    expect(emphasis).toEqual([
      expect.stringMatching(/^Prepared 2025-02-03 with Dossier/) as string,
      'Report [one](http://evil)',
      'Second `report`',
    ]);
    expect(all.filter((n) => n.type === 'list')).toEqual([]);
  });

  it('each quote is a block quote whose text is what the analyst selected, ending with a footnote marker', () => {
    const md = hostileBrief();
    const quotes = nodes(parse(md))
      .filter((n) => n.type === 'block_quote')
      .map(textOf);
    expect(quotes.length).toBe(2 + hostile.length * 2);
    for (const q of quotes) {
      const match = /^(.*) \[\^(\d)\]$/.exec(q);
      expect(match, q).not.toBeNull();
      expect(hostile.map(withoutBidi)).toContain(match?.[1]);
    }
  });

  it('headings and notes show the typed text literally', () => {
    const root = parse(hostileBrief());
    const headings = nodes(root)
      .filter((n) => n.type === 'heading')
      .map(textOf);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Brief *Haiti* <b>',
        '2023: Earlier: *year*',
        'June 2024: Middle # month',
        '25 June 2024: - arrival',
        '<i>tag</i>',
      ]),
    );
    const paragraphs = nodes(root)
      .filter((n) => n.type === 'paragraph' && n.parent?.type === 'document')
      .map(textOf);
    for (const note of hostile) expect(paragraphs).toContain(withoutBidi(note));
  });

  it('lists a source footnote for each cited document that is not swallowed as a link definition', () => {
    const md = hostileBrief();
    expect(md).toMatch(
      /^\[\^1\]: Source: \*Report \\\[one\\\]\(http:\/\/evil\)\*, Le \\\*Nouvelliste\\\*, 2024-06-25, file d1\.txt\.$/m,
    );
    expect(md).toMatch(/^\[\^2\]: Source: \*Second \\`report\\`\*/m);
    const paragraphs = nodes(parse(md))
      .filter((n) => n.type === 'paragraph')
      .map(textOf);
    expect(paragraphs.filter((p) => p.startsWith('[^'))).toEqual([
      '[^1]: Source: Report [one](http://evil), Le *Nouvelliste*, 2024-06-25, file d1.txt.',
      '[^2]: Source: Second `report`, Le *Nouvelliste*, 2024-06-25, file d2.txt.',
    ]);
  });

  it('puts the timeline in the order given, which the service keeps chronological', () => {
    const headings = nodes(parse(hostileBrief()))
      .filter((n) => n.type === 'heading' && n.level === 3)
      .map(textOf)
      .slice(0, 3);
    expect(headings.map((h) => h.split(':')[0])).toEqual(['2023', 'June 2024', '25 June 2024']);
  });

  it('says so when there is nothing yet', () => {
    const md = renderBrief({
      title: '',
      generatedAt: new Date('2025-01-01T00:00:00Z'),
      documents: [],
      events: [],
      tags: [],
      passages: [],
    });
    expect(md).toContain('# Brief\n');
    expect(md).toContain('No events yet.');
    expect(md).not.toContain('## Sources');
  });
});

describe('escapeInline', () => {
  it('parsed as a paragraph, gives back the input with white space collapsed and invisible controls removed', () => {
    const chars = fc.constantFrom(
      ...'*_`[]()<>#!&|~{}\\-+=.1 \t\nab\u202E\u2066\u0007é👍'.split(''),
      '&amp;',
      '<br>',
      '1. ',
      '- ',
      '> ',
      '```',
      '[a]: b',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(chars).map((a) => a.join('')),
        ),
        (s) => {
          const escaped = escapeInline(s);
          const expected = s.replace(invisible, '').replace(/\s+/g, ' ').trim();
          const root = parse(escaped);
          const blocks = nodes(root).filter((n) => n.parent?.type === 'document');
          if (expected === '') return;
          expect(blocks.map((b) => b.type)).toEqual(['paragraph']);
          expect(textOf(root).replace(/\s+/g, ' ').trim()).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
