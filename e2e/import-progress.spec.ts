/**
 * An import in progress: its card (what it is doing, a progress bar, Cancel) stays until the
 * report arrives. The web host's `documents.import` is held back here so the card can be checked
 * while it runs; the cancel test answers for the core with a cancelled report, to check what the
 * window sends and shows (the core's own cancelling is tested in its unit tests).
 */
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { ImportPage, type FileToImport } from './pages/import-page';
import { LibraryPage } from './pages/library-page';

const files: FileToImport[] = [1, 2, 3].map((n) => ({
  name: `situation-report-${n}.txt`,
  mimeType: 'text/plain',
  text: `Situation report ${n}\n\nRoadblocks were reported on route ${n} overnight.\n`,
}));

/** Holds every documents.import call until `release`, then lets `answer` handle it. */
async function holdImports(page: Page, answer: (route: Route) => Promise<void>) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call/documents.import', async (route) => {
    await held;
    await answer(route);
  });
  return () => release();
}

test('an import shows its progress and Cancel until its report arrives', async ({ app }) => {
  test.skip(app.kind === 'electron', 'holds back the web host’s documents.import');
  const { page } = app;
  const importer = new ImportPage(page);
  const release = await holdImports(page, (route) => route.continue());

  await importer.chooseFiles(files);
  await expect(importer.progress).toContainText('Reading files…');
  await expect(importer.progress.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(importer.progress.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  await new AppPage(page).screenshot('import-progress');

  release();
  await new AppPage(page).expectMessage('Imported 3 documents');
  await expect(importer.progress).toBeHidden();
  await expect(new LibraryPage(page).items).toHaveCount(8);
});

test('Cancel asks the core to stop that import, and a cancelled import adds nothing', async ({ app }) => {
  test.skip(app.kind === 'electron', 'answers the web host’s documents.import');
  const { page } = app;
  const importer = new ImportPage(page);
  const cancelled = { imported: [], duplicates: [], failed: [], warnings: [], cancelled: true };
  const release = await holdImports(page, (route) => route.fulfill({ json: { ok: true, value: cancelled } }));

  const started = page.waitForRequest('**/api/call/documents.import');
  await importer.chooseFiles(files);
  const { jobId } = (await started).postDataJSON() as { jobId: string };
  expect(jobId).toMatch(/^[0-9a-f-]{36}$/);

  const cancelling = page.waitForRequest('**/api/call/import.cancel');
  await importer.progress.getByRole('button', { name: 'Cancel' }).click();
  expect((await cancelling).postDataJSON()).toEqual({ jobId });
  await expect(importer.progress).toContainText('Cancelling the import…');

  release();
  await new AppPage(page).expectMessage('Import cancelled — nothing was added.');
  await expect(importer.progress).toBeHidden();
  await expect(new LibraryPage(page).items).toHaveCount(5);
});
