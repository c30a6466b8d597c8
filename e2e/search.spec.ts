/**
 * Search beyond documents, through the UI as an analyst uses it: a word from a highlight's note
 * and a word from a timeline event are found in their own sections and open where they live; the
 * query-language help; and find in the open document.
 */
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage, type SearchGroupLabel } from './pages/search-page';
import { searchSyntax } from '../electron/contract';

const RESOLUTION_DOC = /^In October 2023, the United Nations Security Council adopted Resolution 2699/;

/** Types `word` until its hit shows in `group` (the index may take a moment to catch up with a write). */
async function searchUntilFound(search: SearchPage, word: string, group: SearchGroupLabel, hit: string) {
  await expect(async () => {
    await search.box.fill('');
    await search.box.pressSequentially(word, { delay: 10 });
    await expect(search.group(group).getByRole('option', { name: new RegExp(hit) })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  return search.group(group).getByRole('option', { name: new RegExp(hit) });
}

test('a word from a note finds its highlight under "Highlights & notes", and Enter opens it', async ({ app }) => {
  const { page } = app;
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  const search = new SearchPage(page);

  await library.open(RESOLUTION_DOC);
  await reader.highlight('authorizing the deployment', 'green');
  await expect(panel.highlight).toContainText('authorizing the deployment');
  await panel.writeNote('Compare with the zanzibarite clause of the 2024 renewal.');
  await expect(reader.text.locator('mark.hl[title*="zanzibarite"]')).toHaveCount(1);
  await library.open(/^Diplomats/);

  await page.keyboard.press('/');
  const hit = await searchUntilFound(search, 'zanzibarite', 'Highlights & notes', 'authorizing the deployment');
  await expect(hit.locator('mark').filter({ hasText: /^zanzibarite$/i })).toBeVisible();
  await search.arrowTo(hit);
  await search.box.press('Enter');
  await expect(search.results).toBeHidden();
  await expect(reader.title).toContainText('In October 2023');
  await reader.expectFlashed('authorizing the deployment');
  await expect(page.getByRole('tab', { name: 'Highlights' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.highlight.getByLabel('Note')).toHaveValue(/zanzibarite/);
});

test('a word from an event finds it under "Timeline events", and Enter shows it in the timeline', async ({ app }) => {
  const { page } = app;
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  const search = new SearchPage(page);

  await library.open(RESOLUTION_DOC);
  await reader.highlight('adopted Resolution 2699', 'blue');
  await panel.addToTimeline({ date: '2023-10-02', title: 'Quokkaberg vote in the Council' });
  await expect(page.getByRole('dialog')).toBeHidden();
  await shell.openPanel('Tags');

  await page.keyboard.press('/');
  const hit = await searchUntilFound(search, 'quokkaberg', 'Timeline events', 'Quokkaberg vote');
  await expect(hit.locator('mark').filter({ hasText: /^quokkaberg$/i })).toBeVisible();
  await search.arrowTo(hit);
  await search.box.press('Enter');
  await expect(search.results).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  const selected = panel.timeline.locator('[aria-current="true"]');
  await expect(selected).toContainText('Quokkaberg vote in the Council');
  await expect(selected).toBeInViewport();
});

test('the search help lists the query language, and an example goes into the box', async ({ app }) => {
  const { page } = app;
  const search = new SearchPage(page);
  await search.helpButton.click();
  await expect(search.help).toBeVisible();
  // One row a form of the contract's query language, under one header row.
  await expect(search.help.getByRole('row')).toHaveCount(searchSyntax.length + 1);
  await expect(search.help).toContainText('Only this tag, not the tags under it.');
  await expect(search.help).toContainText('reliability:<=B');
  await expect(search.help).toContainText('"exact phrase"');
  await expect(search.help).toContainText('Only these words, in this order.');
  await new AppPage(page).screenshot('search-help');

  await search.help.getByRole('button', { name: 'deploy*' }).click();
  await expect(search.help).toBeHidden();
  await expect(search.box).toHaveValue('deploy*');
  await expect(search.box).toBeFocused();

  await search.box.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('search syntax');
  await page.keyboard.press('Enter');
  await expect(search.help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search.help).toBeHidden();
  await expect(search.helpButton).toBeFocused();
});

test('find in document: every match marked, Enter and Shift+Enter step through them, Escape closes', async ({
  app,
}) => {
  const { page } = app;
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(RESOLUTION_DOC);

  await page.keyboard.press('Control+f');
  await expect(reader.findInput).toBeFocused();
  await reader.findInput.pressSequentially('MISSION', { delay: 20 });
  await expect(reader.findCount).toHaveText(/^1 of \d+$/);
  const total = Number(/of (\d+)/.exec((await reader.findCount.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(2);
  await expect(reader.findMatches).toHaveCount(total);
  await expect(reader.findCurrent).toHaveText('Mission');
  await new AppPage(page).screenshot('find-bar');

  await page.keyboard.press('Enter');
  await expect(reader.findCount).toHaveText(`2 of ${total}`);
  await expect(reader.findCurrent).toBeInViewport();
  await page.keyboard.press('F3');
  await expect(reader.findCount).toHaveText(`3 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(reader.findCount).toHaveText(`1 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await expect(reader.findCount).toHaveText(`${total} of ${total}`);
  await expect(reader.findCurrent).toBeInViewport();
  await reader.findBar.getByRole('button', { name: 'Next match' }).click();
  await expect(reader.findCount).toHaveText(`1 of ${total}`);

  await reader.findInput.fill('zzzqqq');
  await expect(reader.findCount).toHaveText('No matches');
  await reader.findInput.press('Escape');
  await expect(reader.findBar).toBeHidden();
  await expect(reader.text).toBeFocused();
  await expect(reader.findMatches).toHaveCount(0);

  await test.step('accents and case are ignored; the marks keep the text as written', async () => {
    await library.open(/^Medellín/);
    await page.keyboard.press('Control+f');
    await reader.findInput.fill('medellin');
    await expect(reader.findCount).toHaveText('1 of 1');
    await expect(reader.findCurrent).toHaveText('Medellín');
  });
});
