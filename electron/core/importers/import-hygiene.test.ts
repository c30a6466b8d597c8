/**
 * Control characters written as entities (so no byte-level strip sees them) through every text
 * format, into the stored document, its highlights' quotes and the history label.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../contract';
import { buildDocx, para } from '../testing/docx-fixtures';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(() => {
  t = tempCore({ sampleDir: undefined });
});
afterEach(() => t.dispose());

/** Every C0/C1 control (but newline), DEL, lone surrogate, BOM and line/paragraph separator. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const DIRTY = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFEFF\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;

/** Every string field of what the API returns for a document, highlights included. */
function strings(doc: DocumentDetail): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out[path] = value;
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(doc, 'doc');
  return out;
}

function expectClean(doc: DocumentDetail): void {
  for (const [path, value] of Object.entries(strings(doc))) {
    expect(DIRTY.test(value), `${path}: ${JSON.stringify(value)}`).toBe(false);
    expect(value.replace(/\n/g, ''), path).toBe(value.replace(/\n/g, '').normalize('NFC'));
  }
  for (const block of doc.blocks) expect(block.end).toBeLessThanOrEqual(doc.text.length);
}

async function importOne(name: string, content: string | Uint8Array): Promise<DocumentDetail> {
  const report = await t.call('documents.import', { files: [fileOf(name, content)] });
  expect(report.failed).toEqual([]);
  const id = report.imported[0]?.id;
  if (!id) throw new Error('nothing imported');
  return t.call('documents.get', { id });
}

/** Highlights the whole text and checks the quote, then that undo names a clean label. */
async function expectCleanDerivedStrings(doc: DocumentDetail): Promise<void> {
  await t.call('highlights.create', { documentId: doc.id, start: 0, end: doc.text.length, color: 'yellow' });
  const withHighlight = await t.call('documents.get', { id: doc.id });
  expect(withHighlight.highlights[0]?.quote).toBe(doc.text.trim());
  expectClean(withHighlight);
  expect((await t.call('history.undo')).undone).toBe('Highlight passage');
  const { undone } = await t.call('history.undo');
  expect(undone).toBe(`Import “${doc.title}”`);
}

const ESCAPES = '&#27;[2J &#x1B;]0;pwned&#7; &#14;&#127;&#x9B;&#0;e&#769; &#xD800;';

describe('imported text is stored clean, after entity decoding', () => {
  it('html: title, author, site name and text', async () => {
    const html = `<!DOCTYPE html><html><head><title>Title ${ESCAPES}</title>
      <meta name="author" content="Ann&#27;[31m Lee"><meta property="og:site_name" content="Site&#8;&#9;Name">
      </head><body><h1>Heading ${ESCAPES}</h1><p>Body ${ESCAPES} end.</p><pre>code&#9;tab&#27;[0m\nline</pre></body></html>`;
    const doc = await importOne('escapes.html', html);
    expectClean(doc);
    // HTML maps &#x9B; to › (Windows-1252) and &#0; and a lone surrogate to U+FFFD; DEL and controls go.
    expect(doc.title).toBe('Title [2J ]0;pwned ›\uFFFDé \uFFFD');
    expect(doc.author).toBe('Ann[31m Lee');
    expect(doc.source).toBe('Site Name');
    expect(doc.text).toContain('Body [2J ]0;pwned ›\uFFFDé \uFFFD end.');
    expect(doc.text).toContain('code tab[0m\nline');
    for (const block of doc.blocks) expect(doc.text.slice(block.start, block.end).trim()).not.toBe('');
    await expectCleanDerivedStrings(doc);
  });

  it('docx: core properties and body', async () => {
    const body = para(`Report &#27;[2J body&#7;`);
    const bytes = await buildDocx(body, { core: true, title: 'Report &#27;]0;pwned&#7;', creator: 'Ann&#14; Lee' });
    const doc = await importOne('escapes.docx', bytes);
    expectClean(doc);
    expect(doc.title).toBe('Report ]0;pwned');
    expect(doc.author).toBe('Ann Lee');
    await expectCleanDerivedStrings(doc);
  });

  it('markdown: front-matter title, headings, paragraphs and code', async () => {
    const md = `---\ntitle: "Notes &#27;[2J"\n---\n# Heading ${ESCAPES}\n\nText ${ESCAPES}\n\n\`\`\`\ncode\u001b[0m\tx\n\`\`\`\n`;
    const doc = await importOne('escapes.md', md);
    expectClean(doc);
    // CommonMark turns a control's character reference into U+FFFD; the rule still composes e + U+0301.
    expect(doc.text).toContain('Text \uFFFD[2J \uFFFD]0;pwned\uFFFD \uFFFD\uFFFD\uFFFD\uFFFDé \uFFFD');
    expect(doc.text).toContain('code[0m x');
    await expectCleanDerivedStrings(doc);
  });

  it('plain text: raw control bytes, CR line ends and a decomposed accent', async () => {
    const doc = await importOne('escapes.txt', 'Title \u001b[2J line\r\n\r\nBody\u0007 cafe\u0301 \u009b1m end.\r\n');
    expectClean(doc);
    expect(doc.text).toBe('Title [2J line\n\nBody café 1m end.');
    await expectCleanDerivedStrings(doc);
  });
});
