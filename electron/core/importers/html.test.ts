/** The HTML importer on saved pages: article extraction, metadata, encodings, hostile markup and deep trees. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierFailure } from '../errors';
import { htmlToDrafts, parseHtml } from './html';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const encode = (html: string) => new TextEncoder().encode(html);
const FALLBACK = 'Dossier could not find the main article; the whole page was imported.';

describe('parseHtml', () => {
  it('keeps the article of a saved news page and drops nav, cookie banner, ads, comments and footer', () => {
    const result = parseHtml(fixture('news-article.html'), 'news-article.html');
    expect(result.warnings).toEqual([]);
    expect(result.metadata).toEqual({
      title: 'Port strike enters second week as talks stall',
      author: 'Amara Okafor',
      source: 'The Harbour Gazette',
      publishedDate: '2024-03-05',
      url: 'https://gazette.example.org/news/port-strike',
      language: 'en-GB',
    });
    const texts = result.drafts.map((d) => d.text);
    expect(texts.join(' ')).not.toMatch(/cookie|Advertisement|Reader123|Related stories|All rights reserved|Sport/);
    expect(result.drafts.slice(3, 11)).toEqual([
      { type: 'heading', level: 2, text: 'What the union wants' },
      { type: 'paragraph', text: 'The union is asking for three changes before its members return to work:' },
      { type: 'list_item', ordered: false, text: 'a pay rise in line with inflation for all grades;' },
      { type: 'list_item', ordered: false, text: 'a minimum of two crane operators on every night shift;' },
      { type: 'list_item', ordered: false, text: 'no disciplinary action against strikers.' },
      {
        type: 'quote',
        text: "“We are not asking for anything the port cannot afford,” said the union's regional secretary. “We are asking to be safe at three in the morning.”",
      },
      { type: 'paragraph', text: 'Idle cranes at the container terminal on Monday.' },
      { type: 'heading', level: 2, text: "The port authority's position" },
    ]);
    expect(result.drafts[1]?.text).toMatch(/^Dock workers at the city's container terminal walked out/);
    expect(result.drafts.at(-1)?.text).toMatch(/^Talks are due to resume on Thursday/);
  });

  it('decodes a windows-1252 page by its meta charset, curly quotes and all', () => {
    const result = parseHtml(fixture('windows-1252.html'), 'windows-1252.html');
    expect(result.metadata).toEqual({
      title: 'Council approves café licences – Valley Courier',
      author: null,
      source: 'Valley Courier',
      publishedDate: '2019-11',
      url: null,
      language: null,
    });
    expect(result.drafts[1]).toEqual({
      type: 'paragraph',
      text: '“It’s a good day for the town,” said the chair of the traders’ association — though two councillors voted against, citing the width of the pavement outside the market hall…',
    });
    expect(result.drafts.map((d) => d.text).join(' ')).not.toMatch(/Archive/);
  });

  it('decodes UTF-16 with a BOM and UTF-8 without a declaration', () => {
    const html = '<html><body><p>Ça va — 東京</p></body></html>';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    expect(parseHtml(utf16, 'a.html').drafts).toEqual([{ type: 'paragraph', text: 'Ça va — 東京' }]);
    expect(parseHtml(encode(html), 'b.html').drafts).toEqual([{ type: 'paragraph', text: 'Ça va — 東京' }]);
  });

  it('reads a page re-saved as UTF-8 as UTF-8 although its meta still declares a legacy charset', () => {
    for (const charset of ['gb2312', 'windows-1252', 'iso-8859-1', 'shift_jis']) {
      const html = `<html><head><meta charset="${charset}"><title>新闻：城市 café</title></head><body><p>北京的新闻 — “café”</p></body></html>`;
      const result = parseHtml(encode(html), `${charset}.html`);
      expect(result.metadata.title, charset).toBe('新闻：城市 café');
      expect(result.drafts, charset).toEqual([{ type: 'paragraph', text: '北京的新闻 — “café”' }]);
    }
  });

  it('honours the declared charset of a page that is really in it (invalid as UTF-8) or pure ASCII', () => {
    const gb2312 = Buffer.concat([
      Buffer.from('<html><head><meta charset="gb2312"></head><body><p>'),
      Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5]),
      Buffer.from('</p></body></html>'),
    ]);
    expect(parseHtml(gb2312, 'gb.html').drafts).toEqual([{ type: 'paragraph', text: '中文新闻' }]);
    const ascii = encode(
      '<html><head><meta charset="windows-1252"></head><body><p>Plain &#147;quoted&#148;</p></body></html>',
    );
    expect(parseHtml(ascii, 'ascii.html').drafts).toEqual([{ type: 'paragraph', text: 'Plain “quoted”' }]);
  });

  it('reads metadata from JSON-LD arrays, time elements and og:locale, keeping only http(s) URLs', () => {
    const html = `<html><head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["Article"],"datePublished":"2021-7-4",
        "author":"Lee Chen","publisher":{"name":"Field Notes"}}]</script>
      <meta property="og:locale" content="fr_HT"><meta property="og:url" content="javascript:alert(1)">
      </head><body><h1>Only heading</h1><article><time datetime="1999-01-01">x</time><p>Body text.</p></article></body></html>`;
    expect(parseHtml(encode(html), 'ld.html').metadata).toEqual({
      title: 'Only heading',
      author: 'Lee Chen',
      source: 'Field Notes',
      publishedDate: '2021-07-04',
      url: null,
      language: 'fr-HT',
    });
  });

  it('never invents a date: an impossible or missing one stays null', () => {
    const html = '<html><head><meta name="date" content="2023-02-30"></head><body><p>Text.</p></body></html>';
    expect(parseHtml(encode(html), 'd.html').metadata.publishedDate).toBeNull();
  });

  it('turns tables into rows of cells, pre into code and text loose in divs into paragraphs', () => {
    const drafts = htmlToDrafts(
      '<div>Loose <b>text</b><p>Para</p>tail</div><table><tr><th>Year</th><th>Wells</th></tr><tr><td>2023</td><td><p>42</p></td></tr></table><pre>  a = 1\n  b = 2\n</pre><ol><li>One<ul><li>Nested</li></ul></li></ol>',
    );
    expect(drafts).toEqual([
      { type: 'paragraph', text: 'Loose text' },
      { type: 'paragraph', text: 'Para' },
      { type: 'paragraph', text: 'tail' },
      { type: 'paragraph', text: 'Year | Wells' },
      { type: 'paragraph', text: '2023 | 42' },
      { type: 'code', text: '  a = 1\n  b = 2' },
      { type: 'list_item', ordered: true, text: 'One' },
      { type: 'list_item', ordered: false, text: 'Nested' },
    ]);
  });

  it('keeps a short page whole, without its navigation and without a warning', () => {
    const result = parseHtml(encode('<html><body><nav>Menu</nav><div>Short note.</div></body></html>'), 'n.html');
    expect(result.drafts).toEqual([{ type: 'paragraph', text: 'Short note.' }]);
    expect(result.warnings).toEqual([]);
  });

  it('refuses an empty, a whitespace-only and a script-only page with a message naming the file', () => {
    for (const [bytes, message] of [
      [new Uint8Array(0), /^empty\.html is empty/],
      [encode(' \n\t '), /^empty\.html contains only white space/],
      [encode('<html><body><script>alert(1)</script> </body></html>'), /^empty\.html has no readable text/],
    ] as const) {
      expect(() => parseHtml(bytes, 'empty.html')).toThrow(DossierFailure);
      expect(() => parseHtml(bytes, 'empty.html')).toThrow(message);
    }
  });
});

describe('hostile HTML (RELIABILITY.md §3, §6 item 14)', () => {
  const active =
    /javascript:|vbscript:|data:text|\bon[a-z]+\s*=|alert|<|>|script|srcdoc|noscript text|template text|svg text|object fallback|written by/i;

  it('keeps the text and nothing that could run, through Readability and through the fallback walker', () => {
    const raw = fixture('hostile.html');
    const result = parseHtml(raw, 'hostile.html');
    expect(result.drafts).toHaveLength(4);
    expect(result.drafts[2]).toEqual({
      type: 'paragraph',
      text: "The full data set is available from the board's office. Read the summary, the annex or the appendix.",
    });
    const walked = htmlToDrafts(raw.toString('utf8'));
    expect(walked.map((d) => d.text)).toContain('Quarterly report on water quality');
    for (const draft of [...result.drafts, ...walked]) expect(draft.text).not.toMatch(active);
    for (const value of Object.values(result.metadata)) expect(String(value)).not.toMatch(active);
  });
});

describe('deep and large pages (RELIABILITY.md §6 items 11, 13)', () => {
  it('imports 10,000 and 100,000 nested divs without overflowing the stack', () => {
    for (const depth of [10_000, 100_000]) {
      const html = `<html><body>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}</body></html>`;
      const started = performance.now();
      const result = parseHtml(encode(html), 'deep.html');
      console.log(`${depth} nested divs: ${(performance.now() - started).toFixed(0)} ms`);
      expect(result.drafts).toEqual([{ type: 'paragraph', text: 'deep text' }]);
      expect(result.warnings).toEqual([FALLBACK]);
    }
  }, 60_000);

  it('imports a 5 MB article and a page with a 20 MB data: URI image', () => {
    const paragraph = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20).trim()}</p>\n`;
    const count = Math.ceil(5_000_000 / paragraph.length);
    const big = `<html><body><article><h1>Big</h1>${paragraph.repeat(count)}</article></body></html>`;
    let started = performance.now();
    const result = parseHtml(encode(big), 'big.html');
    console.log(`5 MB page: ${(performance.now() - started).toFixed(0)} ms`);
    expect(result.drafts.filter((d) => d.type === 'paragraph')).toHaveLength(count);

    const image = `<img src="data:image/png;base64,${'A'.repeat(20_000_000)}">`;
    started = performance.now();
    const withImage = parseHtml(encode(`<html><body>${image}${paragraph}</body></html>`), 'image.html');
    console.log(`20 MB data: URI page: ${(performance.now() - started).toFixed(0)} ms`);
    expect(withImage.drafts.map((d) => d.text).join('')).not.toMatch(/AAAA|base64/);
  });
});
