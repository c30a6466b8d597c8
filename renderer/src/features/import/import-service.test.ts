import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport, MethodName, Result } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { applyImportProgress, cancelImport, importFiles, importFolderFiles } from './import-service';

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

    applyImportProgress({ project: 'p', jobId: 'someone-else', done: 5, total: 9, current: 'x.pdf' });
    expect(job()?.progress).toBeNull();
    applyImportProgress({ project: 'p', jobId: String(jobId), done: 1, total: 2, current: 'b.md' });
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
    applyImportProgress({ project: 'p', jobId, done: 0, total: 2, current: 'a.txt' });
    await vi.waitFor(() => expect(callsTo('import.cancel')).toHaveLength(2));
    applyImportProgress({ project: 'p', jobId, done: 1, total: 2, current: 'b.md' });
    expect(callsTo('import.cancel')).toHaveLength(2);
    answerImport(report({ cancelled: true }));
    await done;
    expect(messages()).toEqual(['Import cancelled — nothing was added.']);
  });
});

/** Files read so far by the service (through `File.arrayBuffer`). */
let reads = 0;

/** `count` small files named so they sort in order, counting their reads. */
const many = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const file = new File([`note ${i}`], `note-${String(i).padStart(3, '0')}.txt`);
    const read = file.arrayBuffer.bind(file);
    file.arrayBuffer = () => {
      reads++;
      return read();
    };
    return file;
  });

/** A `documents.import` answer that imported every file of the call. */
const importedAll = (input: Record<string, unknown>): ImportReport =>
  report({ imported: (input.files as { name: string }[]).map(({ name }) => ({ fileName: name }) as never) });

describe('import-service batches', () => {
  it('sends 250 files as three calls of at most 100, each placed in the whole job, one after another', async () => {
    reads = 0;
    const done = importFiles(many(250));
    for (let n = 1; n <= 3; n++) {
      await vi.waitFor(() => expect(callsTo('documents.import')).toHaveLength(n));
      // The next batch is read only once this one is answered.
      expect(reads).toBe(Math.min(n * 100, 250));
      answerImport(importedAll(callsTo('documents.import')[n - 1]?.input ?? {}));
    }
    await done;
    const sent = callsTo('documents.import').map(({ input }) => input);
    expect(sent.map((input) => [(input.files as unknown[]).length, input.batch])).toEqual([
      [100, { offset: 0, total: 250 }],
      [100, { offset: 100, total: 250 }],
      [50, { offset: 200, total: 250 }],
    ]);
    expect(new Set(sent.map((input) => input.jobId)).size).toBe(1);
    expect(messages()).toEqual(['Imported 250 documents']);
  });

  it('a cancel between batches sends no more and says how many the earlier batches added', async () => {
    const done = importFolderFiles(many(250));
    await vi.waitFor(() => expect(callsTo('documents.import')).toHaveLength(1));
    answerImport(importedAll(callsTo('documents.import')[0]?.input ?? {}));
    await cancelImport(String(job()?.jobId));
    await done;
    expect(callsTo('documents.import')).toHaveLength(1);
    expect(messages()).toEqual(['Import cancelled — 100 documents were added before the cancel; the rest were not.']);
  });

  it('refuses a file over 100 MB before reading it, saying its size, and imports the rest', async () => {
    const huge = new File(['x'], 'scan.pdf');
    Object.defineProperty(huge, 'size', { value: 150 * 1024 * 1024 });
    const done = importFiles([huge, new File(['one'], 'a.txt')]);
    await vi.waitFor(() => expect(callsTo('documents.import')).toHaveLength(1));
    expect((callsTo('documents.import')[0]?.input.files as { name: string }[]).map((f) => f.name)).toEqual(['a.txt']);
    answerImport(importedAll(callsTo('documents.import')[0]?.input ?? {}));
    await done;
    expect(useAppStore.getState().toasts[0]?.details).toEqual([
      'scan.pdf is 150 MB; Dossier imports files of up to 100 MB. Split it and import the parts.',
    ]);
  });
});
