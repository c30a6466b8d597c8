/** `npm run web` on a damaged library: it does not start, says why, and names the backup and the restore command. */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBackup, type BackupFile } from '../electron/core/db/backup';
import { libraryPaths } from '../electron/core/db/library-paths';
import { fileOf, tempCore } from '../electron/core/testing/temp-core';

const hostEntry = join(import.meta.dirname, '..', 'electron', 'host', 'index.ts');
let dataDir: string;
let backup: BackupFile;

beforeEach(async () => {
  const t = tempCore();
  dataDir = t.dataDir;
  const text = `Kenyan police arrived\n\n${'The first officers landed in June. '.repeat(4000)}`;
  await t.call('documents.import', { files: [fileOf('kenya.txt', text)] });
  await t.core.close();
  const db = new Database(libraryPaths(dataDir).db, { readonly: true });
  backup = await createBackup(db, dataDir, new Date());
  db.close();
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

it('refuses to serve a damaged library and leaves it as it was', () => {
  const file = libraryPaths(dataDir).db;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(64 * 1024, 0x5a), 0, 64 * 1024, Math.floor(statSync(file).size / 2 / 4096) * 4096);
  closeSync(fd);
  const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
  const before = hash();

  const host = spawnSync(process.execPath, ['--import', 'tsx', hostEntry, '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(host.status).toBe(1);
  expect(host.stdout).not.toContain('Dossier is running');
  expect(host.stderr).toContain(`Dossier could not start: The library ${file} is damaged`);
  expect(host.stderr).toContain(`The latest good backup is ${backup.path}`);
  expect(host.stderr).toContain(`npx dossier restore "${backup.path}" --data-dir "${dataDir}"`);
  expect(hash()).toBe(before);
}, 120_000);
