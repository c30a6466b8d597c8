/** The backup's check in a worker thread gives the same verdicts as the check in the caller's thread. */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damageFile } from '../testing/damaged-library-fixture';
import { fileOf, tempCore } from '../testing/temp-core';
import { libraryPaths } from './library-paths';
import { checkLibraryFileOffThread } from './library-off-thread';

let dataDir: string;
let healthy: string;
let damaged: string;

beforeAll(async () => {
  const t = tempCore();
  dataDir = t.dataDir;
  const lines = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} of the report.`).join('\n\n');
  await t.call('documents.import', { files: [fileOf('report.txt', `Report\n\n${lines}`)] });
  await t.core.close();
  healthy = libraryPaths(dataDir).db;
  damaged = join(dataDir, 'damaged.sqlite');
  copyFileSync(healthy, damaged);
  damageFile(damaged);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('checkLibraryFileOffThread', () => {
  it('passes a healthy library with its schema version', async () => {
    expect(await checkLibraryFileOffThread(healthy, { thorough: true })).toMatchObject({ ok: true });
  });

  it('finds a damaged one', async () => {
    expect(await checkLibraryFileOffThread(damaged, { thorough: true })).toMatchObject({
      ok: false,
      problem: 'damaged',
    });
  });

  it('says a missing file is missing', async () => {
    expect(await checkLibraryFileOffThread(join(dataDir, 'none.sqlite'), {})).toMatchObject({
      ok: false,
      problem: 'missing',
    });
  });
});
