/**
 * What a bundle's entry names may be. Names are checked before anything is inflated: a name that
 * could leave the folder it is extracted to (zip-slip: absolute, `..`, backslashes, drive letters)
 * is refused, and so is any name the format does not define, so nothing unexpected rides along.
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

function checkSafe(name: string): void {
  const segments = name.replace(/\/$/, '').split('/');
  const escapes =
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    // eslint-disable-next-line no-control-regex -- control characters in a path are refused
    /[\u0000-\u001F\u007F]/.test(name) ||
    segments.some((segment) => segment === '..' || segment === '.' || segment === '');
  if (escapes) {
    throw new BundleRefusal(
      'unsafe_path',
      `This bundle was refused: its entry “${shown(name)}” points outside the bundle's folder, a sign of a malicious ` +
        'file. Nothing was extracted or imported; do not open it elsewhere either.',
    );
  }
}

/** What an entry is, by its name; throws for a dangerous or unknown name. */
export function classifyEntry(name: string): EntryKind {
  checkSafe(name);
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
