/** The damaged-library dialog at start, with a fake dialog over real library files. */
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../core/create-core';
import { backupDir } from '../core/db/backup';
import { LibraryDamagedError } from '../core/db/damaged-library';
import { libraryPaths } from '../core/db/library-paths';
import { damageFile, libraryWithBackup, sha256OfFile } from '../core/testing/damaged-library-fixture';
import { tempCore, type TempCore } from '../core/testing/temp-core';
import { openWithRecovery, RESTORE_BUTTON } from './library-recovery';

let dataDir: string;
let opened: TempCore | undefined;

beforeEach(async () => {
  ({ dataDir } = await libraryWithBackup());
});
afterEach(async () => {
  await opened?.core.close();
  opened = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Damages the library file and returns a fingerprint of it as it is now. */
function damageLibrary(): () => string {
  const file = libraryPaths(dataDir).db;
  damageFile(file);
  return () => sha256OfFile(file);
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
