/** Import through `documents.import`: formats, encodings, duplicates and the files that must be refused. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentId } from '../../contract';
import { noise } from '../testing/pdf-fixtures';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.dispose());

const article =
  'Gangs block the road to the port\nArmed groups blocked the main road to the port on Monday, witnesses said.\n';

async function importOne(name: string, content: string | Uint8Array) {
  const report = await t.call('documents.import', { files: [fileOf(name, content)] });
  expect(report.failed).toEqual([]);
  const summary = report.imported[0];
  if (!summary) throw new Error('nothing imported');
  return t.call('documents.get', { id: summary.id });
}

async function failureOf(name: string, content: string | Uint8Array): Promise<string> {
  const report = await t.call('documents.import', { files: [fileOf(name, content)] });
  expect(report.imported).toEqual([]);
  const failure = report.failed[0];
  if (!failure) throw new Error('the file was not refused');
  expect(failure.name).toBe(name);
  return failure.message;
}

describe('documents.import', () => {
  it('imports a plain-text file with a heading, blocks and a word count', async () => {
    const doc = await importOne('port.txt', article);
    expect(doc).toMatchObject({ title: 'Gangs block the road to the port', format: 'text', fileName: 'port.txt' });
    expect(doc.text).toBe(
      'Gangs block the road to the port\n\nArmed groups blocked the main road to the port on Monday, witnesses said.',
    );
    expect(doc.blocks.map((b) => [b.type, doc.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Gangs block the road to the port'],
      ['paragraph', 'Armed groups blocked the main road to the port on Monday, witnesses said.'],
    ]);
    expect(doc.wordCount).toBe(20);
    expect(await t.call('documents.list')).toHaveLength(1);
  });

  it('imports Markdown as blocks, titled by its first heading, with raw HTML dropped', async () => {
    const doc = await importOne(
      'notes.md',
      '# Mission update\n\nThe *Kenyan* contingent <b>arrived</b>.\n\n> A quoted line\n\n1. First point\n',
    );
    expect(doc.format).toBe('markdown');
    expect(doc.title).toBe('Mission update');
    expect(doc.text).not.toContain('<b>');
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'quote', 'list_item']);
    expect(doc.text).toContain('The Kenyan contingent arrived.');
  });

  it('reports a second copy of the same content as a duplicate of the first, even with other line ends', async () => {
    const first = await importOne('a.txt', article);
    const report = await t.call('documents.import', { files: [fileOf('b.txt', article.replace(/\n/g, '\r\n'))] });
    expect(report.imported).toEqual([]);
    expect(report.duplicates).toEqual([{ name: 'b.txt', existingId: first.id, title: first.title }]);
    expect(await t.call('documents.list')).toHaveLength(1);
  });

  it('refuses the second of two identical files in one import', async () => {
    const report = await t.call('documents.import', { files: [fileOf('a.txt', article), fileOf('copy.txt', article)] });
    expect(report.imported.map((d) => d.fileName)).toEqual(['a.txt']);
    expect(report.failed).toEqual([
      { name: 'copy.txt', message: expect.stringContaining('same content as a.txt') as string },
    ]);
  });

  it('one bad file does not stop the others', async () => {
    const report = await t.call('documents.import', {
      files: [
        fileOf('good.txt', article),
        fileOf('report.pdf', '%PDF-1.7'),
        fileOf('empty.txt', ''),
        fileOf('other.md', '# Other\n\nText.'),
      ],
    });
    expect(report.imported.map((d) => d.fileName)).toEqual(['good.txt', 'other.md']);
    expect(report.failed.map((f) => f.name)).toEqual(['report.pdf', 'empty.txt']);
    expect(await t.call('documents.list')).toHaveLength(2);
  });

  it('names the formats it does import when it meets one it does not', async () => {
    const message = await failureOf('book.epub', 'PK zip bytes');
    expect(message).toMatch(/^book\.epub: Dossier cannot import this kind of file/);
    expect(message).toMatch(/\.txt.*\.md.*\.html.*PDF.*\.docx/);
  });

  it('says a .pdf that is not a PDF is damaged, naming the file', async () => {
    expect(await failureOf('report.pdf', '%PDF-1.7 binary')).toMatch(/^report\.pdf .*(damaged|not a PDF)/);
  });

  it('names an unknown extension as unsupported', async () => {
    expect(await failureOf('photo.jpeg', 'not really')).toMatch(/cannot import this kind of file/);
  });

  it('refuses a zero-byte file and a file of only white space', async () => {
    expect(await failureOf('empty.txt', '')).toMatch(/empty \(0 bytes\)/);
    expect(await failureOf('blank.txt', ' \n\t\r\n ')).toMatch(/only white space/);
  });

  it('refuses a binary file named .txt', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(await failureOf('image.txt', png)).toMatch(/does not look like a text file/);
  });

  it('refuses UTF-8 bytes with a NUL byte as binary', async () => {
    expect(await failureOf('nul.txt', 'Hello\u0000 world')).toMatch(/binary data/);
  });

  it('falls back to Windows-1252 for bytes that are not valid UTF-8', async () => {
    // "Café “Bel Air”" in Windows-1252: é = E9, curly quotes = 93/94.
    const bytes = Uint8Array.from([...Buffer.from('Caf'), 0xe9, 0x20, 0x93, ...Buffer.from('Bel Air'), 0x94, 0x2e]);
    expect((await importOne('cp1252.txt', bytes)).text).toBe('Café “Bel Air”.');
  });

  it('decodes UTF-8 with a BOM without keeping the BOM', async () => {
    const doc = await importOne('bom.txt', '\uFEFFPort-au-Prince, Haïti.');
    expect(doc.text).toBe('Port-au-Prince, Haïti.');
  });

  it.each([
    ['le', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['be', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
  ])('decodes UTF-16 %s with a BOM, keeping emoji and stripping NUL characters', async (_order, encode) => {
    const doc = await importOne(
      'utf16.txt',
      encode('Haïti 👍🏽 مرحبا\u0000 end.\r\nSecond line, longer than the first one.'),
    );
    expect(doc.text).toBe('Haïti 👍🏽 مرحبا end.\n\nSecond line, longer than the first one.');
  });

  it.each([
    ['le', (s: string) => Buffer.from(s, 'utf16le')],
    ['be', (s: string) => Buffer.from(s, 'utf16le').swap16()],
  ])('decodes UTF-16 %s without a BOM, keeping accents and emoji', async (_order, encode) => {
    const doc = await importOne(
      'no-bom.txt',
      encode('Rapport de la mission à Port-au-Prince 👍🏽\r\nLes élèves sont rentrés à l’école, déjà ça.'),
    );
    expect(doc.text).toBe('Rapport de la mission à Port-au-Prince 👍🏽\n\nLes élèves sont rentrés à l’école, déjà ça.');
  });

  it('refuses random bytes and a whole PNG header named .txt, whatever their length', async () => {
    for (const bytes of [noise(4096), noise(4097, 11)]) {
      expect(await failureOf('noise.txt', bytes)).toMatch(/does not look like a text file/);
    }
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
    expect(await failureOf('image.txt', png)).toMatch(/binary data/);
  });

  it('refuses binary whose NULs all fall on one side of each byte pair but that is not text', async () => {
    // Little-endian 16-bit numbers below 256: NULs at every odd offset, as in UTF-16LE, but they decode
    // to control characters.
    const samples = Buffer.from(Uint16Array.from({ length: 512 }, (_, i) => (i * 37) % 256).buffer);
    expect(await failureOf('samples.txt', samples)).toMatch(/binary data/);
  });

  it('refuses UTF-8 text with NUL bytes sprinkled through it', async () => {
    const text = 'Les élèves sont rentrés à l’école. '.repeat(8);
    const bytes = Buffer.from(text.replace(/ /g, '\u0000 '));
    expect(bytes.length % 2).toBe(0);
    expect(await failureOf('sprinkled.txt', bytes)).toMatch(/binary data/);
  });

  it('normalizes CRLF and lone CR line ends to \\n and text to NFC', async () => {
    const doc = await importOne('crlf.txt', 'First line of text here.\r\nSecond line\rThird: cafe\u0301.\r\n');
    expect(doc.text).not.toMatch(/\r/);
    expect(doc.text).toBe('First line of text here.\n\nSecond line\n\nThird: café.');
  });

  it('rejects an empty file list as invalid input', async () => {
    expect((await t.fails('documents.import', { files: [] })).code).toBe('invalid_input');
  });
});

describe('documents.update', () => {
  let id: DocumentId;
  beforeEach(async () => {
    id = (await importOne('port.txt', article)).id;
  });

  it('sets source, published date and title, trimming and clearing a blank source', async () => {
    const updated = await t.call('documents.update', {
      id,
      source: '  Le Nouvelliste ',
      publishedDate: '2024-03-05',
      title: ' Port road ',
    });
    expect(updated).toMatchObject({ source: 'Le Nouvelliste', publishedDate: '2024-03-05', title: 'Port road' });
    expect(await t.call('documents.update', { id, source: '   ' })).toMatchObject({ source: null, title: 'Port road' });
    expect(await t.call('documents.update', { id, publishedDate: null })).toMatchObject({ publishedDate: null });
  });

  it.each(['2024-13', '24-03-05', '2024-3-5', 'March 2024'])('rejects the published date %s', async (publishedDate) => {
    const error = await t.fails('documents.update', { id, publishedDate });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/YYYY/);
  });

  it('rejects a published date that is not a real calendar day', async () => {
    const error = await t.fails('documents.update', { id, publishedDate: '2023-02-30' });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/not a real calendar date/) as string,
    });
    expect((await t.call('documents.get', { id })).publishedDate).toBeNull();
  });

  it('rejects an empty title and an unknown document', async () => {
    expect((await t.fails('documents.update', { id, title: '   ' })).message).toMatch(/title cannot be empty/);
    expect((await t.fails('documents.update', { id: 'missing', title: 'x' })).code).toBe('not_found');
  });
});
