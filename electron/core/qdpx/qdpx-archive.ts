/**
 * Opens a .qdpx zip without trusting it: every entry's name and declared size are checked from the
 * central directory before anything is inflated, and an entry is inflated only when asked for, into
 * a buffer of its declared size (so a lying header cannot make it grow). Refuses paths that would
 * leave the project folder (zip-slip), oversize archives and entries, and zip bombs.
 */
import { unzipSync } from 'fflate';

export interface QdpxLimits {
  /** The .qdpx file itself. */
  maxArchiveBytes: number;
  /** One entry unpacked. */
  maxEntryBytes: number;
  /** All entries unpacked together. */
  maxTotalBytes: number;
  /** Unpacked over packed size, above which a large entry is taken for a zip bomb. */
  maxRatio: number;
}

const MB = 1024 * 1024;
export const DEFAULT_QDPX_LIMITS: QdpxLimits = {
  maxArchiveBytes: 512 * MB,
  maxEntryBytes: 256 * MB,
  maxTotalBytes: 1024 * MB,
  maxRatio: 200,
};
/** Small entries may compress far (a text of spaces); the ratio only matters once an entry is this large. */
const RATIO_FLOOR = MB;

/** Thrown inside the reader with the message the user sees; turned into `{ ok: false, error }`. */
export class QdpxRefusal extends Error {}

export interface QdpxArchive {
  /** Entry names as written in the zip (files only, no folders). */
  names: string[];
  /** Inflates one entry; undefined when the archive does not hold it. */
  read(name: string): Uint8Array | undefined;
}

export function openArchive(bytes: Uint8Array, fileName: string, limits: QdpxLimits): QdpxArchive {
  if (bytes.length > limits.maxArchiveBytes) {
    throw new QdpxRefusal(
      `${fileName} is ${size(bytes.length)}, more than the ${size(limits.maxArchiveBytes)} a .qdpx import takes.`,
    );
  }
  const notZip = new QdpxRefusal(`${fileName} is not a REFI-QDA project (.qdpx): it is not a zip archive.`);
  // A zip starts with a local file header, or with the end record when it is empty.
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notZip;
  const entries: { name: string; size: number; originalSize: number }[] = [];
  try {
    // The filter sees each central directory record and, returning false, keeps anything from being inflated.
    unzipSync(bytes, { filter: (file) => (entries.push(file), false) });
  } catch {
    throw notZip;
  }
  let total = 0;
  for (const entry of entries) {
    if (leavesFolder(entry.name)) {
      throw new QdpxRefusal(`${fileName} was refused: its entry “${entry.name}” points outside the project folder.`);
    }
    if (entry.originalSize > limits.maxEntryBytes) {
      throw new QdpxRefusal(
        `${fileName} was refused: “${entry.name}” unpacks to ${size(entry.originalSize)}, more than the ${size(limits.maxEntryBytes)} one entry may hold.`,
      );
    }
    if (entry.originalSize > RATIO_FLOOR && entry.originalSize > limits.maxRatio * Math.max(entry.size, 1)) {
      throw new QdpxRefusal(
        `${fileName} was refused: “${entry.name}” would grow ${Math.round(entry.originalSize / Math.max(entry.size, 1))} times when unpacked, as only a zip bomb does.`,
      );
    }
    total += entry.originalSize;
    if (total > limits.maxTotalBytes) {
      throw new QdpxRefusal(`${fileName} was refused: it unpacks to more than ${size(limits.maxTotalBytes)}.`);
    }
  }
  const names = entries.map((e) => e.name).filter((name) => !name.endsWith('/'));
  return {
    names,
    read(name) {
      if (!names.includes(name)) return undefined;
      try {
        return unzipSync(bytes, { filter: (file) => file.name === name })[name];
      } catch {
        throw new QdpxRefusal(`${fileName} is damaged: “${name}” cannot be unpacked.`);
      }
    },
  };
}

/** An absolute path, a drive, a backslash or a ".." segment: anything that could land outside the folder it is unpacked in. */
function leavesFolder(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    name.includes('\0') ||
    name.split('/').some((segment) => segment === '..')
  );
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round(bytes / MB)} MB`;
}
