/** The desktop's save dialogs: images, text files, whole projects, and the atomic write under them. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../contract';
import { writeFileAtomic } from './atomic-write';
import { shell, tmp, useTempDir } from './dialogs-test-support';

useTempDir();

describe('dialog.saveImage', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);

  it('offers <Documents>/<fileName> and writes the bytes where the user chose', async () => {
    const target = join(tmp.dir, 'axis.png');
    const { handlers, dialog } = shell({ save: target });
    const input = { fileName: 'timeline-2024-03-01-to-2024-06-30.png', contentBase64: png.toString('base64') };
    expect(await handlers['dialog.saveImage'](input, null)).toEqual(ok({ path: target }));
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join('/home/me/Documents', input.fileName),
        filters: [{ name: 'PNG image', extensions: ['png'] }],
      }),
    );
    expect(readFileSync(target)).toEqual(png);
  });

  it('answers null when the user cancels, writing nothing', async () => {
    const { handlers } = shell({});
    const input = { fileName: 'timeline.svg', contentBase64: Buffer.from('<svg/>').toString('base64') };
    expect(await handlers['dialog.saveImage'](input, null)).toEqual(ok(null));
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it.each(['../timeline.svg', 'timeline.exe', ''])(
    'refuses the file name %j before opening any dialog',
    async (name) => {
      const { handlers, dialog } = shell({ save: join(tmp.dir, 'x.svg') });
      const result = await handlers['dialog.saveImage']({ fileName: name, contentBase64: '' }, null);
      expect(!result.ok && result.error.message).toMatch(/\.svg or \.png/);
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    },
  );
});

describe('dialog.saveText', () => {
  it('offers <Documents>/<fileName> with the format filter and writes the text where the user chose', async () => {
    const target = join(tmp.dir, 'codebook.qdc');
    const { handlers, dialog } = shell({ save: target });
    const content = '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>\n';
    expect(await handlers['dialog.saveText']({ fileName: 'haiti.qdc', content }, null)).toEqual(ok({ path: target }));
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join('/home/me/Documents', 'haiti.qdc'),
        filters: [{ name: 'REFI-QDA codebook', extensions: ['qdc'] }],
      }),
    );
    expect(readFileSync(target, 'utf8')).toBe(content);
  });

  it('saves a data export as .json behind a JSON filter', async () => {
    const target = join(tmp.dir, 'passages.json');
    const { handlers, dialog } = shell({ save: target });
    const content = '{"format":"dossier-passages","version":1,"passages":[]}\n';
    const input = { fileName: 'haiti-passages.json', content };
    expect(await handlers['dialog.saveText'](input, null)).toEqual(ok({ path: target }));
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Export data', filters: [{ name: 'JSON', extensions: ['json'] }] }),
    );
    expect(readFileSync(target, 'utf8')).toBe(content);
  });

  it('answers null when the user cancels, and refuses other extensions before any dialog', async () => {
    const { handlers, dialog } = shell({});
    expect(await handlers['dialog.saveText']({ fileName: 'tags.csv', content: 'name\n' }, null)).toEqual(ok(null));
    expect(readdirSync(tmp.dir)).toEqual([]);
    dialog.showSaveDialog.mockClear();
    const result = await handlers['dialog.saveText']({ fileName: 'tags.exe', content: '' }, null);
    expect(!result.ok && result.error.message).toMatch(/\.qdc, \.csv or \.json/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('dialog.saveFile', () => {
  it('offers <Documents>/<fileName> behind a bundle filter and writes the bytes where the user chose', async () => {
    const target = join(tmp.dir, 'haiti.dossier');
    const { handlers, dialog } = shell({ save: target });
    // Bytes a text encoding would change: a zip's signature, a NUL and a byte above 0x7f.
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x0a]);
    const input = { fileName: 'haiti-the-mss-mission.dossier', contentBase64: bytes.toString('base64') };
    expect(await handlers['dialog.saveFile'](input, null)).toEqual(ok({ path: target }));
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Export project',
        defaultPath: join('/home/me/Documents', 'haiti-the-mss-mission.dossier'),
        filters: [{ name: 'Dossier project bundle', extensions: ['dossier'] }],
      }),
    );
    expect(readFileSync(target)).toEqual(bytes);
  });

  it('saves a .qdpx behind a REFI-QDA filter', async () => {
    const target = join(tmp.dir, 'haiti.qdpx');
    const { handlers, dialog } = shell({ save: target });
    const input = { fileName: 'haiti.qdpx', contentBase64: Buffer.from('PK').toString('base64') };
    expect(await handlers['dialog.saveFile'](input, null)).toEqual(ok({ path: target }));
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }] }),
    );
    expect(readFileSync(target, 'utf8')).toBe('PK');
  });

  it('answers null when the user cancels, writing nothing', async () => {
    const { handlers } = shell({});
    const input = { fileName: 'haiti.dossier', contentBase64: Buffer.from('PK').toString('base64') };
    expect(await handlers['dialog.saveFile'](input, null)).toEqual(ok(null));
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it.each([
    { fileName: '../haiti.dossier', contentBase64: '' },
    { fileName: 'haiti.zip', contentBase64: '' },
    { fileName: 'haiti.dossier.exe', contentBase64: '' },
    { fileName: '', contentBase64: '' },
    { fileName: 'haiti.dossier', contentBase64: 'not base64!' },
  ])('refuses %j before opening any dialog', async (input) => {
    const { handlers, dialog } = shell({ save: join(tmp.dir, 'x.dossier') });
    const result = await handlers['dialog.saveFile'](input, null);
    expect(!result.ok && result.error).toEqual({
      code: 'invalid_input',
      message: 'dialog.saveFile takes a file name ending in .dossier or .qdpx and its bytes.',
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it('says nothing was written when the folder cannot be written to', async () => {
    const { handlers } = shell({ save: join(tmp.dir, 'missing-folder', 'haiti.dossier') });
    const input = { fileName: 'haiti.dossier', contentBase64: Buffer.from('PK').toString('base64') };
    const result = await handlers['dialog.saveFile'](input, null);
    expect(!result.ok && result.error.message).toBe(
      `The project could not be saved in ${join(tmp.dir, 'missing-folder')}. Nothing was written.`,
    );
  });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file and leaves no temporary file behind', async () => {
    const target = join(tmp.dir, 'brief.md');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(tmp.dir)).toEqual(['brief.md']);
  });
});
