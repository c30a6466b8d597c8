/**
 * The `.dossier` bundle format, version 1: one project, movable whole between libraries.
 *
 * A zip holding
 * - `manifest.json`: format name and version, the app version that wrote it, when, the project,
 *   row counts per table, and the SHA-256 and size of every other entry;
 * - `data/<table>.json`: one JSON array per table, rows with the store's column names, sorted by
 *   primary key, keys sorted;
 * - `files/<document-id>/<safe name>`: a document's original file, when the library keeps one.
 * The change log (undo history) is not part of a bundle.
 */
import { z } from 'zod';
import { truncate } from '../../contract';
import type { BundleTable, rowSchemas } from './row-schemas';

export const FORMAT_NAME = 'dossier-bundle';
export const FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const dataPath = (table: BundleTable): string => `data/${table}.json`;

export type TableRows = { [T in BundleTable]: z.infer<(typeof rowSchemas)[T]>[] };

/** A document's original file as imported; the name is the safe name the bundle stores it under. */
export interface OriginalFile {
  documentId: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * One project as plain rows. `projects` holds exactly one row. `originals` is the slot for the
 * documents' original files: the library does not keep them yet (only the extracted text), so a
 * snapshot of a library has none, but the format carries them and a reader accepts them.
 */
export interface ProjectSnapshot {
  tables: TableRows;
  originals: OriginalFile[];
}

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const Manifest = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(FORMAT_VERSION),
  appVersion: z.string().min(1).max(64),
  createdAt: z.string(),
  project: z.object({ id: z.string(), name: z.string() }),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Every entry but the manifest, by path. */
  files: z.record(z.string(), z.object({ sha256: Sha256, bytes: z.number().int().nonnegative() })),
});
export type Manifest = z.infer<typeof Manifest>;

/** Caps on what reading a bundle may inflate, checked on the declared sizes and again while inflating. */
export interface BundleLimits {
  /** Everything together, originals included. */
  maxTotalBytes: number;
  /** The manifest and the JSON data files together (parsed into memory whole). */
  maxDataBytes: number;
  /** Any one entry. */
  maxEntryBytes: number;
  /** Uncompressed to compressed size, for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: BundleLimits = {
  maxTotalBytes: 2 * 1024 * MiB,
  maxDataBytes: 512 * MiB,
  maxEntryBytes: 512 * MiB,
  maxRatio: 100,
  ratioFloorBytes: MiB,
  maxEntries: 100_000,
};

/** A document id that can name a folder in the zip (ids Dossier makes are UUIDs). */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A file name that is one harmless path segment: no separators, no controls, no leading dot. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters never reach a path
  const cleaned = base.replace(/[\u0000-\u001F\u007F-\u009F<>:"|?*]/g, '_');
  // Leading dots hide a file; trailing dots and spaces are dropped by Windows.
  return truncate(cleaned.replace(/^[.\s]+|[.\s]+$/g, ''), 120).trimEnd() || 'original';
}

export const isSafeFileName = (name: string): boolean => name.length > 0 && safeFileName(name) === name;
