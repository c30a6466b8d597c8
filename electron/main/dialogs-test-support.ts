/**
 * Test support for the desktop dialogs' tests: a temporary folder per test, and the shell handlers
 * over a fake core and a fake dialog that answers with `picked`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { ok } from '../contract';
import type { Core } from '../core/create-core';
import { createShellHandlers } from './dialogs';

export const tmp = { dir: '' };
export function useTempDir(): void {
  beforeEach(() => {
    tmp.dir = mkdtempSync(join(tmpdir(), 'dossier-dialogs-'));
  });
  afterEach(() => rmSync(tmp.dir, { recursive: true, force: true }));
}

export const emptyReport = { imported: [], duplicates: [], failed: [], warnings: [] };

/** What export.brief answers for a format: `content` is base64 for Word, the text otherwise. */
export const briefAs = (format: 'md' | 'html' | 'docx', content: string) =>
  ok({ fileName: `brief.${format}`, format, content, markdown: '# Brief\n' });

export function shell(picked: { open?: string[]; save?: string }, core: Partial<Record<string, unknown>> = {}) {
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
