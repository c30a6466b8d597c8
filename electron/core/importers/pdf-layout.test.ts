/**
 * PDF page layout: two-column pages read column by column (on PDFs generated here, and on text laid
 * out word by word, as pdf.js reports most real PDFs), and page numbers dropped even on one page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPdf, type FixturePage } from '../testing/pdf-fixtures';
import { parsePdf } from './pdf';
import { findGutter } from './pdf-columns';
import { bodyLines, pageRows, type PdfTextItem } from './pdf-lines';

const header = 'MSS Mission Report';

const twoColumnPage: FixturePage = {
  footer: '1',
  lines: [{ text: 'Port Road Blocked for a Second Week', size: 18, bold: true }],
  columns: {
    left: [
      { text: 'Gangs blocked the main road to the port', size: 10 },
      { text: 'on Monday and again on Tuesday, when', size: 10 },
      { text: 'fuel trucks were turned back at the gate.', size: 10 },
      { text: 'The police said that their patrols would', size: 10, gapBefore: 6 },
      { text: 'resume once reinforcements arrive from', size: 10 },
    ],
    right: [
      { text: 'the north of the country within a week.', size: 10 },
      { text: 'Aid groups warned that food stocks in all', size: 10, gapBefore: 6 },
      { text: 'the southern towns would run out before', size: 10 },
      { text: 'the end of the month without the road.', size: 10 },
    ],
    below: [{ text: 'Reporting by the field office; all figures are provisional.', size: 10 }],
  },
};

describe('parsePdf on pages in two columns', () => {
  it('reads the title, then the left column, then the right, then the full-width line below', async () => {
    const { drafts } = await parsePdf(await buildPdf([twoColumnPage]), 'columns.pdf');
    expect(drafts.map((d) => [d.type, d.text])).toEqual([
      ['heading', 'Port Road Blocked for a Second Week'],
      [
        'paragraph',
        'Gangs blocked the main road to the port on Monday and again on Tuesday, when fuel trucks were ' +
          'turned back at the gate.',
      ],
      [
        'paragraph',
        'The police said that their patrols would resume once reinforcements arrive from the north of the ' +
          'country within a week.',
      ],
      [
        'paragraph',
        'Aid groups warned that food stocks in all the southern towns would run out before the end of the ' +
          'month without the road.',
      ],
      ['paragraph', 'Reporting by the field office; all figures are provisional.'],
    ]);
  });

  it('reads every two-column page of a document column by column, without page numbers', async () => {
    const secondPage: FixturePage = {
      footer: 'Page 2 of 2',
      lines: [{ text: 'Convoys Wait at the Border', size: 18, bold: true }],
      columns: {
        left: [
          { text: 'Forty trucks of food and medicine waited', size: 10 },
          { text: 'at the border crossing on Wednesday.', size: 10 },
          { text: 'Drivers said they had been told to stay', size: 10, gapBefore: 6 },
        ],
        right: [
          { text: 'until an escort could be found for them.', size: 10 },
          { text: 'Customs officers worked through the night', size: 10, gapBefore: 6 },
          { text: 'to clear the paperwork for every truck.', size: 10 },
        ],
      },
    };
    const pages = [{ ...twoColumnPage, footer: 'Page 1 of 2' }, secondPage];
    const { drafts } = await parsePdf(await buildPdf(pages), 'columns.pdf');
    expect(drafts.slice(5).map((d) => [d.page, d.text])).toEqual([
      [2, 'Convoys Wait at the Border'],
      [2, 'Forty trucks of food and medicine waited at the border crossing on Wednesday.'],
      [2, 'Drivers said they had been told to stay until an escort could be found for them.'],
      [2, 'Customs officers worked through the night to clear the paperwork for every truck.'],
    ]);
    expect(drafts.slice(0, 5).every((d) => d.page === 1)).toBe(true);
    expect(drafts.some((d) => /Page \d/.test(d.text))).toBe(false);
  });

  it('reads a table of dates and events row by row: a narrow first column is not a page column', async () => {
    const rows = [
      ['3 June', 'Gangs block the main road to the port and the fuel depot.'],
      ['5 June', 'Fuel trucks are turned back at the gate for the second time.'],
      ['9 June', 'The police resume patrols with reinforcements from the north.'],
      ['12 June', 'Aid groups warn that food stocks in the south are running low.'],
      ['18 June', 'The road reopens under escort for trucks carrying food and fuel.'],
      ['21 June', 'The mission publishes its first monthly report on the capital.'],
    ];
    const bytes = await buildPdf([
      {
        lines: rows.flatMap(([date, event]) => [
          { text: date ?? '' },
          { text: event ?? '', indent: 80, sameLine: true },
        ]),
      },
    ]);
    const { drafts } = await parsePdf(bytes, 'table.pdf');
    expect(drafts.map((d) => d.text).join(' ')).toBe(rows.map((r) => r.join(' ')).join(' '));
  });
});

describe('parsePdf on a single page', () => {
  it('keeps a header that one page cannot show to be a running header, but drops a bare page number', async () => {
    for (const footer of ['1', '- 1 -', 'Page 1', '1 of 1', 'Page 1 of 1']) {
      const bytes = await buildPdf([
        {
          header,
          footer,
          lines: [
            { text: 'Mission update', size: 16, bold: true },
            { text: 'Patrols resumed in the capital on Monday, the mission said.', gapBefore: 6 },
          ],
        },
      ]);
      const { drafts } = await parsePdf(bytes, 'one-page.pdf');
      expect(drafts.map((d) => d.text)).toEqual([
        header,
        'Mission update',
        'Patrols resumed in the capital on Monday, the mission said.',
      ]);
    }
  });

  it('keeps a number that is part of the body, away from the page edges', async () => {
    const bytes = await buildPdf([
      { footer: '1', lines: [{ text: 'Casualties this week:' }, { text: '12', gapBefore: 6 }] },
    ]);
    const { drafts } = await parsePdf(bytes, 'count.pdf');
    expect(drafts.map((d) => d.text).join(' ')).toBe('Casualties this week: 12');
  });
});

const SIZE = 10;
const wordWidth = (word: string) => word.length * SIZE * 0.5;

/** Words wrapped into a column at `left`, one item per word, from baseline `top` down. */
function column(words: string[], left: number, width: number, top: number, justify = false): PdfTextItem[] {
  const lines: string[][] = [[]];
  let used = 0;
  for (const word of words) {
    const line = lines.at(-1) as string[];
    if (line.length > 0 && used + SIZE * 0.28 + wordWidth(word) > width) {
      lines.push([word]);
      used = wordWidth(word);
    } else {
      used += (line.length > 0 ? SIZE * 0.28 : 0) + wordWidth(word);
      line.push(word);
    }
  }
  return lines.flatMap((line, n) => {
    const ink = line.reduce((sum, word) => sum + wordWidth(word), 0);
    const last = n === lines.length - 1;
    const space = justify && !last && line.length > 1 ? (width - ink) / (line.length - 1) : SIZE * 0.28;
    let x = left;
    return line.map((word) => {
      const item = { text: word, x, y: top + n * SIZE * 1.25, width: wordWidth(word), size: SIZE };
      x += wordWidth(word) + space;
      return item;
    });
  });
}

const vocabulary = ['the', 'mission', 'police', 'port', 'road', 'gangs', 'capital', 'of', 'reinforcements', 'aid'];
const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...vocabulary), { minLength: min, maxLength: max });
const linesOf = (items: PdfTextItem[]) => bodyLines([{ items, height: 792 }])[0] ?? [];

describe('two-column reading order of text runs', () => {
  it('reads the left column, then the right, whatever the words and however the baselines fall', () => {
    fc.assert(
      fc.property(words(120, 300), words(120, 300), fc.integer({ min: 0, max: 9 }), (left, right, offset) => {
        const items = [
          ...column(
            left.map((w) => `${w}<`),
            72,
            222,
            100,
          ),
          ...column(
            right.map((w) => `${w}>`),
            318,
            222,
            100 + offset,
          ),
        ];
        const lines = linesOf(items);
        expect(lines.map((l) => l.column).join('')).toMatch(/^1+2+$/);
        const text = lines.map((l) => l.text).join(' ');
        expect(text).toBe([...left.map((w) => `${w}<`), ...right.map((w) => `${w}>`)].join(' '));
      }),
      { numRuns: 150 },
    );
  });

  it('never splits a page in one column, ragged or justified', () => {
    fc.assert(
      fc.property(words(40, 600), fc.boolean(), (text, justify) => {
        expect(findGutter(pageRows(column(text, 72, 468, 100, justify)))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('reads a two-column table of short labels and values row by row', () => {
    const items = ['Name', 'Station', 'Officers on duty', 'Radio', 'Vehicles', 'Last report'].flatMap((label, n) => [
      { text: label, x: 72, y: 100 + n * 14, width: wordWidth(label), size: SIZE },
      { text: `value ${n}`, x: 318, y: 100 + n * 14, width: wordWidth(`value ${n}`), size: SIZE },
    ]);
    expect(findGutter(pageRows(items))).toBeNull();
    expect(linesOf(items).map((l) => l.text)[0]).toBe('Name value 0');
  });
});
