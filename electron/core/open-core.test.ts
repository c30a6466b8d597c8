/** openCore: the start-up check runs in a worker thread, with the same outcome as createCore's. */
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCore } from './create-core';
import { LibraryDamagedError } from './db/damaged-library';
import { libraryPaths } from './db/library-paths';
import { damageFile, libraryWithBackup, sha256OfFile, type LibraryWithBackup } from './testing/damaged-library-fixture';

let library: LibraryWithBackup;
beforeEach(async () => {
  library = await libraryWithBackup();
});
afterEach(() => rmSync(library.dataDir, { recursive: true, force: true }));

it('opens a healthy library and answers from it', async () => {
  const core = await openCore({ dataDir: library.dataDir, platform: 'cli', logger: { warn() {}, error() {} } });
  try {
    const listed = await core.handle('documents.list', {});
    expect(listed.ok && listed.value.map((d) => d.title)).toEqual(['Kenyan police arrived']);
  } finally {
    await core.close();
  }
});

it('refuses a damaged library, names the good backup and writes nothing', async () => {
  const file = libraryPaths(library.dataDir).db;
  damageFile(file);
  const before = sha256OfFile(file);
  const opening = openCore({ dataDir: library.dataDir, platform: 'cli' });
  await expect(opening).rejects.toBeInstanceOf(LibraryDamagedError);
  await expect(opening).rejects.toMatchObject({ latestGood: { path: library.backup.path } });
  expect(sha256OfFile(file)).toBe(before);
});
