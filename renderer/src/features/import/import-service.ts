/** Imports files (picked, dropped, or through the desktop dialog) and reports what happened. */
import { isImportableName, type ImportReport } from '../../../../electron/contract';
import { isDesktop } from '../../platform/client';
import { readFiles } from '../../platform/read-files';
import { call } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';
import { plural } from '../../lib/plural';
import { openDocument } from '../reader/reader-service';

export async function importFiles(files: readonly File[], skipped: readonly string[] = []): Promise<void> {
  if (files.length === 0) {
    if (skipped.length > 0)
      await reportImport({ imported: [], duplicates: [], failed: [], warnings: [], skipped: [...skipped] });
    return;
  }
  const { setBusy } = useAppStore.getState();
  setBusy(`Importing ${plural(files.length, 'file')}…`);
  try {
    const report = await call('documents.import', { files: await readFiles(files) });
    if (report) await reportImport({ ...report, skipped: [...skipped] });
  } finally {
    setBusy(null);
  }
}

/** A folder picked in the browser: its supported files are imported, the others named as skipped. */
export async function importFolderFiles(files: readonly File[]): Promise<void> {
  const path = (file: File) => file.webkitRelativePath || file.name;
  await importFiles(
    files.filter((file) => isImportableName(path(file))),
    files.filter((file) => !isImportableName(path(file)) && !file.name.startsWith('.')).map((file) => file.name),
  );
}

/** Desktop: the native open dialog; the browser uses a file input instead (see ImportButton). */
export const importWithDialog = () => importThroughDialog('dialog.importFiles', 'Importing…');

/** Desktop: the native folder dialog. */
export const importFolderWithDialog = () => importThroughDialog('dialog.importFolder', 'Importing folder…');

async function importThroughDialog(method: 'dialog.importFiles' | 'dialog.importFolder', busy: string): Promise<void> {
  if (!isDesktop()) return;
  useAppStore.getState().setBusy(busy);
  try {
    const report = await call(method, {});
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
    ...(report.skipped?.length ? [`Skipped (not a format Dossier reads): ${report.skipped.join(', ')}`] : []),
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
