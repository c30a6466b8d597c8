/**
 * The workbench without a mouse and at its edges: the command palette, search errors shown as
 * text, empty panels, and the `H` shortcut highlighting a keyboard selection.
 */
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import { callApi } from './api';

test('search errors are shown under the box, never thrown', async ({ app }) => {
  const search = new SearchPage(app.page);
  await search.search('color:orange');
  await expect(app.page.getByRole('search')).toContainText('There is no highlight colour “orange”');
  await search.box.fill('Kenya');
  await expect(search.options.first()).toBeVisible();
  await expect(app.page.getByRole('search')).not.toContainText('no highlight colour');
});

test('empty panels say what to do next', async ({ app }) => {
  const shell = new AppPage(app.page);
  await expect(app.page.getByText('No highlights in this document')).toBeVisible();
  await shell.openPanel('Tags');
  await expect(app.page.getByText('No tags yet')).toBeVisible();
  await shell.openPanel('Timeline');
  await expect(app.page.getByText('Create an event from a highlight')).toBeVisible();
});

test('the command palette and shortcuts reach every panel, and H highlights a selection', async ({ app }) => {
  const { page } = app;
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('timeline');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('tab', { name: 'Highlights' })).toHaveAttribute('aria-selected', 'true');

  await reader.selectPhrase('Diplomats at the United Nations');
  await expect(page.getByRole('toolbar', { name: 'Highlight selection' })).toBeVisible();
  await page.keyboard.press('h');
  await expect(panel.highlight).toContainText('Diplomats at the United Nations');
  expect(await reader.highlightTexts()).toEqual(['Diplomats at the United Nations']);

  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
});

test('tags typed in quick succession are all kept', async ({ app }) => {
  const { page } = app;
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  await reader.selectPhrase('Diplomats at the United Nations');
  await page.keyboard.press('h');
  await expect(panel.highlight).toContainText('Diplomats at the United Nations');

  await panel.highlight.getByLabel('Add tag').focus();
  for (const tag of ['alpha', 'beta', 'gamma']) {
    await page.keyboard.type(tag);
    await page.keyboard.press('Enter');
  }
  await expect(panel.tagChips()).toHaveText(['alpha×', 'beta×', 'gamma×']);
  const stored = await callApi(page, 'tags.list', {});
  expect(stored.map((tag) => tag.name).sort()).toEqual(['alpha', 'beta', 'gamma']);
});
