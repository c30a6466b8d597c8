/**
 * Writes the brief and the data exports: a download in the browser, the native save dialog on the
 * desktop. The brief is exported from the very input its preview was built from, so the file is
 * what the analyst saw.
 */
import type { BriefFormat, MethodInput } from '../../../../electron/contract';
import { isDesktop } from '../../platform/client';
import { downloadBlob, downloadText } from '../../platform/download';
import { call } from '../../store/api';
import type { ComposedBrief } from '../../store/brief-slice';
import { showToast } from '../../store/toasts';

export type { ComposedBrief } from '../../store/brief-slice';
export type DataExport = MethodInput<'export.data'>;

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEXT_TYPES = { md: 'text/markdown', html: 'text/html', csv: 'text/csv', json: 'application/json' } as const;

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Exports the brief in one format; true when a file was written (not cancelled, no error). */
export async function exportBrief(composed: ComposedBrief, format: BriefFormat): Promise<boolean> {
  if (isDesktop()) {
    const saved = await call('dialog.exportBrief', { ...composed, format });
    if (saved) showToast({ tone: 'success', message: 'Brief exported', details: [saved.path] });
    return saved !== null;
  }
  const brief = await call('export.brief', { ...composed, format });
  if (!brief) return false;
  if (brief.format === 'docx') {
    downloadBlob(brief.fileName, new Blob([base64Bytes(brief.content)], { type: WORD_TYPE }));
  } else {
    downloadText(brief.fileName, brief.content, TEXT_TYPES[brief.format]);
  }
  showToast({ tone: 'success', message: 'Brief exported', details: [brief.fileName] });
  return true;
}

const DATA_NAMES: Record<DataExport['kind'], string> = {
  passages: 'Passages',
  timeline: 'Timeline',
  annotations: 'Annotations',
};

/** Exports passages, the timeline or every annotation as CSV or JSON. */
export async function exportData(input: DataExport): Promise<boolean> {
  const data = await call('export.data', input);
  if (!data) return false;
  let written = data.fileName;
  if (isDesktop()) {
    const saved = await call('dialog.saveText', { fileName: data.fileName, content: data.content });
    if (!saved) return false;
    written = saved.path;
  } else {
    downloadText(data.fileName, data.content, TEXT_TYPES[input.format]);
  }
  const skipped = data.skipped
    ? [`${data.skipped} undated event${data.skipped === 1 ? '' : 's'} left out (TimelineJS needs a date)`]
    : [];
  showToast({ tone: 'success', message: `${DATA_NAMES[input.kind]} exported`, details: [written, ...skipped] });
  return true;
}
