/**
 * Reads a `.dossier` bundle that may be damaged or hostile, and either returns the project's
 * snapshot or says why it was refused. Order matters: names and declared sizes are checked from
 * the zip's directory before anything is inflated, the manifest's format before its shape (so a
 * newer bundle gets "update Dossier" rather than a schema complaint), checksums before JSON is
 * parsed, and rows and references last. Nothing is written anywhere: a refusal changes nothing.
 */
import { createHash } from 'node:crypto';
import { classifyEntry, type EntryKind } from './entry-paths';
import { checkSnapshot } from './check-snapshot';
import { DEFAULT_LIMITS, FORMAT_NAME, FORMAT_VERSION, Manifest, dataPath } from './format';
import type { BundleLimits, OriginalFile, ProjectSnapshot, TableRows } from './format';
import { BundleRefusal, EXPORT_AGAIN, damaged, shown, zipRefusal, type BundleError } from './refusal';
import { bundleTables } from './row-schemas';
import { inflateEntry, readDirectory, type ZipEntry } from '../zip/guarded-zip';
import { ZipProblem } from '../zip/zip-problem';

export type ReadResult =
  { ok: true; snapshot: ProjectSnapshot; manifest: Manifest } | { ok: false; error: BundleError };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readBundle(bytes: Uint8Array, limits: Partial<BundleLimits> = {}): ReadResult {
  try {
    return { ok: true, ...read(bytes, { ...DEFAULT_LIMITS, ...limits }) };
  } catch (error) {
    const refusal = error instanceof ZipProblem ? zipRefusal(error) : error;
    if (refusal instanceof BundleRefusal) return { ok: false, error: { code: refusal.code, message: refusal.message } };
    throw error;
  }
}

function read(bytes: Uint8Array, limits: BundleLimits): { snapshot: ProjectSnapshot; manifest: Manifest } {
  const entries = readDirectory(bytes, limits);
  const kinds = new Map<string, { entry: ZipEntry; kind: EntryKind }>();
  let dataBytes = 0;
  for (const entry of entries) {
    const kind = classifyEntry(entry.name);
    if (kind.kind === 'folder' && entry.size > 0) throw damaged(`the folder entry “${entry.name}” holds data`);
    kinds.set(entry.name, { entry, kind });
    if (kind.kind === 'manifest' || kind.kind === 'data') dataBytes += entry.size;
  }
  if (dataBytes > limits.maxDataBytes) {
    throw new BundleRefusal(
      'too_large',
      `This bundle was refused as a possible zip bomb: its data files declare more than ${limits.maxDataBytes} bytes. ` +
        'Nothing was inflated or imported.',
    );
  }
  const manifestEntry = kinds.get('manifest.json')?.entry;
  if (!manifestEntry) {
    throw new BundleRefusal(
      'manifest_missing',
      `This zip is not a Dossier bundle: it has no manifest.json. ${EXPORT_AGAIN}`,
    );
  }
  const manifest = readManifest(inflateEntry(bytes, manifestEntry));
  const contents = checkedContents(bytes, manifest, kinds);
  const snapshot = snapshotOf(contents, kinds);
  const problem = checkSnapshot(snapshot);
  if (problem) throw new BundleRefusal(problem.code, problem.message);
  checkCounts(snapshot, manifest);
  return { snapshot, manifest };
}

const badManifest = (what: string) =>
  new BundleRefusal('manifest_invalid', `This bundle's manifest.json ${what}. ${EXPORT_AGAIN}`);

function readManifest(raw: Uint8Array): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(raw));
  } catch {
    throw badManifest('is not JSON');
  }
  if (!value || typeof value !== 'object') throw badManifest('is not a JSON object');
  const { format, formatVersion } = value as Record<string, unknown>;
  if (format !== FORMAT_NAME) {
    throw new BundleRefusal(
      'wrong_format',
      `This file is not a Dossier bundle: its manifest names the format ${shown(JSON.stringify(format ?? null))}, not “${FORMAT_NAME}”.`,
    );
  }
  if (typeof formatVersion === 'number' && Number.isInteger(formatVersion) && formatVersion > FORMAT_VERSION) {
    throw new BundleRefusal(
      'newer_format',
      `This bundle was made by a newer Dossier (bundle format ${formatVersion}; this version reads format ` +
        `${FORMAT_VERSION}): update Dossier to open it.`,
    );
  }
  const parsed = Manifest.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badManifest(`has an invalid ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Every listed entry inflated and matched against its size and SHA-256; nothing unlisted. */
function checkedContents(
  bytes: Uint8Array,
  manifest: Manifest,
  kinds: ReadonlyMap<string, { entry: ZipEntry; kind: EntryKind }>,
): Map<string, Uint8Array> {
  for (const [name, { kind }] of kinds) {
    if (kind.kind !== 'manifest' && kind.kind !== 'folder' && !Object.hasOwn(manifest.files, name)) {
      throw new BundleRefusal(
        'unexpected_entry',
        `This bundle holds “${name}”, which its manifest does not list. ${EXPORT_AGAIN}`,
      );
    }
  }
  for (const table of bundleTables) {
    if (!Object.hasOwn(manifest.files, dataPath(table))) throw badManifest(`does not list ${dataPath(table)}`);
  }
  const contents = new Map<string, Uint8Array>();
  for (const [name, expected] of Object.entries(manifest.files)) {
    const found = kinds.get(name);
    if (!found) throw damaged(`${name}, listed in its manifest, is missing`);
    const data = inflateEntry(bytes, found.entry);
    const sha256 = createHash('sha256').update(data).digest('hex');
    if (sha256 !== expected.sha256 || data.length !== expected.bytes) {
      throw new BundleRefusal(
        'checksum_mismatch',
        `This bundle was changed or damaged after it was written: ${name} does not match its checksum. ${EXPORT_AGAIN}`,
      );
    }
    contents.set(name, data);
  }
  return contents;
}

function snapshotOf(
  contents: ReadonlyMap<string, Uint8Array>,
  kinds: ReadonlyMap<string, { entry: ZipEntry; kind: EntryKind }>,
): ProjectSnapshot {
  const tables = {} as Record<string, unknown>;
  for (const table of bundleTables) {
    const path = dataPath(table);
    try {
      tables[table] = JSON.parse(utf8.decode(contents.get(path)));
    } catch {
      throw new BundleRefusal('invalid_row', `This bundle's ${path} is not JSON. ${EXPORT_AGAIN}`);
    }
  }
  const originals: OriginalFile[] = [];
  for (const [name, { kind }] of kinds) {
    const bytes = contents.get(name);
    if (kind.kind === 'original' && bytes)
      originals.push({ documentId: kind.documentId, fileName: kind.fileName, bytes });
  }
  return { tables: tables as TableRows, originals };
}

function checkCounts(snapshot: ProjectSnapshot, manifest: Manifest): void {
  const actual: Record<string, number> = { originals: snapshot.originals.length };
  for (const table of bundleTables) actual[table] = snapshot.tables[table].length;
  for (const [what, count] of Object.entries(actual)) {
    if (manifest.counts[what] !== count) {
      throw damaged(`its manifest counts ${manifest.counts[what] ?? 'no'} ${what} but it holds ${count}`);
    }
  }
  const project = snapshot.tables.projects[0];
  if (project?.id !== manifest.project.id || project.name !== manifest.project.name)
    throw damaged('its manifest names another project');
}
