/**
 * `stat` before `open`: pipes, sockets and links are named and never opened (a pipe with no writer
 * would block the import forever), a file over the size limit is refused with its size and the
 * limit, and hidden entries below a folder are ignored.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_BYTES } from '../../contract';
import { readIntakeFile, takeStock } from './path-intake';

const posix = process.platform !== 'win32';
let dir: string;
let server: Server | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-intake-'));
});
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

// Skipped on win32: the probe makes named pipes with mkfifo and symbolic links, which Windows lacks or restricts.
describe.skipIf(!posix)('takeStock', () => {
  it('names pipes, sockets and links inside a folder with why, and never opens them', async () => {
    const folder = join(dir, 'in');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), 'Alpha');
    writeFileSync(join(folder, 'sub', 'b.md'), '# Bravo');
    writeFileSync(join(folder, 'photo.png'), 'not a document');
    mkfifo(join(folder, 'pipe.txt'));
    symlinkSync(join(folder, 'a.txt'), join(folder, 'link.txt'));
    symlinkSync(join(folder, 'sub'), join(folder, 'linked-folder'));
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(join(folder, 'agent.sock'), resolve));

    const intake = await takeStock([folder], basename);
    expect(intake.files.map((f) => basename(f.path))).toEqual(['a.txt', 'b.md']);
    expect(intake.files.map((f) => f.size)).toEqual([5, 7]);
    expect(intake.skipped).toEqual(['photo.png']);
    expect(intake.notFiles).toEqual([
      { name: 'agent.sock', reason: 'a socket, not a regular file' },
      { name: 'link.txt', reason: 'a symbolic link (links are not followed)' },
      { name: 'linked-folder', reason: 'a symbolic link (links are not followed)' },
      { name: 'pipe.txt', reason: 'a named pipe (FIFO), not a regular file' },
    ]);
    expect(intake.failed).toEqual([]);
  });

  it('ignores hidden files and everything inside hidden folders', async () => {
    const folder = join(dir, 'in');
    mkdirSync(join(folder, '.git', 'objects'), { recursive: true });
    writeFileSync(join(folder, '.git', 'objects', 'notes.txt'), 'git internals');
    writeFileSync(join(folder, '.DS_Store'), 'hidden');
    mkfifo(join(folder, '.hidden-pipe'));
    writeFileSync(join(folder, 'kept.txt'), 'Kept');
    const intake = await takeStock([folder], basename);
    expect(intake).toEqual({
      files: [{ path: join(folder, 'kept.txt'), size: 4, inFolder: true }],
      skipped: [],
      notFiles: [],
      failed: [],
    });
  });

  it('refuses a file over the limit before reading it, saying its size and the limit', async () => {
    const big = join(dir, 'huge.pdf');
    writeFileSync(big, '');
    truncateSync(big, MAX_IMPORT_FILE_BYTES + 25 * 1024 * 1024);
    const intake = await takeStock([big], basename);
    expect(intake.files).toEqual([]);
    expect(intake.failed).toEqual([
      {
        name: 'huge.pdf',
        message: 'huge.pdf is 125 MB; Dossier imports files of up to 100 MB. Split it and import the parts.',
      },
    ]);
  });

  it('names a pipe or a device given by path, and says which paths do not exist', async () => {
    mkfifo(join(dir, 'named.txt'));
    const intake = await takeStock([join(dir, 'named.txt'), '/dev/null', join(dir, 'missing.txt')], (p) => p);
    expect(intake.files).toEqual([]);
    expect(intake.notFiles).toEqual([
      { name: join(dir, 'named.txt'), reason: 'a named pipe (FIFO), not a regular file' },
      { name: '/dev/null', reason: 'a device, not a regular file' },
    ]);
    expect(intake.failed).toEqual([
      { name: join(dir, 'missing.txt'), message: `${join(dir, 'missing.txt')} could not be read (ENOENT).` },
    ]);
  });

  it('follows a link given by path, since the analyst named it', async () => {
    writeFileSync(join(dir, 'real.txt'), 'Real');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'named-link.txt'));
    const intake = await takeStock([join(dir, 'named-link.txt')], basename);
    expect(intake.files).toEqual([{ path: join(dir, 'named-link.txt'), size: 4, inFolder: false }]);
  });
});

// Skipped on win32: the probe makes named pipes with mkfifo and symbolic links, which Windows lacks or restricts.
describe.skipIf(!posix)('readIntakeFile', () => {
  it('refuses, without blocking, a listed file that became a pipe or a link before it was read', async () => {
    const folder = join(dir, 'in');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Alpha');
    writeFileSync(join(folder, 'b.txt'), 'Bravo');
    writeFileSync(join(dir, 'secret.txt'), 'Not in the folder');
    const { files } = await takeStock([folder], basename);
    const [a, b] = files;
    if (!a || !b) throw new Error('both files should be listed');
    unlinkSync(a.path);
    mkfifo(a.path);
    unlinkSync(b.path);
    symlinkSync(join(dir, 'secret.txt'), b.path);

    expect(await readIntakeFile(a, 'a.txt')).toEqual({
      failure: { name: 'a.txt', message: 'a.txt is no longer a regular file; it was not read.' },
    });
    expect(await readIntakeFile(b, 'b.txt')).toEqual({
      failure: { name: 'b.txt', message: 'b.txt could not be read (ELOOP).' },
    });
  });
});
