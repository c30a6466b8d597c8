/**
 * Files from a folder the analyst gave the browser — picked with the folder input, or dropped on
 * the window — sorted into those Dossier reads and those it names as skipped. Hidden files and
 * everything inside hidden folders (.git, .DS_Store…) are neither imported nor listed.
 *
 * A dropped folder arrives as a FileSystemDirectoryEntry: it is walked recursively, and its
 * reader is asked again until it returns an empty batch, since readEntries answers in batches.
 */
import { isImportableName } from '../../../../electron/contract';

export interface PathedFile {
  file: File;
  /** Path inside the folder, with "/" separators (the folder's own name first). */
  path: string;
}

export interface SortedFiles {
  files: File[];
  skipped: string[];
}

/** Hidden below the chosen folder: a folder the analyst picks or drops is never hidden to us. */
function isHidden(path: string): boolean {
  const parts = path.split('/');
  return (parts.length > 1 ? parts.slice(1) : parts).some((part) => part.startsWith('.'));
}

export function sortFolderFiles(list: readonly PathedFile[]): SortedFiles {
  const visible = list.filter(({ path }) => !isHidden(path));
  return {
    files: visible.filter(({ path }) => isImportableName(path)).map(({ file }) => file),
    skipped: visible.filter(({ path }) => !isImportableName(path)).map(({ file }) => file.name),
  };
}

/** One dropped item, captured during the drop event (a DataTransfer is emptied once it returns). */
export interface DroppedItem {
  entry: FileSystemEntry | null;
  file: File | null;
}

export function captureDrop(transfer: DataTransfer): DroppedItem[] {
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  if (items.length === 0) return [...transfer.files].map((file) => ({ entry: null, file }));
  return items.map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
}

/**
 * Dropped files are imported as they are (the import report names any it cannot read); dropped
 * folders contribute their readable files, and name the rest as skipped.
 */
export async function readDrop(items: readonly DroppedItem[]): Promise<SortedFiles> {
  const files: File[] = [];
  const inFolders: PathedFile[] = [];
  for (const { entry, file } of items) {
    if (entry?.isDirectory) inFolders.push(...(await walkDirectory(entry as FileSystemDirectoryEntry)));
    else if (file) files.push(file);
    else if (entry?.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
  }
  const sorted = sortFolderFiles(inFolders);
  return { files: [...files, ...sorted.files], skipped: sorted.skipped };
}

export async function walkDirectory(directory: FileSystemDirectoryEntry, prefix = ''): Promise<PathedFile[]> {
  const path = `${prefix}${directory.name}/`;
  const found: PathedFile[] = [];
  for (const entry of await readAllEntries(directory.createReader())) {
    if (entry.isDirectory) found.push(...(await walkDirectory(entry as FileSystemDirectoryEntry, path)));
    else if (entry.isFile) found.push({ file: await fileOf(entry as FileSystemFileEntry), path: path + entry.name });
  }
  return found;
}

async function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all.sort((a, b) => a.name.localeCompare(b.name));
    all.push(...batch);
  }
}

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject));
