/**
 * A brief's deep link leads back to its passage. The analyst highlights a phrase in the reader;
 * the exported brief's Markdown carries `dossier://open?doc=…&highlight=…` for it; in browser mode
 * the same link opens as the host's page `/open?doc=…&highlight=…` (in the tab, or in a new one
 * with the token `npm run web` prints), showing the document with the passage flashed and
 * selected, and the address is cleared so a reload does not jump again. A link to a deleted
 * passage says so; one to a passage that needs review (its document replaced) opens it selected
 * and says so. On the desktop the link comes as another instance's argument (Windows, Linux).
 */
import type { Page } from '@playwright/test';
import * as commonmark from 'commonmark';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { TimelineViewPage } from './pages/timeline-view-page';

const ARTICLE = /^In October 2023, the United Nations Security Council adopted Resolution 2699/;
const QUOTE = 'The MSS mission will be led by Kenya';

/** Highlights the phrase through the reader, then reads its link from the exported brief's Markdown. */
async function highlightAndLink(page: Page): Promise<{ link: string; title: string }> {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.open(ARTICLE);
  const title = (await reader.title.textContent()) ?? '';
  await reader.highlight(QUOTE, 'blue');
  await expect(new PanelPage(page).highlight).toContainText(QUOTE);

  const documents = await callApi(page, 'documents.list', {});
  const doc = documents.find((d) => d.title === title);
  if (!doc) throw new Error(`no document titled ${title}`);
  const detail = await callApi(page, 'documents.get', { id: doc.id });
  const highlight = detail.highlights.find((h) => h.quote === QUOTE);
  if (!highlight) throw new Error('the highlight made in the reader is not in the library');
  const brief = await callApi(page, 'export.brief', { format: 'md' });
  const links = deepLinks(brief.markdown);
  expect(links, 'the brief cites the one passage with its link').toEqual([
    `dossier://open?doc=${doc.id}&highlight=${highlight.id}`,
  ]);
  return { link: links[0] ?? '', title };
}

/** The dossier:// link targets in Markdown, as a CommonMark parser reads them (escapes undone). */
function deepLinks(markdown: string): string[] {
  const found: string[] = [];
  const walker = new commonmark.Parser().parse(markdown).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const destination = step.node.destination ?? '';
    if (step.entering && step.node.type === 'link' && destination.startsWith('dossier:')) found.push(destination);
  }
  return found;
}

/** Leaves the passage: another document in the reader, then the timeline view. */
async function goElsewhere(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library
    .document(/^(?!In October 2023)/)
    .first()
    .click();
  await expect(new ReaderPage(page).title).not.toHaveText(ARTICLE);
  // The palette's command, as TimelineViewPage.open does; a library without events has no axis to wait for.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('timeline view');
  await palette.getByRole('option', { name: /Show timeline view/ }).click();
  await expect(new TimelineViewPage(page).root).toBeVisible();
}

const webAddress = (page: Page, link: string) => `${new URL(page.url()).origin}/open${link.slice(link.indexOf('?'))}`;

async function expectAtPassage(page: Page, title: string): Promise<void> {
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText(title);
  await reader.expectFlashed(QUOTE);
  await expect(new PanelPage(page).highlight).toContainText(QUOTE);
}

test.describe('browser mode', () => {
  test.skip(({ app }) => app.kind !== 'browser', 'the page address carries links only in browser mode');

  test('a passage link opens the reader at the passage, flashed and selected, and leaves the address', async ({
    app,
  }) => {
    const { page } = app;
    const { link, title } = await highlightAndLink(page);
    await goElsewhere(page);

    await page.goto(webAddress(page, link));
    await expectAtPassage(page, title);
    await expect(page).toHaveURL(`${new URL(page.url()).origin}/`);
    await new AppPage(page).screenshot('deep-link-passage');

    // A reload is a plain start: no passage flashed or selected again.
    await page.reload();
    await expect(page).toHaveURL(`${new URL(page.url()).origin}/`);
    await expect(new ReaderPage(page).title).toBeVisible();
    await expect(new PanelPage(page).highlight).toBeHidden();
    await expect(new ReaderPage(page).text.locator('.flash')).toHaveCount(0);
  });

  test('the address npm run web prints for links opens one in a new tab, and the token leaves the address too', async ({
    app,
  }) => {
    const { page } = app;
    const { link, title } = await highlightAndLink(page);
    const token = await page.evaluate(() => sessionStorage.getItem('dossier.token'));
    const origin = new URL(page.url()).origin;

    const tab = await page.context().newPage();
    await tab.goto(`${origin}/open?token=${token}&${link.slice(link.indexOf('?') + 1)}`);
    await expectAtPassage(tab, title);
    await expect(tab).toHaveURL(`${origin}/`);
    await tab.close();
  });

  test('a link to a deleted passage says it is no longer in the library and what to do', async ({ app }) => {
    const { page } = app;
    const { link, title } = await highlightAndLink(page);
    await new PanelPage(page).highlight.getByRole('button', { name: 'Delete highlight' }).click();
    await expect(new ReaderPage(page).text.locator('mark[data-highlight-ids]')).toHaveCount(0);
    await goElsewhere(page);

    await page.goto(webAddress(page, link));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('That passage is no longer in the library.');
    await expect(alert).toContainText('Export the brief again');
    await expect(page).toHaveURL(`${new URL(page.url()).origin}/`);
    await expect(new ReaderPage(page).title).not.toHaveText(title);
    await new AppPage(page).screenshot('deep-link-gone');
  });

  test('a link to a passage that needs review opens it selected and says it needs review', async ({ app }) => {
    const { page } = app;
    const reader = new ReaderPage(page);
    const v1 = 'Port report\n\nOfficials said the curfew would end next week across the capital.\n';
    const v2 = 'Port report\n\nOfficials gave no further details.\n';
    await new ImportPage(page).chooseFiles([{ name: 'port.txt', mimeType: 'text/plain', text: v1 }]);
    await expect(reader.title).toHaveText('Port report');
    await reader.highlight('curfew would end next week', 'green');
    const doc = (await callApi(page, 'documents.list', {})).find((d) => d.title === 'Port report');
    const highlight = doc && (await callApi(page, 'documents.get', { id: doc.id })).highlights[0];
    if (!doc || !highlight) throw new Error('the imported document and its highlight are missing');

    await new LibraryPage(page).replaceWithNewVersion({ name: 'port-v2.txt', text: v2 });
    await new AppPage(page).expectMessage('1 needs review');
    await goElsewhere(page);

    await page.goto(webAddress(page, `dossier://open?doc=${doc.id}&highlight=${highlight.id}`));
    await expect(reader.title).toHaveText('Port report');
    await expect(page.getByRole('status')).toContainText('This passage needs review: “Port report” changed');
    const panel = new PanelPage(page).highlight;
    await expect(panel).toContainText('curfew would end next week');
    await expect(panel.getByRole('button', { name: 'Place on selected text' })).toBeVisible();
    await expect(page).toHaveURL(`${new URL(page.url()).origin}/`);
  });

  test('an address that is not a Dossier link is refused with a reason and never followed', async ({ app }) => {
    const { page } = app;
    const origin = new URL(page.url()).origin;
    await page.goto(`${origin}/open?doc=x&next=https://example.org`);
    await expect(page.getByRole('alert')).toContainText('does not hold a Dossier link: it has an unknown part “next”');
    await expect(page).toHaveURL(`${origin}/`);
  });
});

test.describe('desktop', () => {
  test.skip(({ app }) => app.kind !== 'electron', 'second-instance is the desktop app’s');

  test('a link in a second instance’s arguments opens the passage; anything else is ignored', async ({ app }) => {
    const { page } = app;
    const electronApp = app.electronApp;
    if (!electronApp) throw new Error('the electron project runs the desktop app');
    const { link, title } = await highlightAndLink(page);
    await goElsewhere(page);

    const secondInstance = (argv: string[]) =>
      electronApp.evaluate(({ app: shell }, args) => void shell.emit('second-instance', {}, args, '/'), argv);
    await secondInstance(['dossier', '--flag', 'https://example.org/open?doc=x']);
    await expect(new ReaderPage(page).title).not.toHaveText(title);
    await secondInstance(['dossier', '--flag', link]);
    await expectAtPassage(page, title);
  });
});
