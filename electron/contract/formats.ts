/** Which file name endings Dossier imports, and as what: shared by the importers, the dialogs and the UI. */
import type { DocumentFormat } from './models';

export const formatByExtension = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
} as const satisfies Record<string, DocumentFormat>;

export const importableExtensions = Object.keys(formatByExtension);

export function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** True for a file a folder import should pick up: a supported ending, not a hidden file. */
export function isImportableName(fileName: string): boolean {
  const base = fileName.replace(/^.*[/\\]/, '');
  return !base.startsWith('.') && Object.hasOwn(formatByExtension, extensionOf(base));
}
