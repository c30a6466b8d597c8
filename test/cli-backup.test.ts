/** `dossier backup` and `dossier restore` end to end: the real launcher against a temporary library. */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary, SearchResponse } from '../electron/contract';
import type { BackupFile } from '../electron/core/db/backup';
import type { RestoreReport } from '../electron/core/db/restore';
import { damageFile, sha256OfFile } from '../electron/core/testing/damaged-library-fixture';
import { useCliHarness } from './cli-harness';

const cli = useCliHarness('dossier-cli-backup-');
const { dossier } = cli;

function json<T>(...args: string[]): T {
  const result = dossier(...args, '--json');
  expect(result.stderr).not.toMatch(/unexpected error/);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

function importText(name: string, text: string): void {
  const file = join(cli.dir, name);
  writeFileSync(file, text);
  expect(dossier('import', file, '--no-sample').code).toBe(0);
}

const titles = () => json<DocumentSummary[]>('list').map((d) => d.title);
const libraryFile = () => join(cli.dataDir, 'dossier.sqlite');
/** Each test runs the launcher several times, and each run starts tsx and the search workers. */
const SLOW = 180_000;

describe('dossier backup and restore', { timeout: 120_000 }, () => {
  it(
    'has nothing to back up before there is a library, and restore needs one file',
    () => {
      const none = dossier('backup');
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('There is no library in');
      expect(existsSync(libraryFile())).toBe(false);
      expect(dossier('restore').code).toBe(2);
      expect(dossier('restore', 'a.sqlite', 'b.sqlite').stderr).toContain('restore takes one file');
    },
    SLOW,
  );

  it(
    'backs up, lists and restores, backing up the replaced library first',
    () => {
      importText('kenya.txt', 'Kenyan police arrived\n\nThe first officers landed in June.');
      const made = json<BackupFile>('backup');
      expect(statSync(made.path).size).toBe(made.bytes);
      const listed = json<BackupFile[]>('backup', '--list');
      expect(listed[0]).toEqual(made);

      importText('sahel.txt', 'Sahel mission\n\nTroops left in May.');
      const restored = dossier('restore', made.path);
      expect(restored.code).toBe(0);
      expect(restored.stdout).toBe(`restored  ${made.path}\n`);
      expect(restored.stderr).toContain('The library it replaced was backed up first:');
      expect(titles()).toEqual(['Kenyan police arrived']);
      expect(json<SearchResponse>('search', 'kenyan').documents.total).toBe(1);

      const list = dossier('backup', '--list');
      expect(list.stdout).toMatch(/^CREATED\s+SIZE\s+FILE$/m);
      // The newest backup is the one restore made of the library it replaced.
      const previous = list.stdout
        .split('\n')[1]
        ?.split(/\s{2,}/)
        .at(-1);
      const back = json<RestoreReport>('restore', previous ?? '');
      expect(back.restored).toBe(previous);
      expect(titles().sort()).toEqual(['Kenyan police arrived', 'Sahel mission']);
    },
    SLOW,
  );

  it(
    'refuses a file that is not a Dossier library and leaves the library as it was',
    () => {
      importText('kenya.txt', 'Kenyan police arrived\n\nThe first officers landed in June.');
      const notes = join(cli.dir, 'notes.txt');
      writeFileSync(notes, 'Not a library at all.\n'.repeat(10));
      const before = sha256OfFile(libraryFile());
      const refused = dossier('restore', notes);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`dossier: ${notes} cannot be restored: it is not an SQLite database file.`);
      expect(refused.stderr).toContain('Nothing was changed.');
      expect(sha256OfFile(libraryFile())).toBe(before);
    },
    SLOW,
  );

  it(
    'says a damaged library is damaged, names the backup and the command, and restore brings it back',
    () => {
      importText('kenya.txt', `Kenyan police arrived\n\n${'The first officers landed in June. '.repeat(4000)}`);
      const made = json<BackupFile>('backup');
      damageFile(libraryFile());
      const before = sha256OfFile(libraryFile());

      const listed = dossier('list');
      expect(listed.code).toBe(1);
      expect(listed.stderr).toContain(`dossier: The library ${libraryFile()} is damaged`);
      expect(listed.stderr).toContain(`dossier restore "${made.path}"`);
      expect(sha256OfFile(libraryFile())).toBe(before);

      const restored = dossier('restore', made.path);
      expect(restored.code).toBe(0);
      expect(restored.stderr).toContain('The library it replaced was damaged; it was kept as');
      expect(titles()).toEqual(['Kenyan police arrived']);
    },
    SLOW,
  );
});
