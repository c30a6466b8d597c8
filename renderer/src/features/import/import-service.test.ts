import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport, MethodName, Result } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { applyImportProgress, cancelImport, importFiles } from './import-service';

/** A fake contract client: every call is recorded; `documents.import` waits until a test answers it. */
const calls: { method: MethodName; input: Record<string, unknown> }[] = [];
let answerImport: (report: ImportReport) => void = () => undefined;
let cancelAnswers: boolean[] = [];

vi.mock('../../platform/client', () => ({
  isDesktop: () => false,
  getClient: () => ({
    call: (method: MethodName, input: Record<string, unknown>): Promise<Result<unknown>> => {
      calls.push({ method, input });
      if (method === 'documents.import') {
        return new Promise((resolve) => {
          answerImport = (report) => resolve({ ok: true, value: report });
        });
      }
      if (method === 'import.cancel') {
        return Promise.resolve({ ok: true, value: { cancelled: cancelAnswers.shift() ?? true } });
      }
      return Promise.resolve({ ok: false, error: { code: 'internal', message: `unexpected ${method}` } });
    },
    on: () => () => undefined,
  }),
}));

const report = (extra: Partial<ImportReport> = {}): ImportReport => ({
  imported: [],
  duplicates: [],
  failed: [],
  warnings: [],
  ...extra,
});
const files = () => [new File(['one'], 'a.txt'), new File(['two'], 'b.md')];
const callsTo = (method: MethodName) => calls.filter((call) => call.method === method);
const job = () => useAppStore.getState().imports[0];
const messages = () => useAppStore.getState().toasts.map((toast) => toast.message);

beforeEach(() => {
  calls.length = 0;
  cancelAnswers = [];
  useAppStore.setState({ imports: [], toasts: [] });
});

describe('import-service', () => {
  it('sends a fresh job id, follows only that job, and clears it when the report comes', async () => {
    const done = importFiles(files());
    expect(job()).toMatchObject({ startingLabel: 'Reading files…', progress: null, cancelling: false });
    await vi.waitFor(() => expect(callsTo('documents.import')).toHaveLength(1));
    const jobId = callsTo('documents.import')[0]?.input.jobId;
    expect(jobId).toBe(job()?.jobId);
    expect(jobId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);

    applyImportProgress({ jobId: 'someone-else', done: 5, total: 9, current: 'x.pdf' });
    expect(job()?.progress).toBeNull();
    applyImportProgress({ jobId: String(jobId), done: 1, total: 2, current: 'b.md' });
    expect(job()?.progress).toEqual({ done: 1, total: 2, current: 'b.md' });

    answerImport(report({ duplicates: [{ name: 'a.txt', existingId: 'd1' as never, title: 'A' }] }));
    await done;
    expect(useAppStore.getState().imports).toEqual([]);
    expect(messages()).toEqual(['No new documents']);
  });

  it('cancels a running import through import.cancel and says nothing was added', async () => {
    const done = importFiles(files());
    await vi.waitFor(() => expect(callsTo('documents.import')).toHaveLength(1));
    const jobId = String(job()?.jobId);
    await cancelImport(jobId);
    expect(callsTo('import.cancel').map((call) => call.input)).toEqual([{ jobId }]);
    expect(job()?.cancelling).toBe(true);
    answerImport(report({ cancelled: true }));
    await done;
    expect(messages()).toEqual(['Import cancelled — nothing was added.']);
    expect(useAppStore.getState().imports).toEqual([]);
  });

  it('a cancel before the files were sent sends nothing at all', async () => {
    const done = importFiles(files());
    await cancelImport(String(job()?.jobId));
    await done;
    expect(callsTo('documents.import')).toEqual([]);
    expect(callsTo('import.cancel')).toEqual([]);
    expect(messages()).toEqual(['Import cancelled — nothing was added.']);
  });

  it('asks again on the first progress event when the core did not know the job yet', async () => {
    cancelAnswers = [false, true];
    const done = importFiles(files());
    await vi.waitFor(() => expect(callsTo('documents.import')).toHaveLength(1));
    const jobId = String(job()?.jobId);
    await cancelImport(jobId);
    expect(callsTo('import.cancel')).toHaveLength(1);
    applyImportProgress({ jobId, done: 0, total: 2, current: 'a.txt' });
    await vi.waitFor(() => expect(callsTo('import.cancel')).toHaveLength(2));
    applyImportProgress({ jobId, done: 1, total: 2, current: 'b.md' });
    expect(callsTo('import.cancel')).toHaveLength(2);
    answerImport(report({ cancelled: true }));
    await done;
    expect(messages()).toEqual(['Import cancelled — nothing was added.']);
  });
});
