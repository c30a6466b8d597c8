/**
 * How a big import is cut into `documents.import` calls. Every shell (desktop dialogs, CLI, browser)
 * reads, sends and commits one batch at a time, bounded by file count and by bytes, so a folder of any
 * size imports with only one batch in memory, and a cancel never leaves a batch half stored.
 */

export interface BatchLimits {
  files: number;
  bytes: number;
}

/** One batch: at most 100 files and 64 MB (a larger single file travels alone). */
export const IMPORT_BATCH: BatchLimits = { files: 100, bytes: 64 * 1024 * 1024 };

/** Files per `documents.import` call, whatever the batch limits say. */
export const MAX_FILES_PER_CALL = 500;

/** The largest file Dossier imports; larger ones are refused before they are read. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

/** Splits items, in order, into batches within the limits; an item larger than `bytes` is a batch of its own. */
export function planBatches<T>(items: readonly T[], sizeOf: (item: T) => number, limits = IMPORT_BATCH): T[][] {
  const maxFiles = Math.max(1, Math.min(limits.files, MAX_FILES_PER_CALL));
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (current.length >= maxFiles || bytes + size > limits.bytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** "12.5 MB": sizes as the analyst reads them in a message. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** Why a file too large to import was refused: its size, the limit, and what to do. */
export function tooLargeMessage(name: string, size: number): string {
  return (
    `${name} is ${megabytes(size)}; Dossier imports files of up to ${megabytes(MAX_IMPORT_FILE_BYTES)}. ` +
    'Split it and import the parts.'
  );
}
