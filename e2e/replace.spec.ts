/**
 * Replacing a document with a new version through the details form: the highlight whose passage
 * moved follows it, the one whose passage was deleted is listed under "Needs review", and undo
 * brings the old text back.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const v1 =
  'Port report\n\n' +
  'The harbour reopened on Monday after repairs to the main quay were finished.\n\n' +
  'Officials said the curfew would end next week across the capital.\n';
const v2 =
  'Port report\n\n' +
  'A short update was added at the top of this report today.\n\n' +
  'The harbour reopened on Monday after repairs to the main quay were finished.\n\n' +
  'Officials gave no further details.\n';

/** Imports v1, highlights two phrases, then replaces it with v2 through the details form. */
async function importHighlightAndReplace(page: Page) {
  const shell = new AppPage(page);
  const reader = new ReaderPage(page);
  await new ImportPage(page).chooseFiles([{ name: 'port.txt', mimeType: 'text/plain', text: v1 }]);
  await shell.expectMessage('Imported 1 document');
  await expect(reader.title).toHaveText('Port report');
  await reader.highlight('harbour reopened on Monday', 'yellow');
  await expect.poll(() => reader.highlightTexts()).toEqual(['harbour reopened on Monday']);
  await reader.highlight('curfew would end next week', 'green');
  await expect
    .poll(() => reader.highlightTexts())
    .toEqual(['harbour reopened on Monday', 'curfew would end next week']);

  await new LibraryPage(page).replaceWithNewVersion({ name: 'port-v2.txt', text: v2 });
  await shell.expectMessage('Replaced “Port report”: 1 highlight re-anchored, 1 needs review');
  await shell.openPanel('Highlights');
  return { shell, reader, review: page.getByRole('region', { name: 'Needs review' }) };
}

test('a new version keeps the highlights it can place and flags the others; undo restores it', async ({ app }) => {
  const { page } = app;
  const { shell, reader, review } = await importHighlightAndReplace(page);
  await expect(reader.text).toContainText('A short update');
  await expect(reader.text).not.toContainText('curfew');
  await expect.poll(() => reader.highlightTexts()).toEqual(['harbour reopened on Monday']);
  await expect(review.getByRole('listitem')).toHaveCount(1);
  await expect(review).toContainText('curfew would end next week');
  await shell.screenshot('replace-needs-review');

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(reader.text).toContainText('curfew would end next week');
  await expect(reader.text).not.toContainText('A short update');
  await expect
    .poll(() => reader.highlightTexts())
    .toEqual(['harbour reopened on Monday', 'curfew would end next week']);
  await expect(review).toHaveCount(0);
});

test('a highlight that needs review can be placed on new text, or deleted', async ({ app }) => {
  const { page } = app;
  const { reader, review } = await importHighlightAndReplace(page);
  await review
    .getByRole('button', { name: /curfew would end next week/ })
    .first()
    .click();
  const editor = page.getByRole('region', { name: 'Selected highlight' });
  const place = editor.getByRole('button', { name: 'Place on selected text' });
  await expect(place).toBeDisabled();
  await reader.selectPhrase('gave no further details');
  await place.click();
  await expect.poll(() => reader.highlightTexts()).toEqual(['harbour reopened on Monday', 'gave no further details']);
  await expect(review).toHaveCount(0);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect.poll(() => reader.highlightTexts()).toEqual(['harbour reopened on Monday']);
  await expect(editor).toContainText('curfew would end next week');
  await editor.getByRole('button', { name: '← All highlights' }).click();
  await review.getByRole('button', { name: 'Delete highlight “curfew would end next week”' }).click();
  await expect(review).toHaveCount(0);
  await expect.poll(() => reader.highlightTexts()).toEqual(['harbour reopened on Monday']);
});
