/**
 * Projects through the UI, as an analyst keeps two investigations in one library: a second project
 * with its own document, search that stays inside each project, rename (a taken name refused at
 * the field), a document copied across, delete with Undo, and a project carried whole to a fresh
 * library as a .dossier bundle.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { ProjectsPage } from './pages/projects-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import type { Page } from '@playwright/test';

const SAMPLE = 'Haiti: the MSS mission';
const SAHEL_DOC = 'Kidal gold report';
/** Words only one project holds: the new document's, and the sample corpus's. */
const SAHEL_WORD = 'zirconium';
const SAMPLE_WORD = 'peacekeeping';
const DIPLOMATS = /^Diplomats at the United Nations/;

/** Searches until the answer settles (the new project's index warms up on first use). */
async function expectSearch(page: Page, word: string, found: boolean): Promise<void> {
  const search = new SearchPage(page);
  await expect(async () => {
    await search.box.fill('');
    await search.box.pressSequentially(word, { delay: 10 });
    if (found) await expect(search.group('Documents').getByRole('option').first()).toBeVisible({ timeout: 2000 });
    else await expect(page.getByRole('status').filter({ hasText: 'Nothing found' })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await search.box.fill('');
  await search.box.press('Escape');
}

test.describe('projects', () => {
  test('create, import, search apart, rename, copy a document, delete and undo', async ({ app }) => {
    const { page } = app;
    const projects = new ProjectsPage(page);
    const library = new LibraryPage(page);
    const shell = new AppPage(page);
    await projects.expectCurrent(SAMPLE);

    // New project: the core's refusal of an empty name shows at the field.
    await projects.choose('New project…');
    const created = projects.dialog('New project');
    await created.getByRole('button', { name: 'Create project' }).click();
    await expect(created.getByRole('alert')).toHaveText(/^A project needs a name/);
    await expect(created.getByLabel('Project name')).toHaveAttribute('aria-invalid', 'true');
    await created.getByLabel('Project name').fill('Sahel inquiry');
    await created.getByRole('button', { name: 'Create project' }).click();
    await projects.expectCurrent('Sahel inquiry');
    await expect(page.getByText('No documents yet')).toBeVisible();
    // Focus comes back to the project menu after the page redrew for the new project.
    await expect(projects.button).toBeFocused();

    await new ImportPage(page).chooseFiles([
      {
        name: 'kidal-gold.txt',
        mimeType: 'text/plain',
        text: `${SAHEL_DOC}\n\nArtisanal miners near Kidal found ${SAHEL_WORD} in the river gravel, and armed groups taxed every sack.`,
      },
    ]);
    await expect(library.document(new RegExp(SAHEL_DOC))).toBeVisible();
    await expect(library.items).toHaveCount(1);

    await expectSearch(page, SAHEL_WORD, true);
    await expectSearch(page, SAMPLE_WORD, false);

    // Rename: a name another project has is refused at the field; a free one is taken.
    await projects.choose('Rename…');
    const rename = projects.dialog('Rename “Sahel inquiry”');
    await rename.getByLabel('Project name').fill(SAMPLE);
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rename.getByRole('alert')).toHaveText(
      `There is already a project named “${SAMPLE}”. Choose another name.`,
    );
    await rename.getByLabel('Project name').fill('Sahel: gold and armed groups');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await projects.expectCurrent('Sahel: gold and armed groups');

    // The quick switcher, from the keyboard, back to the sample: search there finds only its words.
    await projects.switchWithKeyboard('hai', SAMPLE);
    await expectSearch(page, SAMPLE_WORD, true);
    await expectSearch(page, SAHEL_WORD, false);

    // Copy a sample document, with its highlight, to the other project.
    await library.open(DIPLOMATS);
    await new ReaderPage(page).highlight('broad support', 'yellow');
    await page.getByRole('button', { name: 'Copy to project…' }).click();
    const copy = projects.dialog(/^Copy “Diplomats/);
    await expect(copy.getByLabel('Copy to')).toHaveValue(/.+/);
    await expect(copy.getByLabel(/With highlights/)).toBeChecked();
    await copy.getByRole('button', { name: 'Copy', exact: true }).click();
    await shell.expectMessage(/Copied “Diplomats.*” to “Sahel: gold and armed groups” with 1 highlight/);
    await expect(page.getByRole('button', { name: 'Copy to project…' })).toBeFocused();

    await projects.button.click();
    await expect(projects.menu.getByRole('menuitemradio', { name: /^Sahel: gold and armed groups/ })).toContainText(
      '2 documents',
    );
    await expect(projects.menu.getByRole('menuitemradio', { name: new RegExp(`^${SAMPLE}`) })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await page.screenshot({ path: 'docs/projects-menu.png' });
    await page.keyboard.press('Escape');
    await expect(projects.menu.getByRole('menuitemradio')).toHaveCount(0);
    await expect(projects.button).toBeFocused();

    await projects.switchTo('Sahel: gold and armed groups');
    await expect(library.items).toHaveCount(2);
    await library.open(DIPLOMATS);
    await expect(page.getByRole('article', { name: 'Document text' }).locator('mark[data-highlight-ids]')).toHaveText([
      'broad support',
    ]);

    // Delete the current project: the dialog gives the counts; the page moves to the other project; Undo brings it back.
    await projects.choose('Delete…');
    const remove = projects.dialog('Delete “Sahel: gold and armed groups”?');
    await expect(remove).toContainText('It holds 2 documents, 1 highlight, 0 tags, 0 events.');
    await expect(remove).toContainText('Undo brings it back until Dossier closes');
    await remove.getByRole('button', { name: 'Delete project' }).click();
    await projects.expectCurrent(SAMPLE);
    const deleted = page
      .getByRole('status')
      .locator('.toast')
      .filter({ hasText: 'Deleted “Sahel: gold and armed groups”' });
    await expect(deleted).toContainText(/A backup bundle remains at .*deleted-projects.*\.dossier/);
    await projects.button.click();
    await expect(projects.menu.getByRole('menuitemradio')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await deleted.getByRole('button', { name: 'Undo' }).click();
    await projects.expectCurrent('Sahel: gold and armed groups');
    await expect(library.items).toHaveCount(2);
  });

  test('a project exported as a bundle comes back whole in a fresh library', async ({ app }) => {
    test.skip(app.kind === 'electron', 'the download and a second library run on the web host');
    const { page } = app;
    const projects = new ProjectsPage(page);
    const library = new LibraryPage(page);
    await projects.expectCurrent(SAMPLE);
    await library.open(DIPLOMATS);
    await new ReaderPage(page).highlight('broad support', 'green');
    await expect(page.getByRole('article', { name: 'Document text' }).locator('mark[data-highlight-ids]')).toHaveCount(
      1,
    );
    const sampleCount = await library.items.count();

    const download = page.waitForEvent('download');
    await projects.choose('Export project as .dossier');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.dossier$/);
    // Saved under its own name: the download's temporary file has none, and the picker goes by the extension.
    const bundlePath = test.info().outputPath(file.suggestedFilename());
    await file.saveAs(bundlePath);
    expect(readFileSync(bundlePath).subarray(0, 2).toString()).toBe('PK');

    const qdpxDownload = page.waitForEvent('download');
    await projects.choose('Export as REFI-QDA (.qdpx)');
    const qdpx = await qdpxDownload;
    expect(qdpx.suggestedFilename()).toMatch(/\.qdpx$/);
    const qdpxPath = test.info().outputPath(qdpx.suggestedFilename());
    await qdpx.saveAs(qdpxPath);

    // Another machine: a fresh library, which has its own sample project of the same name.
    const other = await app.anotherLibrary();
    const there = new ProjectsPage(other);
    await there.expectCurrent(SAMPLE);
    const chooser = other.waitForEvent('filechooser');
    await there.choose('Import project (.dossier / .qdpx)…');
    await (await chooser).setFiles(bundlePath);
    const dialog = there.dialog(`Import “${SAMPLE}”`);
    await expect(dialog.getByRole('radio', { name: `Merge into “${SAMPLE}”` })).toBeVisible();
    await expect(dialog.getByLabel('Name of the new project')).toHaveValue(`${SAMPLE} (2)`);
    await dialog.getByLabel('Name of the new project').fill('Haiti from the field laptop');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await there.expectCurrent('Haiti from the field laptop');
    await new AppPage(other).expectMessage('Imported “Haiti from the field laptop” as a new project');

    const otherLibrary = new LibraryPage(other);
    await expect(otherLibrary.items).toHaveCount(sampleCount);
    await otherLibrary.open(DIPLOMATS);
    await expect(other.getByRole('article', { name: 'Document text' }).locator('mark[data-highlight-ids]')).toHaveText([
      'broad support',
    ]);

    // The same project as REFI-QDA comes in as one more project, with its documents.
    const qdpxChooser = other.waitForEvent('filechooser');
    await there.choose('Import project (.dossier / .qdpx)…');
    await (await qdpxChooser).setFiles(qdpxPath);
    // Named as in its project.qde, made free: the fresh library has its own sample of that name.
    await there.expectCurrent(`${SAMPLE} (2)`);
    await new AppPage(other).expectMessage(`Imported “${SAMPLE} (2)” as a new project`);
    await expect(otherLibrary.items).toHaveCount(sampleCount);
    await there.button.click();
    await expect(there.menu.getByRole('menuitemradio')).toHaveCount(3);
    await other.keyboard.press('Escape');
  });
});
