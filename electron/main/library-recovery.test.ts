/** The damaged-library dialog at start, with a fake dialog over real library files. */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../core/create-core';
import { backupDir, createBackup } from '../core/db/backup';
import { LibraryDamagedError } from '../core/db/damaged-library';
import { libraryPaths } from '../core/db/library-paths';
import { fileOf, tempCore, type TempCore } from '../core/testing/temp-core';
import { openWithRecovery, RESTORE_BUTTON } from './library-recovery';

let dataDir: string;
let opened: TempCore | undefined;

beforeEach(async () => {
  const t = tempCore();
  dataDir = t.dataDir;
  const text = `Kenyan police arrived\n\n${'The first officers landed in June. '.repeat(4000)}`;
  await t.call('documents.import', { files: [fileOf('kenya.txt', text)] });
  await t.core.close();
  const db = new Database(libraryPaths(dataDir).db, { readonly: true });
  await createBackup(db, dataDir, new Date());
  db.close();
});
afterEach(async () => {
  await opened?.core.close();
  opened = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

function damageLibrary(): () => string {
  const file = libraryPaths(dataDir).db;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(64 * 1024, 0x5a), 0, 64 * 1024, Math.floor(statSync(file).size / 2 / 4096) * 4096);
  closeSync(fd);
  return () => createHash('sha256').update(readFileSync(file)).digest('hex');
}

function recover(response: number) {
  const dialog = { showMessageBox: vi.fn(() => Promise.resolve({ response, checkboxChecked: false })) };
  const open = (): Core => {
    opened = tempCore({}, dataDir);
    return opened.core;
  };
  return { dialog, run: () => openWithRecovery(open, { dialog, dataDir, now: () => new Date() }) };
}

describe('openWithRecovery', () => {
  it('opens a healthy library without asking', async () => {
    const { dialog, run } = recover(1);
    expect(await run()).not.toBeNull();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('restores the latest good backup and opens it when the user chooses to', async () => {
    damageLibrary();
    const { dialog, run } = recover(0);
    const core = await run();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'The library is damaged', buttons: [RESTORE_BUTTON, 'Quit'] }),
    );
    const listed = await core?.handle('documents.list', {});
    expect(listed?.ok && listed.value.map((d) => d.title)).toEqual(['Kenyan police arrived']);
  });

  it('quits without touching the library when the user chooses Quit', async () => {
    const hash = damageLibrary();
    const before = hash();
    const { run } = recover(1);
    expect(await run()).toBeNull();
    expect(hash()).toBe(before);
  });

  it('throws the damage when there is no good backup to offer', async () => {
    damageLibrary();
    rmSync(backupDir(dataDir), { recursive: true });
    const { dialog, run } = recover(0);
    await expect(run()).rejects.toBeInstanceOf(LibraryDamagedError);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
