/**
 * What the paths given to an import hold, found with `stat` before anything is opened: regular files
 * with their sizes (so batches can be planned by bytes), files of formats Dossier does not read, and
 * entries that are not files at all. A named pipe would block a read forever and a device never ends,
 * so those (and sockets, and symbolic links inside a folder, which are not followed) are named and
 * never opened. Hidden files and folders below a chosen folder are ignored. Shared by the desktop
 * dialogs and the CLI.
 */
import type { Dirent, Stats } from 'node:fs';
import { constants } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isImportableName, MAX_IMPORT_FILE_BYTES, tooLargeMessage, type ImportReport } from '../../contract';

export interface IntakeFile {
  path: string;
  size: number;
  /** Found inside a folder: opened without following a link, as it was listed. */
  inFolder: boolean;
}

export interface Intake {
  files: IntakeFile[];
  /** Files inside folders whose format Dossier does not read. */
  skipped: string[];
  notFiles: NonNullable<ImportReport['notFiles']>;
  failed: ImportReport['failed'];
}

type NameOf = (path: string) => string;

type Kind = Pick<Stats, 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isBlockDevice' | 'isCharacterDevice'>;

/** Why an entry that is not a regular file is passed over; `null` for a regular file or a folder. */
export function notFileReason(entry: Kind): string | null {
  if (entry.isSymbolicLink()) return 'a symbolic link (links are not followed)';
  if (entry.isFIFO()) return 'a named pipe (FIFO), not a regular file';
  if (entry.isSocket()) return 'a socket, not a regular file';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'a device, not a regular file';
  return null;
}

/**
 * Takes stock of the paths: a path named directly is followed if it is a link and imported whatever
 * its name (the core says why an unsupported file cannot be read); a folder is walked for the files
 * Dossier reads.
 */
export async function takeStock(paths: readonly string[], nameOf: NameOf): Promise<Intake> {
  const intake: Intake = { files: [], skipped: [], notFiles: [], failed: [] };
  for (const path of paths) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      intake.failed.push(unreadable(nameOf(path), error));
      continue;
    }
    if (info.isDirectory()) await walk(path, intake, nameOf);
    else addFile(intake, path, info, false, nameOf);
  }
  return intake;
}

async function walk(folder: string, intake: Intake, nameOf: NameOf): Promise<void> {
  const found: { path: string; entry: Dirent }[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else found.push({ path, entry });
    }
  };
  try {
    await visit(folder);
  } catch (error) {
    intake.failed.push(unreadable(nameOf(folder), error));
    return;
  }
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, entry } of found) {
    const reason = notFileReason(entry);
    if (reason) intake.notFiles.push({ name: nameOf(path), reason });
    else if (!isImportableName(path)) intake.skipped.push(nameOf(path));
    else {
      try {
        addFile(intake, path, await lstat(path), true, nameOf);
      } catch (error) {
        intake.failed.push(unreadable(nameOf(path), error));
      }
    }
  }
}

function addFile(intake: Intake, path: string, info: Stats, inFolder: boolean, nameOf: NameOf): void {
  const name = nameOf(path);
  const reason = notFileReason(info);
  if (reason) intake.notFiles.push({ name, reason });
  else if (info.size > MAX_IMPORT_FILE_BYTES) intake.failed.push({ name, message: tooLargeMessage(name, info.size) });
  else intake.files.push({ path, size: info.size, inFolder });
}

/**
 * Reads one file checked by `takeStock`. It is opened without blocking and checked again on the open
 * handle, so an entry swapped for a pipe or a link since it was listed is still refused.
 */
export async function readIntakeFile(
  file: IntakeFile,
  name: string,
): Promise<{ bytes: Buffer } | { failure: ImportReport['failed'][number] }> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (file.inFolder ? (constants.O_NOFOLLOW ?? 0) : 0);
  try {
    const handle = await open(file.path, flags);
    try {
      const info = await handle.stat();
      if (!info.isFile())
        return { failure: { name, message: `${name} is no longer a regular file; it was not read.` } };
      if (info.size > MAX_IMPORT_FILE_BYTES) return { failure: { name, message: tooLargeMessage(name, info.size) } };
      const bytes = await handle.readFile();
      if (bytes.length > MAX_IMPORT_FILE_BYTES)
        return { failure: { name, message: tooLargeMessage(name, bytes.length) } };
      return { bytes };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { failure: unreadable(name, error) };
  }
}

function unreadable(name: string, error: unknown): ImportReport['failed'][number] {
  const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
  return { name, message: `${name} could not be read${reason}.` };
}
