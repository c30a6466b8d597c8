/** Imports files (picked, dropped, or through the desktop dialog) and reports what happened. */
import type { ImportReport } from '../../../../electron/contract';
import { isDesktop } from '../../platform/client';
import { readFiles } from '../../platform/read-files';
import { call } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';
import { plural } from '../../lib/plural';
import { openDocument } from '../reader/reader-service';

export async function importFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const { setBusy } = useAppStore.getState();
  setBusy(`Importing ${plural(files.length, 'file')}…`);
  try {
    const report = await call('documents.import', { files: await readFiles(files) });
    if (report) await reportImport(report);
  } finally {
    setBusy(null);
  }
}

/** Desktop: the native open dialog; the browser uses a file input instead (see ImportButton). */
export async function importWithDialog(): Promise<void> {
  if (!isDesktop()) return;
  useAppStore.getState().setBusy('Importing…');
  try {
    const report = await call('dialog.importFiles', {});
    if (report) await reportImport(report);
  } finally {
    useAppStore.getState().setBusy(null);
  }
}

async function reportImport(report: ImportReport): Promise<void> {
  scheduleRefresh(['documents']);
  const details = [
    ...(report.duplicates.length
      ? [`Already in the library: ${report.duplicates.map((d) => `${d.name} (“${d.title}”)`).join(', ')}`]
      : []),
    ...[...report.failed, ...report.warnings].map((entry) =>
      entry.message.startsWith(entry.name) ? entry.message : `${entry.name}: ${entry.message}`,
    ),
  ];
  const imported = report.imported.length;
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
