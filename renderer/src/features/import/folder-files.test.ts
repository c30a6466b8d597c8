import { describe, expect, it } from 'vitest';
import { readDrop, sortFolderFiles, walkDirectory, type DroppedItem } from './folder-files';

/** A fake of the browser's File System entries: directory readers answer in batches of `batch`. */
function fakeFile(name: string): FileSystemFileEntry {
  return {
    isFile: true,
    isDirectory: false,
    name,
    file: (resolve: (file: File) => void) => resolve(new File([`content of ${name}`], name)),
  } as unknown as FileSystemFileEntry;
}

function fakeFolder(name: string, children: FileSystemEntry[], batch = 2): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (resolve: (entries: FileSystemEntry[]) => void) => {
          const next = children.slice(at, at + batch);
          at += next.length;
          queueMicrotask(() => resolve(next));
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

const tree = () =>
  fakeFolder('field', [
    fakeFile('checkpoint-log.txt'),
    fakeFile('map.png'),
    fakeFile('.DS_Store'),
    fakeFolder('week-2', [fakeFile('debrief.md'), fakeFile('scan.PDF'), fakeFile('notes.docx')]),
    fakeFolder('.git', [fakeFile('config'), fakeFile('HEAD')]),
    fakeFile('report.html'),
  ]);

describe('folder-files', () => {
  it('walks a folder recursively, reading every batch until an empty one', async () => {
    const found = await walkDirectory(tree());
    expect(found.map(({ path }) => path).sort()).toEqual([
      'field/.DS_Store',
      'field/.git/HEAD',
      'field/.git/config',
      'field/checkpoint-log.txt',
      'field/map.png',
      'field/report.html',
      'field/week-2/debrief.md',
      'field/week-2/notes.docx',
      'field/week-2/scan.PDF',
    ]);
    expect(await found[0]?.file.text()).toMatch(/^content of /);
  });

  it('reads a folder whose reader returns one entry at a time', async () => {
    const folder = fakeFolder('one', [fakeFile('a.txt'), fakeFile('b.txt'), fakeFile('c.txt')], 1);
    expect((await walkDirectory(folder)).map(({ path }) => path)).toEqual(['one/a.txt', 'one/b.txt', 'one/c.txt']);
  });

  it('imports readable files, names the others as skipped, and ignores hidden ones', async () => {
    const sorted = sortFolderFiles(await walkDirectory(tree()));
    expect(sorted.files.map((file) => file.name).sort()).toEqual([
      'checkpoint-log.txt',
      'debrief.md',
      'notes.docx',
      'report.html',
      'scan.PDF',
    ]);
    expect(sorted.skipped).toEqual(['map.png']);
  });

  it('a drop mixes loose files (imported as they are) with folders (sorted)', async () => {
    const loose = new File(['x'], 'book.epub');
    const items: DroppedItem[] = [
      { entry: fakeFile('book.epub'), file: loose },
      { entry: tree(), file: new File([], 'field') },
      { entry: null, file: new File(['y'], 'plain.txt') },
    ];
    const dropped = await readDrop(items);
    expect(dropped.files.map((file) => file.name)).toEqual([
      'book.epub',
      'plain.txt',
      'checkpoint-log.txt',
      'report.html',
      'debrief.md',
      'notes.docx',
      'scan.PDF',
    ]);
    expect(dropped.files[0]).toBe(loose);
    expect(dropped.skipped).toEqual(['map.png']);
  });
});
