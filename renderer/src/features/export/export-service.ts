/** Exports the brief: a download in the browser, the native save dialog on the desktop. */
import { isDesktop } from '../../platform/client';
import { downloadText } from '../../platform/download';
import { call } from '../../store/api';
import { showToast } from '../../store/toasts';

export async function exportBrief(title: string): Promise<boolean> {
  const input = title.trim() ? { title: title.trim() } : {};
  if (isDesktop()) {
    const saved = await call('dialog.exportBrief', input);
    if (saved) showToast({ tone: 'success', message: 'Brief exported', details: [saved.path] });
    return saved !== null;
  }
  const brief = await call('export.brief', input);
  if (!brief) return false;
  downloadText(brief.fileName, brief.markdown);
  showToast({ tone: 'success', message: 'Brief exported', details: [brief.fileName] });
  return true;
}
