/**
 * Imports files (picked, dropped, or through the desktop dialog) and reports what happened. Every
 * import carries a fresh job id, so its `import.progress` events can be followed and it can be
 * cancelled. Files are sent in batches (`send-in-batches.ts`); a cancel keeps the batches already
 * stored and says how many documents they added.
 */
import type { EventPayload, ImportReport } from '../../../../electron/contract';
import { isDesktop } from '../../platform/client';
import { readFiles } from '../../platform/read-files';
import { call, request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import type { ImportJob } from '../../store/import-slice';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';
import { plural } from '../../lib/plural';
import { openDocument } from '../../navigation/navigation';
import { readDrop, sortFolderFiles, type DroppedItem, type SortedFiles } from './folder-files';
import { sendInBatches } from './send-in-batches';

/** What the store does not show: whether the core has the job yet, and where cancelling stands. */
interface JobControl {
  sent: boolean;
  cancelRequested: boolean;
  cancelAcknowledged: boolean;
  cancelInFlight: boolean;
}

const controls = new Map<string, JobControl>();

const emptyReport = (extra: Partial<ImportReport> = {}): ImportReport => ({
  imported: [],
  duplicates: [],
  failed: [],
  warnings: [],
  ...extra,
});

export const importFiles = (files: readonly File[], skipped: readonly string[] = []): Promise<void> =>
  importCollected(() => Promise.resolve({ files: [...files], skipped: [...skipped] }));

/** A folder picked in the browser: its supported files are imported, the others named as skipped. */
export const importFolderFiles = (files: readonly File[]): Promise<void> =>
  importCollected(() =>
    Promise.resolve(sortFolderFiles(files.map((file) => ({ file, path: file.webkitRelativePath || file.name })))),
  );

/** Files and folders dropped on the window (folders are walked for the files Dossier reads). */
export const importDropped = (items: readonly DroppedItem[]): Promise<void> => importCollected(() => readDrop(items));

function importCollected(collect: () => Promise<SortedFiles>): Promise<void> {
  return runImport('Reading files…', async (jobId) => {
    const { files, skipped } = await collect();
    if (files.length === 0) return skipped.length ? emptyReport({ skipped }) : null;
    const report = await sendInBatches(files, {
      jobId,
      read: readFiles,
      send: (input) => {
        const control = controls.get(jobId);
        if (control) control.sent = true;
        return request('documents.import', input);
      },
      cancelled: () => controls.get(jobId)?.cancelRequested ?? false,
    });
    return { ...report, skipped };
  });
}

/** Desktop: the native open dialog; the browser uses a file input instead (see ImportButton). */
export const importWithDialog = () => importThroughDialog('dialog.importFiles');

/** Desktop: the native folder dialog. */
export const importFolderWithDialog = () => importThroughDialog('dialog.importFolder');

async function importThroughDialog(method: 'dialog.importFiles' | 'dialog.importFolder'): Promise<void> {
  if (!isDesktop()) return;
  await runImport('Importing…', (jobId) => {
    const control = controls.get(jobId);
    if (control) control.sent = true;
    return call(method, { jobId });
  });
}

async function runImport(startingLabel: string, run: (jobId: string) => Promise<ImportReport | null>) {
  const jobId = crypto.randomUUID();
  controls.set(jobId, { sent: false, cancelRequested: false, cancelAcknowledged: false, cancelInFlight: false });
  const job: ImportJob = { jobId, startingLabel, progress: null, cancelling: false };
  useAppStore.setState((state) => ({ imports: [...state.imports, job] }));
  try {
    const report = await run(jobId);
    if (report) await reportImport(report);
  } finally {
    controls.delete(jobId);
    useAppStore.setState((state) => ({ imports: state.imports.filter((j) => j.jobId !== jobId) }));
  }
}

const updateJob = (jobId: string, change: Partial<ImportJob>): void =>
  useAppStore.setState((state) => ({
    imports: state.imports.map((job) => (job.jobId === jobId ? { ...job, ...change } : job)),
  }));

/** A pushed `import.progress`: only imports this window started are followed. */
export function applyImportProgress({ jobId, project: _project, ...progress }: EventPayload<'import.progress'>): void {
  const control = controls.get(jobId);
  if (!control) return;
  updateJob(jobId, { progress });
  // A cancel that reached the core before the import did is asked again once it is running.
  if (control.cancelRequested && !control.cancelAcknowledged) void sendCancel(jobId);
}

export async function cancelImport(jobId: string): Promise<void> {
  const control = controls.get(jobId);
  if (!control || control.cancelRequested) return;
  control.cancelRequested = true;
  updateJob(jobId, { cancelling: true });
  if (control.sent) await sendCancel(jobId);
}

async function sendCancel(jobId: string): Promise<void> {
  const control = controls.get(jobId);
  if (!control || control.cancelInFlight) return;
  control.cancelInFlight = true;
  const result = await request('import.cancel', { jobId });
  control.cancelInFlight = false;
  if (result.ok && result.value.cancelled) control.cancelAcknowledged = true;
}

async function reportImport(report: ImportReport): Promise<void> {
  const imported = report.imported.length;
  if (report.cancelled) {
    if (imported > 0) scheduleRefresh(['documents']);
    const message = imported
      ? `Import cancelled — ${plural(imported, 'document')} ${imported === 1 ? 'was' : 'were'} added before the cancel; the rest were not.`
      : 'Import cancelled — nothing was added.';
    showToast({ tone: 'info', message });
    return;
  }
  scheduleRefresh(['documents']);
  const details = [
    ...(report.duplicates.length
      ? [`Already in the library: ${report.duplicates.map((d) => `${d.name} (“${d.title}”)`).join(', ')}`]
      : []),
    ...[...report.failed, ...report.warnings].map((entry) =>
      entry.message.startsWith(entry.name) ? entry.message : `${entry.name}: ${entry.message}`,
    ),
    ...(report.skipped?.length ? [`Skipped (not a format Dossier reads): ${report.skipped.join(', ')}`] : []),
    ...(report.notFiles?.length
      ? [`Skipped (not regular files): ${report.notFiles.map((e) => `${e.name} — ${e.reason}`).join('; ')}`]
      : []),
  ];
  const message =
    imported > 0
      ? `Imported ${plural(imported, 'document')}`
      : report.failed.length
        ? 'Nothing imported'
        : 'No new documents';
  showToast({ tone: report.failed.length ? 'error' : imported ? 'success' : 'info', message, details });
  const first = report.imported[0];
  if (first) await openDocument(first.id);
}
