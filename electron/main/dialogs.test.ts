import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type MethodInput } from '../contract';
import type { Core } from '../core/create-core';
import { writeFileAtomic } from './atomic-write';
import { createShellHandlers } from './dialogs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-dialogs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const emptyReport = { imported: [], duplicates: [], failed: [], warnings: [] };

/** What export.brief answers for a format: `content` is base64 for Word, the text otherwise. */
const briefAs = (format: 'md' | 'html' | 'docx', content: string) =>
  ok({ fileName: `brief.${format}`, format, content, markdown: '# Brief\n' });

function shell(picked: { open?: string[]; save?: string }, core: Partial<Record<string, unknown>> = {}) {
  const handle = vi.fn((method: string, payload: unknown) => {
    if (method === 'export.brief') return Promise.resolve(core['export.brief'] ?? briefAs('md', '# Brief\n'));
    return Promise.resolve(core[method] ?? ok({ ...emptyReport, payload }));
  });
  const dialog = {
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: !picked.open, filePaths: picked.open ?? [] })),
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: !picked.save, filePath: picked.save ?? '' })),
  };
  const handlers = createShellHandlers({
    core: { handle } as unknown as Pick<Core, 'handle'>,
    dialog: dialog,
    documentsDir: '/home/me/Documents',
    logger: { error: vi.fn() },
  });
  return { handlers, handle, dialog };
}

describe('dialog.importFolder', () => {
  it('imports every supported file below the folder and names the others as skipped', async () => {
    mkdirSync(join(dir, 'in', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), 'Alpha text');
    writeFileSync(join(dir, 'in', 'deeper', 'b.md'), '# Beta');
    writeFileSync(join(dir, 'in', 'photo.png'), 'not a document');
    writeFileSync(join(dir, 'in', '.DS_Store'), 'hidden');
    const { handlers, handle } = shell({ open: [join(dir, 'in')] });
    const result = await handlers['dialog.importFolder']({}, null);
    expect(handle).toHaveBeenCalledWith(
      'documents.import',
      expect.objectContaining({
        files: [
          { name: 'a.txt', contentBase64: Buffer.from('Alpha text').toString('base64') },
          { name: 'b.md', contentBase64: Buffer.from('# Beta').toString('base64') },
        ],
        batch: { offset: 0, total: 2 },
      }),
      undefined,
    );
    expect(result.ok && result.value?.skipped).toEqual(['photo.png']);
  });

  it('passes the window’s job id to the core', async () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'Alpha text');
    const { handlers, handle } = shell({ open: [join(dir, 'in')] });
    await handlers['dialog.importFolder']({ jobId: 'folder-1' }, null, { project: 'p-2' });
    expect(handle).toHaveBeenCalledWith('documents.import', expect.objectContaining({ jobId: 'folder-1' }), {
      project: 'p-2',
    });
  });

  it('answers null when the user cancels', async () => {
    const { handlers, handle } = shell({});
    expect(await handlers['dialog.importFolder']({}, null)).toEqual(ok(null));
    expect(handle).not.toHaveBeenCalled();
  });

  it('sends a folder of 520 files in batches of 100, each placed in the whole job, and adds up the reports', async () => {
    mkdirSync(join(dir, 'in'));
    const names = Array.from({ length: 520 }, (_, i) => `note-${String(i).padStart(3, '0')}.txt`);
    for (const name of names) writeFileSync(join(dir, 'in', name), name);
    const { handlers, handle } = shell({ open: [join(dir, 'in')] });
    handle.mockImplementation((_method: string, payload: unknown) => {
      const { files } = payload as { files: { name: string }[] };
      const imported = files.map(({ name }) => ({ fileName: name }));
      return Promise.resolve(ok({ ...emptyReport, imported }));
    });
    const result = await handlers['dialog.importFolder']({ jobId: 'big' }, null);
    const calls = handle.mock.calls.map(([, payload]) => payload as MethodInput<'documents.import'>);
    expect(calls.map((call) => [call.files.length, call.batch, call.jobId])).toEqual([
      [100, { offset: 0, total: 520 }, 'big'],
      [100, { offset: 100, total: 520 }, 'big'],
      [100, { offset: 200, total: 520 }, 'big'],
      [100, { offset: 300, total: 520 }, 'big'],
      [100, { offset: 400, total: 520 }, 'big'],
      [20, { offset: 500, total: 520 }, 'big'],
    ]);
    expect(calls.flatMap((call) => call.files.map((f) => f.name))).toEqual(names);
    expect(result.ok && result.value?.imported.map((d) => d.fileName)).toEqual(names);
  });

  it('stops at a cancelled batch and reports what the batches before it added', async () => {
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 250; i++) writeFileSync(join(dir, 'in', `n${String(i).padStart(3, '0')}.txt`), `${i}`);
    const { handlers, handle } = shell({ open: [join(dir, 'in')] });
    handle
      .mockResolvedValueOnce(ok({ ...emptyReport, imported: [{ fileName: 'n000.txt' }] }))
      .mockResolvedValueOnce(ok({ ...emptyReport, cancelled: true }));
    const result = await handlers['dialog.importFolder']({ jobId: 'stop' }, null);
    expect(handle).toHaveBeenCalledTimes(2);
    expect(result).toEqual(
      ok({ ...emptyReport, imported: [{ fileName: 'n000.txt' }], cancelled: true, skipped: [], notFiles: [] }),
    );
  });

  // Skipped on win32: the probe makes named pipes with mkfifo and symbolic links, which Windows lacks or restricts.
  it.skipIf(process.platform === 'win32')(
    'names a pipe and a link in the folder as skipped and never opens them',
    async () => {
      mkdirSync(join(dir, 'in'));
      writeFileSync(join(dir, 'in', 'a.txt'), 'Alpha text');
      execFileSync('mkfifo', [join(dir, 'in', 'pipe.txt')]);
      symlinkSync(join(dir, 'in', 'a.txt'), join(dir, 'in', 'link.md'));
      const { handlers, handle } = shell({ open: [join(dir, 'in')] });
      const result = await handlers['dialog.importFolder']({}, null);
      expect(handle).toHaveBeenCalledTimes(1);
      expect(result.ok && result.value?.notFiles).toEqual([
        { name: 'link.md', reason: 'a symbolic link (links are not followed)' },
        { name: 'pipe.txt', reason: 'a named pipe (FIFO), not a regular file' },
      ]);
    },
  );
});

describe('dialog.importFiles', () => {
  it('answers null when the user cancels', async () => {
    const { handlers, handle } = shell({});
    expect(await handlers['dialog.importFiles']({}, null)).toEqual(ok(null));
    expect(handle).not.toHaveBeenCalled();
  });

  it('reads the picked files as base64 and imports them through the core', async () => {
    writeFileSync(join(dir, 'a.md'), '# Héllo');
    const { handlers, handle } = shell({ open: [join(dir, 'a.md')] });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok).toBe(true);
    expect(handle).toHaveBeenCalledWith(
      'documents.import',
      expect.objectContaining({ files: [{ name: 'a.md', contentBase64: Buffer.from('# Héllo').toString('base64') }] }),
      undefined,
    );
  });

  it('reports unreadable picks next to what the core imported', async () => {
    writeFileSync(join(dir, 'ok.txt'), 'fine');
    const { handlers } = shell({ open: [join(dir, 'ok.txt'), join(dir, 'gone.txt')] });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok && result.value?.failed).toEqual([
      { name: 'gone.txt', message: 'gone.txt could not be read (ENOENT).' },
    ]);
  });

  it('does not call the core when nothing could be read', async () => {
    const { handlers, handle } = shell({ open: [join(dir, 'gone.txt')] });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok && result.value?.failed).toHaveLength(1);
    expect(handle).not.toHaveBeenCalled();
  });

  it('passes the window’s job id to the core, and says when the import was cancelled', async () => {
    writeFileSync(join(dir, 'a.txt'), 'x');
    const cancelled = { ...emptyReport, cancelled: true };
    const picks = [join(dir, 'a.txt'), join(dir, 'gone.txt')];
    const { handlers, handle } = shell({ open: picks }, { 'documents.import': ok(cancelled) });
    expect(await handlers['dialog.importFiles']({ jobId: 'job-7' }, null)).toEqual(
      ok({
        ...cancelled,
        failed: [{ name: 'gone.txt', message: 'gone.txt could not be read (ENOENT).' }],
        skipped: [],
        notFiles: [],
      }),
    );
    expect(handle).toHaveBeenCalledWith(
      'documents.import',
      {
        files: [{ name: 'a.txt', contentBase64: Buffer.from('x').toString('base64') }],
        jobId: 'job-7',
        batch: { offset: 0, total: 1 },
      },
      undefined,
    );
  });

  it('refuses a malformed job id before showing a dialog', async () => {
    const { handlers, dialog } = shell({ open: [join(dir, 'a.txt')] });
    const result = await handlers['dialog.importFiles']({ jobId: '../x' }, null);
    expect(result).toEqual(fail('invalid_input', 'dialog.importFiles takes only an optional job id.'));
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('names the files of a batch the core refused, with the core’s message', async () => {
    writeFileSync(join(dir, 'a.txt'), 'x');
    const { handlers } = shell({ open: [join(dir, 'a.txt')] }, { 'documents.import': fail('internal', 'nope') });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok && result.value?.failed).toEqual([{ name: 'a.txt', message: 'a.txt was not imported: nope' }]);
  });
});

describe('dialog.exportBrief', () => {
  it('offers <Documents>/<fileName> and writes the brief where the user chose', async () => {
    const target = join(dir, 'my brief.md');
    const { handlers, handle, dialog } = shell({ save: target });
    expect(await handlers['dialog.exportBrief']({ title: 'Case' }, null)).toEqual(ok({ path: target }));
    expect(handle).toHaveBeenCalledWith('export.brief', { title: 'Case' }, undefined);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/home/me/Documents', 'brief.md') }),
    );
    expect(readFileSync(target, 'utf8')).toBe('# Brief\n');
    expect(readdirSync(dir)).toEqual(['my brief.md']);
  });

  it('writes HTML as text and Word as the decoded bytes, each behind its own filter', async () => {
    const html = join(dir, 'brief.html');
    const page = shell({ save: html }, { 'export.brief': briefAs('html', '<!doctype html><h1>Brief</h1>\n') });
    const composed = { format: 'html' as const, title: 'Case', scope: { eventIds: [] }, summary: 'Why' };
    expect(await page.handlers['dialog.exportBrief'](composed, null)).toEqual(ok({ path: html }));
    expect(page.handle).toHaveBeenCalledWith('export.brief', composed, undefined);
    expect(page.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'HTML page', extensions: ['html'] }] }),
    );
    expect(readFileSync(html, 'utf8')).toBe('<!doctype html><h1>Brief</h1>\n');

    const docx = join(dir, 'brief.docx');
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    const word = shell({ save: docx }, { 'export.brief': briefAs('docx', bytes.toString('base64')) });
    expect(await word.handlers['dialog.exportBrief']({ format: 'docx' }, null)).toEqual(ok({ path: docx }));
    expect(word.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join('/home/me/Documents', 'brief.docx'),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      }),
    );
    expect(readFileSync(docx)).toEqual(bytes);
  });

  it('refuses an unknown format before asking the core or opening a dialog', async () => {
    const { handlers, handle, dialog } = shell({ save: join(dir, 'x.pdf') });
    const result = await handlers['dialog.exportBrief']({ format: 'pdf' }, null);
    expect(result.ok).toBe(false);
    expect(handle).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answers null when the user cancels, writing nothing', async () => {
    const { handlers } = shell({});
    expect(await handlers['dialog.exportBrief']({}, null)).toEqual(ok(null));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a bad payload before opening any dialog', async () => {
    const { handlers, dialog } = shell({ save: join(dir, 'x.md') });
    const result = await handlers['dialog.exportBrief']({ title: 'x'.repeat(301) }, null);
    expect(result.ok).toBe(false);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a folder it cannot write to as an internal failure', async () => {
    const { handlers } = shell({ save: join(dir, 'missing', 'brief.md') });
    const result = await handlers['dialog.exportBrief']({}, null);
    expect(!result.ok && result.error.code).toBe('internal');
  });
});

describe('dialog.saveImage', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);

  it('offers <Documents>/<fileName> and writes the bytes where the user chose', async () => {
    const target = join(dir, 'axis.png');
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
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['../timeline.svg', 'timeline.exe', ''])(
    'refuses the file name %j before opening any dialog',
    async (name) => {
      const { handlers, dialog } = shell({ save: join(dir, 'x.svg') });
      const result = await handlers['dialog.saveImage']({ fileName: name, contentBase64: '' }, null);
      expect(!result.ok && result.error.message).toMatch(/\.svg or \.png/);
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    },
  );
});

describe('dialog.saveText', () => {
  it('offers <Documents>/<fileName> with the format filter and writes the text where the user chose', async () => {
    const target = join(dir, 'codebook.qdc');
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
    const target = join(dir, 'passages.json');
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
    expect(readdirSync(dir)).toEqual([]);
    dialog.showSaveDialog.mockClear();
    const result = await handlers['dialog.saveText']({ fileName: 'tags.exe', content: '' }, null);
    expect(!result.ok && result.error.message).toMatch(/\.qdc, \.csv or \.json/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('dialog.saveFile', () => {
  it('offers <Documents>/<fileName> behind a bundle filter and writes the bytes where the user chose', async () => {
    const target = join(dir, 'haiti.dossier');
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
    const target = join(dir, 'haiti.qdpx');
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
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    { fileName: '../haiti.dossier', contentBase64: '' },
    { fileName: 'haiti.zip', contentBase64: '' },
    { fileName: 'haiti.dossier.exe', contentBase64: '' },
    { fileName: '', contentBase64: '' },
    { fileName: 'haiti.dossier', contentBase64: 'not base64!' },
  ])('refuses %j before opening any dialog', async (input) => {
    const { handlers, dialog } = shell({ save: join(dir, 'x.dossier') });
    const result = await handlers['dialog.saveFile'](input, null);
    expect(!result.ok && result.error).toEqual({
      code: 'invalid_input',
      message: 'dialog.saveFile takes a file name ending in .dossier or .qdpx and its bytes.',
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says nothing was written when the folder cannot be written to', async () => {
    const { handlers } = shell({ save: join(dir, 'missing-folder', 'haiti.dossier') });
    const input = { fileName: 'haiti.dossier', contentBase64: Buffer.from('PK').toString('base64') };
    const result = await handlers['dialog.saveFile'](input, null);
    expect(!result.ok && result.error.message).toBe(
      `The project could not be saved in ${join(dir, 'missing-folder')}. Nothing was written.`,
    );
  });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file and leaves no temporary file behind', async () => {
    const target = join(dir, 'brief.md');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['brief.md']);
  });
});
