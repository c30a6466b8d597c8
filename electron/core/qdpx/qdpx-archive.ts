/**
 * Opens a .qdpx zip without trusting it, through the guarded zip reader: every entry's name and
 * declared size are checked from the central directory before anything is inflated, and an entry
 * is inflated only when asked for, stopping at its declared size (so a lying header cannot make it
 * grow). Refuses paths that would leave the project folder (zip-slip), oversize archives and
 * entries, and zip bombs, each in words naming the file.
 */
import { inflateEntry, readDirectory, type ZipEntry, type ZipLimits } from '../zip/guarded-zip';
import { ZipProblem, shownName } from '../zip/zip-problem';

export interface QdpxLimits extends ZipLimits {
  /** The .qdpx file itself. */
  maxArchiveBytes: number;
}

const MB = 1024 * 1024;
export const DEFAULT_QDPX_LIMITS: QdpxLimits = {
  maxArchiveBytes: 512 * MB,
  maxEntryBytes: 256 * MB,
  maxTotalBytes: 1024 * MB,
  maxRatio: 200,
  ratioFloorBytes: MB,
  maxEntries: 100_000,
};

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
  const files = new Map<string, ZipEntry>();
  for (const entry of guarded(fileName, () => readDirectory(bytes, limits))) {
    if (!entry.name.endsWith('/')) files.set(entry.name, entry);
  }
  return {
    names: [...files.keys()],
    read(name) {
      const entry = files.get(name);
      return entry && guarded(fileName, () => inflateEntry(bytes, entry));
    },
  };
}

function guarded<T>(fileName: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ZipProblem) throw refusalFor(error, fileName);
    throw error;
  }
}

/** What the guarded zip reader found, in the words of a .qdpx import. */
function refusalFor(problem: ZipProblem, fileName: string): QdpxRefusal {
  const { entry = '', size: bytes = 0, compressedSize = 0, limit = 0 } = problem.details;
  const name = shownName(entry);
  switch (problem.reason) {
    case 'not_zip':
      return new QdpxRefusal(`${fileName} is not a REFI-QDA project (.qdpx): it is not a zip archive.`);
    case 'leaves_folder':
      return new QdpxRefusal(`${fileName} was refused: its entry “${name}” points outside the project folder.`);
    case 'entry_too_large':
      return new QdpxRefusal(
        `${fileName} was refused: “${name}” unpacks to ${size(bytes)}, more than the ${size(limit)} one entry may hold.`,
      );
    case 'ratio':
      return new QdpxRefusal(
        `${fileName} was refused: “${name}” would grow ${Math.round(bytes / Math.max(compressedSize, 1))} times when unpacked, as only a zip bomb does.`,
      );
    case 'total_too_large':
      return new QdpxRefusal(`${fileName} was refused: it unpacks to more than ${size(limit)}.`);
    case 'too_many_entries':
      return new QdpxRefusal(
        `${fileName} was refused: it holds ${bytes} entries, more than the ${limit} a .qdpx import takes.`,
      );
    case 'overlap':
      return new QdpxRefusal(`${fileName} was refused: its entries share their packed bytes, as only a zip bomb does.`);
    case 'inflates_past_size':
      return new QdpxRefusal(
        `${fileName} was refused: “${name}” unpacks to more than the ${size(limit)} its header declares, as only a zip bomb does.`,
      );
    case 'data_cut_short':
    case 'not_inflating':
    case 'shorter_than_declared':
      return new QdpxRefusal(`${fileName} is damaged: “${name}” cannot be unpacked.`);
    case 'name_not_utf8':
      return new QdpxRefusal(`${fileName} was refused: the name of one of its entries is not UTF-8 text.`);
    default:
      return new QdpxRefusal(`${fileName} is damaged: ${problem.message}.`);
  }
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round(bytes / MB)} MB`;
}
