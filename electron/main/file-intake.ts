/**
 * Reads the files a user picked in the open dialog into the contract's import payload. Only regular
 * files up to a size cap are read, so a picked FIFO, device or 4 GB log cannot hang or exhaust the
 * app; anything refused comes back as a per-file failure the import report shows.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isImportableName, type ImportFile, type ImportReport } from '../contract';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export interface FileIntake {
  files: ImportFile[];
  failed: ImportReport['failed'];
}

export async function readImportFiles(paths: readonly string[], maxBytes = MAX_IMPORT_BYTES): Promise<FileIntake> {
  const intake: FileIntake = { files: [], failed: [] };
  for (const path of paths) {
    const name = basename(path);
    try {
      const info = await stat(path);
      if (!info.isFile()) {
        intake.failed.push({ name, message: `${name} is not a regular file, so it was not imported.` });
      } else if (info.size > maxBytes) {
        const limit = Math.round(maxBytes / (1024 * 1024));
        intake.failed.push({ name, message: `${name} is larger than ${limit} MB, so it was not imported.` });
      } else {
        intake.files.push({ name, contentBase64: (await readFile(path)).toString('base64') });
      }
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
      intake.failed.push({ name, message: `${name} could not be read${reason}.` });
    }
  }
  return intake;
}

/** Every file below a folder (links not followed): the ones Dossier reads, and the others by name. */
export async function listFolder(folder: string): Promise<{ files: string[]; skipped: string[] }> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return {
    files: paths.filter((path) => isImportableName(path)),
    skipped: paths.filter((path) => !isImportableName(path) && !basename(path).startsWith('.')).map((p) => basename(p)),
  };
}
