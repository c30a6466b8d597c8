/**
 * Reads a zip's central directory and inflates its entries under limits, for bundles that may be
 * hostile. Everything is checked from the central directory before a byte is inflated (entry count,
 * declared sizes, their total, compression ratio, entries overlapping one another or the directory,
 * encryption, methods other than store and deflate), and again while inflating: the output is
 * counted chunk by chunk and inflation stops as soon as an entry outgrows what it declared, so a
 * lying header cannot make the reader allocate more than the limits allow.
 *
 * fflate inflates; the directory is read here because fflate's `unzipSync` inflates into a buffer of
 * the declared size and offers no way to stop part way. Zip64 and multi-disk archives are refused:
 * Dossier writes neither, and the limits keep bundles well below 4 GiB.
 */
import { Inflate } from 'fflate';
import type { BundleLimits } from './format';
import { BundleRefusal, shown } from './refusal';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the compressed data. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 16 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

const notZip = () =>
  new BundleRefusal('not_zip', 'This file is not a Dossier bundle: it is not a zip archive. Choose a .dossier file.');
const damaged = (what: string) =>
  new BundleRefusal(
    'damaged',
    `This bundle is damaged: ${what}. Export the project again from the Dossier it came from.`,
  );
const tooLarge = (what: string) =>
  new BundleRefusal(
    'too_large',
    `This bundle was refused as a possible zip bomb: ${what}. Nothing was inflated or imported; ` +
      'if you trust where it came from, ask for the project in smaller parts.',
  );

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw notZip();
}

/** The entries as the central directory declares them, checked against the limits. */
export function readDirectory(bytes: Uint8Array, limits: BundleLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirStart = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) {
    throw damaged('it is split over several disks');
  }
  if (count === 0xffff || dirStart === 0xffffffff) throw damaged('it is a zip64 archive, which Dossier does not write');
  if (count > limits.maxEntries) throw tooLarge(`it holds ${count} entries (at most ${limits.maxEntries})`);
  if (dirStart + dirSize > end) throw damaged('its directory runs past its end');
  const entries: ZipEntry[] = [];
  let at = dirStart;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw damaged('its directory is cut short');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw damaged(`entry “${shown(name)}” is encrypted`);
    if (method !== 0 && method !== 8) throw damaged(`entry “${shown(name)}” uses compression method ${method}`);
    if (method === 0 && size !== compressedSize) throw damaged(`stored entry “${shown(name)}” declares two sizes`);
    checkSize(name, size, compressedSize, limits);
    total += size;
    if (total > limits.maxTotalBytes) {
      throw tooLarge(`its entries declare more than ${limits.maxTotalBytes} bytes in all`);
    }
    entries.push({ name, method, compressedSize, size, dataStart: localData(view, local, name, dirStart) });
    at = next;
  }
  checkNoOverlap(entries, dirStart);
  return entries;
}

function decodeName(raw: Uint8Array): string {
  try {
    return utf8.decode(raw);
  } catch {
    throw new BundleRefusal('unsafe_path', 'This bundle has an entry whose name is not UTF-8; it was refused.');
  }
}

function checkSize(name: string, size: number, compressed: number, limits: BundleLimits): void {
  if (size > limits.maxEntryBytes) {
    throw tooLarge(`entry “${shown(name)}” declares ${size} bytes (at most ${limits.maxEntryBytes} per entry)`);
  }
  if (size > limits.ratioFloorBytes && size > compressed * limits.maxRatio) {
    throw tooLarge(`entry “${shown(name)}” would inflate more than ${limits.maxRatio} times`);
  }
}

/** Where an entry's data starts, after its local header; the data must end before the directory. */
function localData(view: DataView, offset: number, name: string, dirStart: number): number {
  if (offset + 30 > dirStart || view.getUint32(offset, true) !== LOCAL) {
    throw damaged(`entry “${shown(name)}” has no local header`);
  }
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
}

/** Entries sharing compressed bytes are how the densest zip bombs work; a real zip never does it. */
function checkNoOverlap(entries: readonly ZipEntry[], dirStart: number): void {
  const spans = entries.map((e) => [e.dataStart, e.dataStart + e.compressedSize] as const).sort((a, b) => a[0] - b[0]);
  let previousEnd = 0;
  for (const [start, end] of spans) {
    if (start < previousEnd || end > dirStart) throw tooLarge('entries overlap one another or the directory');
    previousEnd = end;
  }
}

/**
 * An entry's bytes, inflated in small chunks into a buffer of its declared size (already checked
 * against the limits); inflation stops at the first byte past it, so the total stays under its cap.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (data.length < entry.compressedSize) throw damaged(`entry “${shown(entry.name)}” is cut short`);
  if (entry.method === 0) return data.slice();
  const out = new Uint8Array(entry.size);
  let written = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) {
      throw tooLarge(`entry “${shown(entry.name)}” inflates to more than the ${entry.size} bytes it declares`);
    }
    out.set(chunk, written);
    written += chunk.length;
    ended ||= final;
  });
  try {
    for (let at = 0; at < data.length; at += CHUNK) {
      inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    }
    if (data.length === 0) inflate.push(data, true);
  } catch (error) {
    if (error instanceof BundleRefusal) throw error;
    throw damaged(`entry “${shown(entry.name)}” does not inflate (${(error as Error).message})`);
  }
  if (!ended || written !== entry.size) throw damaged(`entry “${shown(entry.name)}” is shorter than it declares`);
  return out;
}
