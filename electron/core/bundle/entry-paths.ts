/**
 * What a bundle's entry names may be. Names are checked before anything is inflated: a name that
 * could leave the folder it is extracted to (zip-slip) is refused by the guarded zip reader
 * (../zip/entry-name.ts), and any name the format does not define is refused here, so nothing
 * unexpected rides along.
 */
import { MANIFEST_PATH, SAFE_ID, dataPath, isSafeFileName } from './format';
import { BundleRefusal, shown } from './refusal';
import { bundleTables } from './row-schemas';

export type EntryKind =
  | { kind: 'manifest' }
  | { kind: 'data'; table: (typeof bundleTables)[number] }
  | { kind: 'original'; documentId: string; fileName: string }
  | { kind: 'folder' };

const dataEntries = new Map(bundleTables.map((table) => [dataPath(table), table]));

/** What an entry is, by its name; throws for a name the format does not define. */
export function classifyEntry(name: string): EntryKind {
  if (name === MANIFEST_PATH) return { kind: 'manifest' };
  const table = dataEntries.get(name);
  if (table) return { kind: 'data', table };
  if (name === 'data/' || name === 'files/') return { kind: 'folder' };
  const [top, documentId = '', fileName, ...rest] = name.split('/');
  if (top === 'files' && SAFE_ID.test(documentId) && rest.length === 0) {
    if (fileName === '') return { kind: 'folder' };
    if (fileName !== undefined && isSafeFileName(fileName)) return { kind: 'original', documentId, fileName };
  }
  throw new BundleRefusal(
    'unexpected_entry',
    `This bundle holds an entry the format does not define: “${shown(name)}”. It was refused so that nothing ` +
      'unexpected enters the library; export the project again from Dossier.',
  );
}
