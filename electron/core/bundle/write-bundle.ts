/**
 * Writes a project snapshot as a `.dossier` bundle (format.ts). The snapshot is checked with the
 * reader's own rules first, so Dossier never writes a bundle it would refuse to open. The bytes are
 * deterministic apart from `createdAt`: rows sorted by primary key, keys sorted, entries in a fixed
 * order with a fixed modification time.
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { checkSnapshot } from './check-snapshot';
import { FORMAT_NAME, FORMAT_VERSION, MANIFEST_PATH, SAFE_ID, dataPath, safeFileName } from './format';
import type { Manifest, ProjectSnapshot } from './format';
import { BundleRefusal } from './refusal';
import { bundleTables, primaryKeys, type BundleTable } from './row-schemas';
import { stableJson } from './stable-json';

export interface WriteOptions {
  appVersion: string;
  now?: () => Date;
}

/** Local-time components, so the DOS timestamp fflate writes is the same in every time zone. */
const ENTRY_TIME = new Date(2000, 0, 1);
const encoder = new TextEncoder();

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function sortedRows(table: BundleTable, rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const key = (row: Record<string, unknown>) => primaryKeys[table].map((column) => String(row[column]));
  return [...rows].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      const [x = '', y = ''] = [ka[i], kb[i]];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}

/** The bundle's bytes; throws when the snapshot holds something a reader would refuse. */
export function writeBundle(snapshot: ProjectSnapshot, options: WriteOptions): Uint8Array {
  const problem = checkSnapshot(snapshot);
  if (problem) throw new BundleRefusal(problem.code, `Cannot export this project: ${problem.message}`);
  const entries = new Map<string, Uint8Array>();
  for (const table of bundleTables) {
    entries.set(dataPath(table), encoder.encode(stableJson(sortedRows(table, snapshot.tables[table]))));
  }
  const originals = [...snapshot.originals].sort((a, b) => (a.documentId < b.documentId ? -1 : 1));
  for (const file of originals) {
    if (!SAFE_ID.test(file.documentId)) {
      throw new BundleRefusal(
        'unsafe_path',
        `Cannot export the original of document ${file.documentId}: its id cannot name a folder.`,
      );
    }
    entries.set(`files/${file.documentId}/${safeFileName(file.fileName)}`, file.bytes);
  }
  const project = snapshot.tables.projects[0] as { id: string; name: string };
  const counts: Record<string, number> = { originals: originals.length };
  for (const table of bundleTables) counts[table] = snapshot.tables[table].length;
  const manifest: Manifest = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    project: { id: project.id, name: project.name },
    counts,
    files: Object.fromEntries(
      [...entries].map(([path, bytes]) => [path, { sha256: sha256(bytes), bytes: bytes.length }]),
    ),
  };
  const zippable: Zippable = { [MANIFEST_PATH]: encoder.encode(stableJson(manifest)) };
  for (const [path, bytes] of entries) zippable[path] = bytes;
  return zipSync(zippable, { mtime: ENTRY_TIME, level: 6 });
}
