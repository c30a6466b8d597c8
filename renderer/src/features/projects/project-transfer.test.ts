import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodName, Result } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { exportProject } from './project-transfer';

const calls: { method: MethodName; input: unknown }[] = [];
let desktop = false;
let saveAnswer: unknown = { path: '/home/me/Documents/haiti.dossier' };
const downloads: { name: string; size: number }[] = [];

const bundle = {
  fileName: 'haiti-the-mss-mission-2026-12-07.dossier',
  contentBase64: btoa('PK\u0003\u0004bundle'),
  project: { id: 'p1', name: 'Haiti' },
  counts: { projects: 1, documents: 5, highlights: 1, tags: 0, events: 0 },
};

vi.mock('../../platform/client', () => ({
  isDesktop: () => desktop,
  setCurrentProject: () => undefined,
  getClient: () => ({
    call: (method: MethodName, input: unknown): Promise<Result<unknown>> => {
      calls.push({ method, input });
      const answers: Partial<Record<MethodName, unknown>> = {
        'bundle.export': bundle,
        'export.qdpx': { fileName: 'haiti.qdpx', contentBase64: 'UEs=', skippedHighlights: 2 },
        'dialog.saveFile': saveAnswer,
      };
      return Promise.resolve({ ok: true, value: answers[method] ?? null });
    },
    on: () => () => undefined,
  }),
}));

vi.mock('../../platform/download', () => ({
  downloadBlob: (name: string, blob: Blob) => downloads.push({ name, size: blob.size }),
}));

beforeEach(() => {
  calls.length = 0;
  downloads.length = 0;
  saveAnswer = { path: '/home/me/Documents/haiti.dossier' };
  useAppStore.setState(useAppStore.getInitialState(), true);
});

const lastToast = () => useAppStore.getState().toasts.at(-1);

describe('exportProject', () => {
  it('on the desktop, hands the bundle to the native save dialog and says where it went', async () => {
    desktop = true;
    expect(await exportProject('dossier')).toBe(true);
    expect(calls).toEqual([
      { method: 'bundle.export', input: {} },
      { method: 'dialog.saveFile', input: { fileName: bundle.fileName, contentBase64: bundle.contentBase64 } },
    ]);
    expect(downloads).toEqual([]);
    expect(lastToast()).toMatchObject({
      message: 'Project exported as a bundle',
      details: ['/home/me/Documents/haiti.dossier', '5 documents, 1 highlight'],
    });
    expect(useAppStore.getState().busy).toBeNull();
  });

  it('on the desktop, a cancelled dialog writes nothing and says nothing', async () => {
    desktop = true;
    saveAnswer = null;
    expect(await exportProject('dossier')).toBe(false);
    expect(useAppStore.getState().toasts).toEqual([]);
  });

  it('in the browser, downloads the bytes and names the highlights a .qdpx leaves out', async () => {
    desktop = false;
    expect(await exportProject('qdpx')).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['export.qdpx']);
    expect(downloads).toEqual([{ name: 'haiti.qdpx', size: 2 }]);
    expect(lastToast()?.details).toEqual([
      'haiti.qdpx',
      '2 highlights needing review left out (their range may no longer hold their quote)',
    ]);
  });
});
