/** The desktop's import and brief-export dialogs (the save dialogs are in dialogs-save.test.ts). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fail, ok, type MethodInput } from '../contract';
import { briefAs, emptyReport, shell, tmp, useTempDir } from './dialogs-test-support';

useTempDir();

describe('dialog.importFolder', () => {
  it('imports every supported file below the folder and names the others as skipped', async () => {
    mkdirSync(join(tmp.dir, 'in', 'deeper'), { recursive: true });
    writeFileSync(join(tmp.dir, 'in', 'a.txt'), 'Alpha text');
    writeFileSync(join(tmp.dir, 'in', 'deeper', 'b.md'), '# Beta');
    writeFileSync(join(tmp.dir, 'in', 'photo.png'), 'not a document');
    writeFileSync(join(tmp.dir, 'in', '.DS_Store'), 'hidden');
    const { handlers, handle } = shell({ open: [join(tmp.dir, 'in')] });
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
    mkdirSync(join(tmp.dir, 'in'));
    writeFileSync(join(tmp.dir, 'in', 'a.txt'), 'Alpha text');
    const { handlers, handle } = shell({ open: [join(tmp.dir, 'in')] });
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
    mkdirSync(join(tmp.dir, 'in'));
    const names = Array.from({ length: 520 }, (_, i) => `note-${String(i).padStart(3, '0')}.txt`);
    for (const name of names) writeFileSync(join(tmp.dir, 'in', name), name);
    const { handlers, handle } = shell({ open: [join(tmp.dir, 'in')] });
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
    mkdirSync(join(tmp.dir, 'in'));
    for (let i = 0; i < 250; i++) writeFileSync(join(tmp.dir, 'in', `n${String(i).padStart(3, '0')}.txt`), `${i}`);
    const { handlers, handle } = shell({ open: [join(tmp.dir, 'in')] });
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
      mkdirSync(join(tmp.dir, 'in'));
      writeFileSync(join(tmp.dir, 'in', 'a.txt'), 'Alpha text');
      execFileSync('mkfifo', [join(tmp.dir, 'in', 'pipe.txt')]);
      symlinkSync(join(tmp.dir, 'in', 'a.txt'), join(tmp.dir, 'in', 'link.md'));
      const { handlers, handle } = shell({ open: [join(tmp.dir, 'in')] });
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
    writeFileSync(join(tmp.dir, 'a.md'), '# Héllo');
    const { handlers, handle } = shell({ open: [join(tmp.dir, 'a.md')] });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok).toBe(true);
    expect(handle).toHaveBeenCalledWith(
      'documents.import',
      expect.objectContaining({ files: [{ name: 'a.md', contentBase64: Buffer.from('# Héllo').toString('base64') }] }),
      undefined,
    );
  });

  it('reports unreadable picks next to what the core imported', async () => {
    writeFileSync(join(tmp.dir, 'ok.txt'), 'fine');
    const { handlers } = shell({ open: [join(tmp.dir, 'ok.txt'), join(tmp.dir, 'gone.txt')] });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok && result.value?.failed).toEqual([
      { name: 'gone.txt', message: 'gone.txt could not be read (ENOENT).' },
    ]);
  });

  it('does not call the core when nothing could be read', async () => {
    const { handlers, handle } = shell({ open: [join(tmp.dir, 'gone.txt')] });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok && result.value?.failed).toHaveLength(1);
    expect(handle).not.toHaveBeenCalled();
  });

  it('passes the window’s job id to the core, and says when the import was cancelled', async () => {
    writeFileSync(join(tmp.dir, 'a.txt'), 'x');
    const cancelled = { ...emptyReport, cancelled: true };
    const picks = [join(tmp.dir, 'a.txt'), join(tmp.dir, 'gone.txt')];
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
    const { handlers, dialog } = shell({ open: [join(tmp.dir, 'a.txt')] });
    const result = await handlers['dialog.importFiles']({ jobId: '../x' }, null);
    expect(result).toEqual(fail('invalid_input', 'dialog.importFiles takes only an optional job id.'));
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('names the files of a batch the core refused, with the core’s message', async () => {
    writeFileSync(join(tmp.dir, 'a.txt'), 'x');
    const { handlers } = shell({ open: [join(tmp.dir, 'a.txt')] }, { 'documents.import': fail('internal', 'nope') });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok && result.value?.failed).toEqual([{ name: 'a.txt', message: 'a.txt was not imported: nope' }]);
  });
});

describe('dialog.exportBrief', () => {
  it('offers <Documents>/<fileName> and writes the brief where the user chose', async () => {
    const target = join(tmp.dir, 'my brief.md');
    const { handlers, handle, dialog } = shell({ save: target });
    expect(await handlers['dialog.exportBrief']({ title: 'Case' }, null)).toEqual(ok({ path: target }));
    expect(handle).toHaveBeenCalledWith('export.brief', { title: 'Case' }, undefined);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/home/me/Documents', 'brief.md') }),
    );
    expect(readFileSync(target, 'utf8')).toBe('# Brief\n');
    expect(readdirSync(tmp.dir)).toEqual(['my brief.md']);
  });

  it('writes HTML as text and Word as the decoded bytes, each behind its own filter', async () => {
    const html = join(tmp.dir, 'brief.html');
    const page = shell({ save: html }, { 'export.brief': briefAs('html', '<!doctype html><h1>Brief</h1>\n') });
    const composed = { format: 'html' as const, title: 'Case', scope: { eventIds: [] }, summary: 'Why' };
    expect(await page.handlers['dialog.exportBrief'](composed, null)).toEqual(ok({ path: html }));
    expect(page.handle).toHaveBeenCalledWith('export.brief', composed, undefined);
    expect(page.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'HTML page', extensions: ['html'] }] }),
    );
    expect(readFileSync(html, 'utf8')).toBe('<!doctype html><h1>Brief</h1>\n');

    const docx = join(tmp.dir, 'brief.docx');
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
    const { handlers, handle, dialog } = shell({ save: join(tmp.dir, 'x.pdf') });
    const result = await handlers['dialog.exportBrief']({ format: 'pdf' }, null);
    expect(result.ok).toBe(false);
    expect(handle).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it('answers null when the user cancels, writing nothing', async () => {
    const { handlers } = shell({});
    expect(await handlers['dialog.exportBrief']({}, null)).toEqual(ok(null));
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it('refuses a bad payload before opening any dialog', async () => {
    const { handlers, dialog } = shell({ save: join(tmp.dir, 'x.md') });
    const result = await handlers['dialog.exportBrief']({ title: 'x'.repeat(301) }, null);
    expect(result.ok).toBe(false);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a folder it cannot write to as an internal failure', async () => {
    const { handlers } = shell({ save: join(tmp.dir, 'missing', 'brief.md') });
    const result = await handlers['dialog.exportBrief']({}, null);
    expect(!result.ok && result.error.code).toBe('internal');
  });
});
