import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../contract';
import type { Core } from '../core/create-core';
import { writeFileAtomic } from './atomic-write';
import { createShellHandlers } from './dialogs';
import { readImportFiles } from './file-intake';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-dialogs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const emptyReport = { imported: [], duplicates: [], failed: [], warnings: [] };

function shell(picked: { open?: string[]; save?: string }, core: Partial<Record<string, unknown>> = {}) {
  const handle = vi.fn((method: string, payload: unknown) => {
    if (method === 'export.brief') return Promise.resolve(ok({ markdown: '# Brief\n', fileName: 'brief.md' }));
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
    expect(handle).toHaveBeenCalledWith('documents.import', {
      files: [
        { name: 'a.txt', contentBase64: Buffer.from('Alpha text').toString('base64') },
        { name: 'b.md', contentBase64: Buffer.from('# Beta').toString('base64') },
      ],
    });
    expect(result.ok && result.value?.skipped).toEqual(['photo.png']);
  });

  it('passes the window’s job id to the core', async () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'Alpha text');
    const { handlers, handle } = shell({ open: [join(dir, 'in')] });
    await handlers['dialog.importFolder']({ jobId: 'folder-1' }, null);
    expect(handle).toHaveBeenCalledWith('documents.import', expect.objectContaining({ jobId: 'folder-1' }));
  });

  it('answers null when the user cancels', async () => {
    const { handlers, handle } = shell({});
    expect(await handlers['dialog.importFolder']({}, null)).toEqual(ok(null));
    expect(handle).not.toHaveBeenCalled();
  });
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
    expect(handle).toHaveBeenCalledWith('documents.import', {
      files: [{ name: 'a.md', contentBase64: Buffer.from('# Héllo').toString('base64') }],
    });
  });

  it('reports unreadable picks next to what the core imported', async () => {
    writeFileSync(join(dir, 'ok.txt'), 'fine');
    mkdirSync(join(dir, 'folder.txt'));
    const { handlers } = shell({ open: [join(dir, 'ok.txt'), join(dir, 'folder.txt'), join(dir, 'gone.txt')] });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok && result.value?.failed.map((f) => f.name)).toEqual(['folder.txt', 'gone.txt']);
  });

  it('does not call the core when nothing could be read', async () => {
    const { handlers, handle } = shell({ open: [join(dir, 'gone.txt')] });
    const result = await handlers['dialog.importFiles']({}, null);
    expect(result.ok && result.value?.failed).toHaveLength(1);
    expect(handle).not.toHaveBeenCalled();
  });

  it('passes the window’s job id to the core, and a cancelled import’s report back as it is', async () => {
    writeFileSync(join(dir, 'a.txt'), 'x');
    const cancelled = { ...emptyReport, cancelled: true };
    const picks = [join(dir, 'a.txt'), join(dir, 'gone.txt')];
    const { handlers, handle } = shell({ open: picks }, { 'documents.import': ok(cancelled) });
    expect(await handlers['dialog.importFiles']({ jobId: 'job-7' }, null)).toEqual(ok(cancelled));
    expect(handle).toHaveBeenCalledWith('documents.import', {
      files: [{ name: 'a.txt', contentBase64: Buffer.from('x').toString('base64') }],
      jobId: 'job-7',
    });
  });

  it('refuses a malformed job id before showing a dialog', async () => {
    const { handlers, dialog } = shell({ open: [join(dir, 'a.txt')] });
    const result = await handlers['dialog.importFiles']({ jobId: '../x' }, null);
    expect(result).toEqual(fail('invalid_input', 'dialog.importFiles takes only an optional job id.'));
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('passes a core failure through as it is', async () => {
    writeFileSync(join(dir, 'a.txt'), 'x');
    const { handlers } = shell({ open: [join(dir, 'a.txt')] }, { 'documents.import': fail('internal', 'nope') });
    expect(await handlers['dialog.importFiles']({}, null)).toEqual(fail('internal', 'nope'));
  });
});

describe('readImportFiles', () => {
  it('refuses files over the size cap with a clear message', async () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    const intake = await readImportFiles([join(dir, 'big.txt')], 1024);
    expect(intake.files).toEqual([]);
    expect(intake.failed[0]?.message).toMatch(/big\.txt is larger than 0 MB/);
  });
});

describe('dialog.exportBrief', () => {
  it('offers <Documents>/<fileName> and writes the brief where the user chose', async () => {
    const target = join(dir, 'my brief.md');
    const { handlers, handle, dialog } = shell({ save: target });
    expect(await handlers['dialog.exportBrief']({ title: 'Case' }, null)).toEqual(ok({ path: target }));
    expect(handle).toHaveBeenCalledWith('export.brief', { title: 'Case' });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/home/me/Documents', 'brief.md') }),
    );
    expect(readFileSync(target, 'utf8')).toBe('# Brief\n');
    expect(readdirSync(dir)).toEqual(['my brief.md']);
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

describe('writeFileAtomic', () => {
  it('replaces an existing file and leaves no temporary file behind', async () => {
    const target = join(dir, 'brief.md');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['brief.md']);
  });
});
