/** Turns browser File objects into the contract's JSON import payload (bytes as base64). */
import type { ImportFile } from '../../../electron/contract';

/** The file inputs' `accept`: the formats Dossier imports, by name ending and MIME type. */
export const IMPORT_ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function readFiles(files: readonly File[]): Promise<ImportFile[]> {
  return Promise.all(
    files.map(async (file) => ({ name: file.name, contentBase64: toBase64(await file.arrayBuffer()) })),
  );
}
