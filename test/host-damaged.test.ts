/** `npm run web` on a damaged library: it does not start, says why, and names the backup and the restore command. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { BackupFile } from '../electron/core/db/backup';
import { libraryPaths } from '../electron/core/db/library-paths';
import { damageFile, libraryWithBackup, sha256OfFile } from '../electron/core/testing/damaged-library-fixture';

const hostEntry = join(import.meta.dirname, '..', 'electron', 'host', 'index.ts');
let dataDir: string;
let backup: BackupFile;

beforeEach(async () => {
  ({ dataDir, backup } = await libraryWithBackup());
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

it('refuses to serve a damaged library and leaves it as it was', () => {
  const file = libraryPaths(dataDir).db;
  damageFile(file);
  const before = sha256OfFile(file);

  const host = spawnSync(process.execPath, ['--import', 'tsx', hostEntry, '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(host.status).toBe(1);
  expect(host.stdout).not.toContain('Dossier is running');
  expect(host.stderr).toContain(`Dossier could not start: The library ${file} is damaged`);
  expect(host.stderr).toContain(`The latest good backup is ${backup.path}`);
  expect(host.stderr).toContain(`npx dossier restore "${backup.path}" --data-dir "${dataDir}"`);
  expect(sha256OfFile(file)).toBe(before);
}, 120_000);
