/** The Word importer on .docx files built here with jszip: structure, core.xml metadata, images-only and corrupt files. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DossierFailure } from '../errors';
import { buildDocx, cell, drawing, para } from '../testing/docx-fixtures';
import { parseDocx } from './docx';

describe('parseDocx', () => {
  it('reads headings, paragraphs, a numbered list and a table, and title and author from core.xml', async () => {
    const body = [
      para('Field report', 'Heading1'),
      para('Three wells were sampled in March.'),
      para('Method', 'Heading2'),
      para('A paragraph in a custom style.', 'Fancy'),
      para('Collect samples', undefined, true),
      para('Send to the lab', undefined, true),
      `<w:tbl><w:tr>${cell('Well')}${cell('Nitrate')}</w:tr><w:tr>${cell('North 4')}${cell('62 mg/l')}</w:tr></w:tbl>`,
      para('<script>alert(1)</script> stays text'.replace(/</g, '&lt;').replace(/>/g, '&gt;')),
    ].join('');
    const result = await parseDocx(await buildDocx(body, { core: true }), 'report.docx');
    expect(result.drafts).toEqual([
      { type: 'heading', level: 1, text: 'Field report' },
      { type: 'paragraph', text: 'Three wells were sampled in March.' },
      { type: 'heading', level: 2, text: 'Method' },
      { type: 'paragraph', text: 'A paragraph in a custom style.' },
      { type: 'list_item', ordered: true, text: 'Collect samples' },
      { type: 'list_item', ordered: true, text: 'Send to the lab' },
      { type: 'paragraph', text: 'Well | Nitrate' },
      { type: 'paragraph', text: 'North 4 | 62 mg/l' },
      { type: 'paragraph', text: '<script>alert(1)</script> stays text' },
    ]);
    expect(result.metadata).toEqual({ title: 'Field report: Q1 & Q2', author: 'Ana Ruiz' });
    expect(result.warnings).toEqual([]);
  });

  it('has no metadata when core.xml is missing', async () => {
    const result = await parseDocx(await buildDocx(para('Just text.')), 'plain.docx');
    expect(result.metadata).toEqual({});
    expect(result.drafts).toEqual([{ type: 'paragraph', text: 'Just text.' }]);
  });

  it('warns when the document holds only images', async () => {
    const result = await parseDocx(await buildDocx(drawing, { image: true }), 'scan.docx');
    expect(result.drafts).toEqual([]);
    expect(result.warnings).toEqual([
      'scan.docx contains only images (1), no text: Dossier imports text, so the document is empty. If it is a scan, run it through text recognition (OCR) first.',
    ]);
  });

  it('refuses random bytes, a truncated zip and a zip without a Word document, naming the file', async () => {
    const good = await buildDocx(para('Text.'));
    const notWord = await new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'uint8array' });
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    for (const bytes of [random, good.subarray(0, Math.floor(good.length / 2)), notWord]) {
      const failure = parseDocx(bytes, 'broken.docx');
      await expect(failure).rejects.toThrow(DossierFailure);
      await expect(failure).rejects.toThrow(
        /^broken\.docx is not a readable Word document \(.+\)\. Open it in Word and save it again as \.docx\.$/,
      );
    }
  });
});
