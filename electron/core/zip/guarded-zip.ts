/**
 * Reads a zip that may be hostile: its central directory, then its entries one at a time, under
 * limits each format passes. Everything is checked from the central directory before a byte is
 * inflated (entry count, names, declared sizes, their total, compression ratio, duplicate names,
 * entries overlapping one another or the directory, encryption, methods other than store and
 * deflate), and again while inflating: the output is counted chunk by chunk and inflation stops as
 * soon as an entry outgrows what it declared, so a lying header cannot make the reader allocate more
 * than the limits allow. Problems are thrown as a `ZipProblem`; the format words the message.
 *
 * fflate inflates; the directory is read here because fflate's `unzipSync` inflates into a buffer of
 * the declared size and offers no way to stop part way. Zip64 and multi-disk archives are refused:
 * the limits keep what Dossier reads well below 4 GiB.
 */
import { Inflate } from 'fflate';
import { leavesFolder } from './entry-name';
import { ZipProblem, shownName, type ZipProblemDetails, type ZipProblemReason } from './zip-problem';

export interface ZipLimits {
  maxEntries: number;
  /** Any one entry, inflated. */
  maxEntryBytes: number;
  /** All entries together, inflated. */
  maxTotalBytes: number;
  /** Inflated over compressed size, for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Small entries may compress far (a text of spaces); the ratio only matters above this size. */
  ratioFloorBytes: number;
}

export interface ZipEntry {
  /** As the archive spells it; a folder's ends with `/`. */
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

const damaged = (reason: ZipProblemReason, what: string, details?: ZipProblemDetails) =>
  new ZipProblem('damaged', reason, what, details);
const tooLarge = (reason: ZipProblemReason, what: string, details?: ZipProblemDetails) =>
  new ZipProblem('too_large', reason, what, details);

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipProblem('not_zip', 'not_zip', 'it is not a zip archive');
}

/** The entries as the central directory declares them, checked against the limits. */
export function readDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirStart = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) {
    throw damaged('multi_disk', 'it is split over several disks');
  }
  if (count === 0xffff || dirStart === 0xffffffff) {
    throw damaged('zip64', 'it is a zip64 archive, which Dossier neither writes nor reads');
  }
  if (count > limits.maxEntries) {
    throw tooLarge('too_many_entries', `it holds ${count} entries (at most ${limits.maxEntries})`, {
      size: count,
      limit: limits.maxEntries,
    });
  }
  if (dirStart + dirSize > end) throw damaged('directory_overrun', 'its directory runs past its end');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = dirStart;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) {
      throw damaged('directory_cut_short', 'its directory is cut short');
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry = { entry: name };
    if (leavesFolder(name)) {
      throw new ZipProblem(
        'unsafe_path',
        'leaves_folder',
        `entry “${shownName(name)}” points outside its folder`,
        entry,
      );
    }
    if (names.has(name)) throw damaged('duplicate_entry', `the entry “${shownName(name)}” appears twice`, entry);
    names.add(name);
    if (flags & 1) throw damaged('encrypted', `entry “${shownName(name)}” is encrypted`, entry);
    if (method !== 0 && method !== 8) {
      throw damaged('unknown_method', `entry “${shownName(name)}” uses compression method ${method}`, entry);
    }
    if (method === 0 && size !== compressedSize) {
      throw damaged('stored_sizes', `stored entry “${shownName(name)}” declares two sizes`, entry);
    }
    checkSize(name, size, compressedSize, limits);
    total += size;
    if (total > limits.maxTotalBytes) {
      throw tooLarge('total_too_large', `its entries declare more than ${limits.maxTotalBytes} bytes in all`, {
        size: total,
        limit: limits.maxTotalBytes,
      });
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
    throw new ZipProblem('unsafe_path', 'name_not_utf8', "an entry's name is not UTF-8");
  }
}

function checkSize(name: string, size: number, compressedSize: number, limits: ZipLimits): void {
  if (size > limits.maxEntryBytes) {
    throw tooLarge(
      'entry_too_large',
      `entry “${shownName(name)}” declares ${size} bytes (at most ${limits.maxEntryBytes} per entry)`,
      { entry: name, size, compressedSize, limit: limits.maxEntryBytes },
    );
  }
  if (size > limits.ratioFloorBytes && size > compressedSize * limits.maxRatio) {
    throw tooLarge('ratio', `entry “${shownName(name)}” would inflate more than ${limits.maxRatio} times`, {
      entry: name,
      size,
      compressedSize,
      limit: limits.maxRatio,
    });
  }
}

/** Where an entry's data starts, after its local header; the data must end before the directory. */
function localData(view: DataView, offset: number, name: string, dirStart: number): number {
  if (offset + 30 > dirStart || view.getUint32(offset, true) !== LOCAL) {
    throw damaged('no_local_header', `entry “${shownName(name)}” has no local header`, { entry: name });
  }
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
}

/** Entries sharing compressed bytes are how the densest zip bombs work; a real zip never does it. */
function checkNoOverlap(entries: readonly ZipEntry[], dirStart: number): void {
  const spans = entries.map((e) => [e.dataStart, e.dataStart + e.compressedSize] as const).sort((a, b) => a[0] - b[0]);
  let previousEnd = 0;
  for (const [start, end] of spans) {
    if (start < previousEnd || end > dirStart)
      throw tooLarge('overlap', 'entries overlap one another or the directory');
    previousEnd = end;
  }
}

/**
 * An entry's bytes, inflated in small chunks into a buffer of its declared size (already checked
 * against the limits); inflation stops at the first byte past it, so the total stays under its cap.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const shown = shownName(entry.name);
  const details = { entry: entry.name, size: entry.size, compressedSize: entry.compressedSize };
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (data.length < entry.compressedSize) throw damaged('data_cut_short', `entry “${shown}” is cut short`, details);
  if (entry.method === 0) return data.slice();
  const out = new Uint8Array(entry.size);
  let written = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) {
      throw tooLarge(
        'inflates_past_size',
        `entry “${shown}” inflates to more than the ${entry.size} bytes it declares`,
        {
          ...details,
          limit: entry.size,
        },
      );
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
    if (error instanceof ZipProblem) throw error;
    throw damaged('not_inflating', `entry “${shown}” does not inflate (${(error as Error).message})`, details);
  }
  if (!ended || written !== entry.size) {
    throw damaged('shorter_than_declared', `entry “${shown}” is shorter than it declares`, details);
  }
  return out;
}
