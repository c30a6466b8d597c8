/** Importing a whole folder: every supported file inside it, recursively; the rest named as skipped. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';

test('a folder imports its documents, including those in subfolders, and lists what it skipped', async ({ app }) => {
  test.skip(app.kind === 'electron', 'the desktop app picks folders in the native dialog, which a test cannot drive');
  const folder = mkdtempSync(join(tmpdir(), 'dossier-folder-'));
  try {
    mkdirSync(join(folder, 'field', 'week-2'), { recursive: true });
    writeFileSync(
      join(folder, 'field', 'checkpoint-log.txt'),
      'Checkpoint log\n\nThe convoy passed the checkpoint at dawn.\n',
    );
    writeFileSync(
      join(folder, 'field', 'week-2', 'debrief.md'),
      '# Week two debrief\n\nPatrols doubled near the port.\n',
    );
    writeFileSync(join(folder, 'field', 'map.png'), 'not really a picture');

    const page = app.page;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import folder' }).click();
    await (await chooser).setFiles(join(folder, 'field'));

    const shell = new AppPage(page);
    await shell.expectMessage('Imported 2 documents');
    await expect(page.getByText('Skipped (not a format Dossier reads): map.png')).toBeVisible();
    const library = new LibraryPage(page);
    await expect(library.items).toHaveCount(7);
    await expect(library.document('Checkpoint log')).toBeVisible();
    await expect(library.document('Week two debrief')).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
