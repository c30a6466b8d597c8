/** PDF import on PDFs generated here: exact blocks for a report, and a clear refusal for each bad file. */
import { describe, expect, it } from 'vitest';
import { DossierFailure } from '../errors';
import { parsePdf } from './pdf';
import { joinLines } from './pdf-blocks';
import { buildPdf, encryptedPdf, noise, type FixturePage } from '../testing/pdf-fixtures';
import { isPageNumberLine } from './pdf-lines';
import { cleanItemText, expandLigatures, finishText, GarbageMeter } from './pdf-text';

const header = 'MSS Mission Report';

const reportPages: FixturePage[] = [
  {
    header,
    footer: '1',
    lines: [
      { text: 'Haiti Security Mission Review', size: 20, bold: true },
      { text: 'The multinational security support mission arrived in Port-au-Prince in June and', gapBefore: 12 },
      { text: 'began joint patrols with the national police. Its mandate covers critical inter-' },
      { text: 'national infrastructure, including the airport and the main port terminals.' },
      { text: 'Gangs still control most of the roads that lead out of the capital and through Port-au-', gapBefore: 8 },
      { text: 'Prince itself, so humanitarian convoys need escorts and fuel deliveries to the south' },
      { text: 'remain irregular. Observers say that before the rainy season the mission will need' },
    ],
  },
  {
    header,
    footer: '2',
    lines: [
      { text: 'more helicopters and a second field hospital near the northern border crossings.' },
      { text: 'Findings', size: 14, bold: true, gapBefore: 12 },
      { text: 'Police officers trained by the mission now staff eleven stations in the metropolitan', gapBefore: 6 },
      { text: 'area, up from four at the start of the year, according to the latest report.' },
      { text: 'Recruitment has slowed since March, however, because salaries are often paid late', indent: 20 },
      { text: 'and several stations still lack radios, vehicles and reliable electricity supplies.' },
    ],
  },
  {
    header,
    footer: '3',
    lines: [
      { text: 'Recommendations', size: 14, bold: true },
      { text: '• Extend the mandate for twelve months and publish monthly casualty figures', gapBefore: 6 },
      { text: '• Fund the second field hospital before the start of the hurricane season' },
      { text: 'These steps would let the mission keep its current patrol schedule through next year.', gapBefore: 8 },
    ],
  },
];

const report = () => buildPdf(reportPages, { title: 'Haiti Mission Review', author: 'Field Office' });

async function failure(promise: Promise<unknown>): Promise<DossierFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DossierFailure);
  return error as DossierFailure;
}

describe('parsePdf on a generated report', () => {
  it('rebuilds headings, paragraphs and list items, without running headers or page numbers', async () => {
    const result = await parsePdf(await report(), 'report.pdf');
    expect(result.drafts).toEqual([
      { type: 'heading', text: 'Haiti Security Mission Review', level: 1, page: 1 },
      {
        type: 'paragraph',
        text:
          'The multinational security support mission arrived in Port-au-Prince in June and began joint ' +
          'patrols with the national police. Its mandate covers critical international infrastructure, ' +
          'including the airport and the main port terminals.',
        page: 1,
      },
      {
        type: 'paragraph',
        text:
          'Gangs still control most of the roads that lead out of the capital and through Port-au-Prince ' +
          'itself, so humanitarian convoys need escorts and fuel deliveries to the south remain irregular. ' +
          'Observers say that before the rainy season the mission will need more helicopters and a second ' +
          'field hospital near the northern border crossings.',
        page: 1,
      },
      { type: 'heading', text: 'Findings', level: 2, page: 2 },
      {
        type: 'paragraph',
        text:
          'Police officers trained by the mission now staff eleven stations in the metropolitan area, up ' +
          'from four at the start of the year, according to the latest report.',
        page: 2,
      },
      {
        type: 'paragraph',
        text:
          'Recruitment has slowed since March, however, because salaries are often paid late and several ' +
          'stations still lack radios, vehicles and reliable electricity supplies.',
        page: 2,
      },
      { type: 'heading', text: 'Recommendations', level: 2, page: 3 },
      {
        type: 'list_item',
        text: 'Extend the mandate for twelve months and publish monthly casualty figures',
        ordered: false,
        page: 3,
      },
      {
        type: 'list_item',
        text: 'Fund the second field hospital before the start of the hurricane season',
        ordered: false,
        page: 3,
      },
      {
        type: 'paragraph',
        text: 'These steps would let the mission keep its current patrol schedule through next year.',
        page: 3,
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('takes title and author from the document info, and never CreationDate as a publication date', async () => {
    const { metadata } = await parsePdf(await report(), 'report.pdf');
    expect(metadata).toEqual({ title: 'Haiti Mission Review', author: 'Field Office' });
  });

  it('ranks heading levels by type size against the body text', async () => {
    const bytes = await buildPdf([
      {
        lines: [
          { text: 'Annual Review', size: 24, bold: true },
          { text: 'Annex A: Station list', size: 16, bold: true, gapBefore: 8 },
          { text: 'Each station reports its staffing figures to the mission every week.', size: 10 },
          { text: 'Annex B: Budget', size: 16, bold: true, gapBefore: 8 },
          { text: 'The budget is reviewed by the donors in the first quarter of the year.', size: 10 },
        ],
      },
    ]);
    const { drafts } = await parsePdf(bytes, 'sizes.pdf');
    expect(drafts.map((d) => [d.type, d.level, d.text])).toEqual([
      ['heading', 1, 'Annual Review'],
      ['heading', 2, 'Annex A: Station list'],
      ['paragraph', undefined, 'Each station reports its staffing figures to the mission every week.'],
      ['heading', 2, 'Annex B: Budget'],
      ['paragraph', undefined, 'The budget is reviewed by the donors in the first quarter of the year.'],
    ]);
  });

  it('imports the pages that have text and warns about a page without any', async () => {
    const bytes = await buildPdf([{ lines: [{ text: 'Only the first page has text.' }] }, { lines: [] }]);
    const result = await parsePdf(bytes, 'half.pdf');
    expect(result.drafts).toEqual([{ type: 'paragraph', text: 'Only the first page has text.', page: 1 }]);
    expect(result.warnings).toEqual(['half.pdf: no text on page 2 (scanned images?); run those pages through OCR.']);
  });

  it('prints the parse time of a 100-page PDF', async () => {
    const page = (n: number): FixturePage => ({
      header,
      footer: `Page ${n} of 100`,
      lines: Array.from({ length: 40 }, (_, i) => ({
        text: `Line ${i + 1} of page ${n}: patrols continued in the capital and the northern departments.`,
        size: 10,
        gapBefore: i % 8 === 0 && i > 0 ? 6 : 0,
      })),
    });
    const bytes = await buildPdf(Array.from({ length: 100 }, (_, i) => page(i + 1)));
    const started = performance.now();
    const result = await parsePdf(bytes, 'hundred.pdf');
    console.log(`parsePdf: 100 pages, ${bytes.length} bytes in ${Math.round(performance.now() - started)} ms`);
    expect(result.drafts).toHaveLength(500);
    expect(result.drafts.some((d) => d.text.includes(header) || /Page \d+ of 100/.test(d.text))).toBe(false);
  });
});

describe('parsePdf refusals', () => {
  it('refuses a PDF with no text layer, pointing to OCR', async () => {
    const error = await failure(parsePdf(await buildPdf([{ lines: [] }]), 'scan.pdf'));
    expect(error.code).toBe('unsupported_format');
    expect(error.message).toBe(
      'scan.pdf has no text layer (it looks like a scanned image). Run it through OCR and import the result.',
    );
  });

  it('refuses a truncated PDF as damaged', async () => {
    const bytes = await report();
    const error = await failure(parsePdf(bytes.slice(0, Math.floor(bytes.length / 2)), 'cut.pdf'));
    expect(error.message).toMatch(/^cut\.pdf is damaged or not a PDF \(.+\)\. Try downloading it again\.$/);
  });

  it('refuses random bytes named .pdf as damaged', async () => {
    const error = await failure(parsePdf(noise(4096), 'noise.pdf'));
    expect(error.message).toBe('noise.pdf is damaged or not a PDF (Invalid PDF structure). Try downloading it again.');
  });

  it('refuses an empty file without starting pdf.js', async () => {
    const error = await failure(parsePdf(new Uint8Array(0), 'empty.pdf'));
    expect(error.message).toBe('empty.pdf is empty (0 bytes): there is nothing to import.');
  });

  it('refuses a password-protected PDF', async () => {
    const error = await failure(parsePdf(await encryptedPdf(), 'locked.pdf'));
    expect(error.message).toBe(
      'locked.pdf is password-protected. Remove the password (print to PDF) and import it again.',
    );
  });

  it('stops a parse that runs past its time limit', async () => {
    const error = await failure(parsePdf(await report(), 'slow.pdf', { timeLimitMs: 1 }));
    expect(error.message).toMatch(/^slow\.pdf took longer than 0 s to read and was stopped\./);
  });

  it('leaves the caller’s bytes usable (pdf.js detaches the buffer it is given)', async () => {
    const bytes = await report();
    await parsePdf(bytes, 'report.pdf');
    expect(bytes.length).toBeGreaterThan(0);
    expect((await parsePdf(bytes, 'again.pdf')).drafts).toHaveLength(10);
  });
});

describe('PDF text clean-up', () => {
  it('expands the seven Latin ligatures', () => {
    expect(expandLigatures('\uFB00 \uFB01 \uFB02 \uFB03 \uFB04 \uFB05 \uFB06')).toBe('ff fi fl ffi ffl st st');
    expect(cleanItemText('e\uFB03cient o\uFB00ice')).toBe('efficient office');
  });

  it('drops control characters, keeps tabs as spaces, and finishes with NFC and no soft hyphens', () => {
    expect(cleanItemText('a\u0000b\u0003c\u0085d\u009Fe\tf\u007F')).toBe('abcde f');
    expect(finishText('co\u00ADoperate  cafe\u0301 ')).toBe('cooperate café');
  });

  it('flags text dominated by undecodable characters, not ordinary text', () => {
    const garbled = new GarbageMeter();
    garbled.add('\u0003\u0004\u0005 \uFFFD\uE001 abcdefgh');
    expect(garbled.isGarbled()).toBe(true);
    const clean = new GarbageMeter();
    clean.add('Plain English text with one odd glyph \uFFFD in the middle of a long sentence.');
    expect(clean.isGarbled()).toBe(false);
  });

  it('joins hyphenated line breaks before lowercase only, keeping real hyphens', () => {
    expect(joinLines('inter-', 'national')).toBe('international');
    expect(joinLines('Port-au-', 'Prince')).toBe('Port-au-Prince');
    expect(joinLines('1990-', '1995')).toBe('1990-1995');
    expect(joinLines('co\u00AD', 'operate')).toBe('cooperate');
    expect(joinLines('a dash -', 'then')).toBe('a dash - then');
  });

  it('recognises page-number lines but not short text', () => {
    for (const line of ['3', '- 3 -', 'Page 3 of 10', 'page 12', 'iv', '7 / 20']) {
      expect(isPageNumberLine(line)).toBe(true);
    }
    for (const line of ['3 killed', 'Page one', 'Annex 3']) expect(isPageNumberLine(line)).toBe(false);
  });
});
