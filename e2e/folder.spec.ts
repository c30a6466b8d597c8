/** Importing a whole folder: every supported file inside it, recursively; the rest named as skipped. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi } from './api';
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

test('a folder of 520 files, more than one call may carry, imports all of them', async ({ app }) => {
  test.skip(app.kind === 'electron', 'the desktop app picks folders in the native dialog, which a test cannot drive');
  const folder = mkdtempSync(join(tmpdir(), 'dossier-big-folder-'));
  try {
    mkdirSync(join(folder, 'reports'));
    for (let i = 0; i < 520; i++) {
      const n = String(i).padStart(3, '0');
      writeFileSync(join(folder, 'reports', `report-${n}.txt`), `Report ${n}\n\nPatrol ${n} found the road clear.\n`);
    }
    const page = app.page;
    const batches: number[] = [];
    page.on('request', (request) => {
      if (!request.url().endsWith('/api/call/documents.import')) return;
      batches.push((request.postDataJSON() as { files: unknown[] }).files.length);
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import folder' }).click();
    await (await chooser).setFiles(join(folder, 'reports'));

    await new AppPage(page).expectMessage('Imported 520 documents');
    expect(batches).toEqual([100, 100, 100, 100, 100, 20]);
    expect((await callApi(page, 'library.info', {})).documentCount).toBe(525);
    // The list holds only the rows near its view: put the last report first to find it there.
    const library = new LibraryPage(page);
    await library.sortBy('Title, Z–A');
    // Re-sorting keeps the cursor where it was; Home takes it (and the view) to the top of the new order.
    await library.listbox.focus();
    await page.keyboard.press('Home');
    await expect(library.document('Report 519')).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
