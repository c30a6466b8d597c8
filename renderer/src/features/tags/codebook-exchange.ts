/**
 * The codebook in and out: REFI-QDA `.qdc` (the QDA tools' exchange standard) or CSV. Export goes
 * through the native save dialog on the desktop (where downloads are refused) and as a download in
 * a browser; import reads the chosen file's text and lets the core merge it by name.
 */
import type { MethodOutput } from '../../../../electron/contract';
import { runCommand } from '../../commands/registry';
import { isDesktop } from '../../platform/client';
import { downloadText } from '../../platform/download';
import { call } from '../../store/api';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';

export type CodebookFormat = 'qdc' | 'csv';
export type ImportReport = MethodOutput<'codebook.import'>;

/** The file input's `accept`. */
export const CODEBOOK_ACCEPT = '.qdc,.csv,.xml,text/csv,application/xml,text/xml';

export async function exportCodebook(format: CodebookFormat): Promise<void> {
  const exported = await call('codebook.export', { format });
  if (!exported) return;
  if (isDesktop()) {
    const saved = await call('dialog.saveText', { fileName: exported.fileName, content: exported.content });
    if (saved) showToast({ tone: 'success', message: 'Codebook exported', details: [saved.path] });
    return;
  }
  downloadText(exported.fileName, exported.content, format === 'csv' ? 'text/csv' : 'application/xml');
  showToast({ tone: 'success', message: 'Codebook exported', details: [exported.fileName] });
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 tags added, 2 updated, 5 unchanged". */
export function reportSummary(report: ImportReport): string {
  return `${plural(report.created.length, 'tag')} added, ${report.updated.length} updated, ${report.unchanged} unchanged`;
}

export async function importCodebook(file: File): Promise<ImportReport | null> {
  let content: string;
  try {
    content = await file.text();
  } catch (error) {
    showToast({ tone: 'error', message: `“${file.name}” could not be read: ${(error as Error).message}` });
    return null;
  }
  const report = await call('codebook.import', { fileName: file.name, content });
  if (!report) return null;
  scheduleRefresh(['tags']);
  const changed = report.created.length + report.updated.length > 0;
  showToast({
    tone: 'success',
    message: `Imported “${file.name}”: ${reportSummary(report)}`,
    ...(changed ? { action: { label: 'Undo', run: () => runCommand('undo') } } : {}),
  });
  return report;
}
