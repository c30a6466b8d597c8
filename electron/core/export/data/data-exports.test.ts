/** Data exports parse back to what went in: CSV through csv-parse, JSON through JSON.parse. */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { event, GENERATED_AT, passage, sampleProject, tag } from '../brief/brief-fixtures';
import { hostileText } from '../brief/hostile-project';
import { annotationsJson } from './annotations-json';
import { PASSAGE_COLUMNS, passageRows, passagesCsv, passagesJson } from './passages-export';
import { timelineDates, timelineJsCsv, TIMELINEJS_COLUMNS, timelineJson } from './timeline-export';

const readCsv = (csv: string) => parse(csv, { bom: true, relax_column_count: false });

/** What a cell reads back as: the formula guard adds an apostrophe before = + - @ (and tab, CR). */
const guarded = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

describe('passages CSV', () => {
  it('has the expected columns and one row per passage', () => {
    const { data } = sampleProject();
    const rows = readCsv(passagesCsv({ ...data, pageOf: new Map([['h1', 3]]) }));
    expect(rows[0]).toEqual([...PASSAGE_COLUMNS]);
    expect(rows[1]).toEqual([
      'Port closure report',
      'Le Nouvelliste',
      'The port closed on 25 June.',
      'First report.',
      'Logistics',
      'B2',
      'B',
      '2',
      '3',
      '2024-06-25',
      '2025-01-02',
      'dossier://open?doc=d1&highlight=h1',
    ]);
    expect(rows).toHaveLength(4);
  });

  it('parses back to the same fields whatever the quote, note and tags hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ quote: hostileText, note: hostileText, tag: hostileText }), {
          minLength: 1,
          maxLength: 4,
        }),
        (items) => {
          const { data } = sampleProject();
          const passages = items.map((it, i) => passage(`x${i}`, 'd1', it.quote, { note: it.note, tags: [it.tag] }));
          const input = { documents: data.documents, passages };
          const rows = readCsv(passagesCsv(input));
          const expected = passageRows(input).map((r) => PASSAGE_COLUMNS.map((c) => guarded(r[c])));
          expect(rows.slice(1)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps a formula in a quote from running in a spreadsheet', () => {
    const { data } = sampleProject();
    const csv = passagesCsv({
      documents: data.documents,
      passages: [passage('f', 'd1', '=HYPERLINK("http://x.test")')],
    });
    expect(readCsv(csv)[1]?.[2]).toBe(`'=HYPERLINK("http://x.test")`);
  });

  it('writes the same rows as JSON', () => {
    const { data } = sampleProject();
    const json = JSON.parse(passagesJson(data)) as {
      passages: { highlightId: string; quote: string; tags: string[] }[];
    };
    expect(json.passages.map((p) => p.highlightId)).toEqual(['h1', 'h2', 'h3']);
    expect(json.passages[1]?.tags).toEqual(['Fuel', 'Logistics']);
  });
});

describe('timeline exports', () => {
  it('writes TimelineJS columns exactly, with the dates as coarse as the event is known', () => {
    const { data } = sampleProject();
    const events = [
      event('a', 'A day', '2024-06-25', '2024-06-25', []),
      { ...event('b', 'A month', '2024-03-01', '2024-03-31', []), dateLabel: 'March 2024' },
      event('c', 'A span', '2024-03-05', '2024-05-20', []),
      event('d', 'Whole years', '2023-01-01', '2024-12-31', []),
      { ...event('e', 'Before', '2024-04-22', '2024-04-22', []), earliest: null },
      { ...event('f', 'Unknown', '2024-01-01', '2024-01-01', []), earliest: null, latest: null },
    ];
    const { csv, skipped } = timelineJsCsv(events, data.documents);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([
      'Year',
      'Month',
      'Day',
      'Time',
      'End Year',
      'End Month',
      'End Day',
      'End Time',
      'Display Date',
      'Headline',
      'Text',
      'Media',
      'Media Credit',
      'Media Caption',
      'Media Thumbnail',
      'Type',
      'Group',
      'Background',
    ]);
    expect(rows[0]).toEqual([...TIMELINEJS_COLUMNS]);
    expect(rows.slice(1).map((r) => r.slice(0, 9))).toEqual([
      ['2024', '6', '25', '', '', '', '', '', '2024-06-25'],
      ['2024', '3', '', '', '', '', '', '', 'March 2024'],
      ['2024', '3', '5', '', '2024', '5', '20', '', '2024-03-05 – 2024-05-20'],
      ['2023', '', '', '', '2024', '', '', '', '2023-01-01 – 2024-12-31'],
      ['2024', '4', '22', '', '', '', '', '', '2024-04-22'],
    ]);
    expect(skipped.map((e) => e.id)).toEqual(['f']);
  });

  it('escapes text TimelineJS would render as HTML, and carries the quotes', () => {
    const { data } = sampleProject();
    const hostile = {
      ...event('x', '<img src=x onerror=alert(1)>', '2024-01-01', '2024-01-01', [data.passages[0]!]),
      description: 'a <b>',
    };
    const row = readCsv(timelineJsCsv([hostile], data.documents).csv)[1] ?? [];
    expect(row[9]).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(row[10]).toBe(
      '<p>a &lt;b&gt;</p><blockquote>The port closed on 25 June.</blockquote><p>— Port closure report</p>',
    );
  });

  it('reads dates across a leap year end of February', () => {
    expect(timelineDates('2024-02-01', '2024-02-29')).toEqual({ start: ['2024', '2', ''], end: null });
    expect(timelineDates('2023-02-01', '2023-02-28')).toEqual({ start: ['2023', '2', ''], end: null });
  });

  it('writes the timeline as JSON with each event’s passages and deep links', () => {
    const { data } = sampleProject();
    const json = JSON.parse(timelineJson(data.events, data.documents)) as {
      events: { id: string; passages: { highlightId: string; grade: string; link: string }[] }[];
    };
    expect(json.events[0]?.passages.map((p) => [p.highlightId, p.grade, p.link])).toEqual([
      ['h1', 'B2', 'dossier://open?doc=d1&highlight=h1'],
      ['h3', 'C3', 'dossier://open?doc=d2&highlight=h3'],
    ]);
  });
});

describe('annotations JSON', () => {
  it('holds documents, the tag tree, highlights with links, and events', () => {
    const { data } = sampleProject();
    const text = annotationsJson({
      ...data,
      projectName: 'Port',
      generatedAt: GENERATED_AT,
      tags: [...data.tags, tag('t3', 'Fuel prices', 't2')],
      links: [{ fromHighlightId: 'h1', toHighlightId: 'h3', kind: 'corroborates' }],
    });
    const json = JSON.parse(text) as {
      documents: { id: string }[];
      tags: { name: string; children: { name: string; children: { name: string }[] }[] }[];
      highlights: { id: string; grade: string; links: { kind: string; highlightId: string }[] }[];
      events: { highlightIds: string[] }[];
    };
    expect(json.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(json.tags[0]?.name).toBe('Logistics');
    expect(json.tags[0]?.children[0]?.children[0]?.name).toBe('Fuel prices');
    expect(json.highlights.find((h) => h.id === 'h1')?.links).toEqual([{ kind: 'corroborates', highlightId: 'h3' }]);
    expect(json.highlights.map((h) => h.grade)).toEqual(['B2', 'B2', 'C3']);
    expect(json.events[0]?.highlightIds).toEqual(['h1', 'h3']);
    expect(annotationsJson({ ...data, projectName: 'Port' })).toBe(
      annotationsJson({ ...sampleProject().data, projectName: 'Port' }),
    );
  });
});
