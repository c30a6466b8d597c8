/**
 * Well-known XSS payloads (xss-payloads.ts) through every way text enters Dossier — imported HTML,
 * Markdown, text, Word and PDF files (xss-files.ts: body, title, author, site, file name), the
 * details form, notes, tags, timeline events and the brief's title — then shown in every panel,
 * in search snippets, toasts and the palette. Not one may run: no dialog, no request beyond the
 * app's own, no element from a payload in the DOM (xss-guard.ts), and the exported brief holds no
 * live HTML or link. The page's CSP is bypassed, so what is tested is the renderer itself, not the
 * policy behind it; the first test proves the payloads and the guard are live by running them as
 * HTML on purpose.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { liveMarkup, renderedText } from './inert-markdown';
import { AppPage } from './pages/app-page';
import { ExportPage } from './pages/export-page';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage, type SearchGroupLabel } from './pages/search-page';
import { guardAgainstXss, type XssGuard } from './xss-guard';
import {
  DOCX_AUTHOR,
  HTML_AUTHOR,
  HTML_SITE,
  PDF_AUTHOR,
  PDF_PAYLOADS,
  PROBE_TITLES,
  TXT_NAME,
  probeFiles,
} from './xss-files';
import { MARKDOWN_PAYLOADS, OFF_HOST, PAYLOADS } from './xss-payloads';

test.use({ bypassCSP: true });
test.beforeEach(({ app }) => {
  test.skip(app.kind === 'electron', 'the brief downloads from the web host; the desktop app saves it natively');
});

const p = (n: number): string => PAYLOADS[n - 1] ?? '';
/** Types each query into the search box; the sections it names must show, their snippets as text. */
async function searchEach(page: Page, guard: XssGuard, queries: Record<string, SearchGroupLabel[]>): Promise<void> {
  const search = new SearchPage(page);
  for (const [query, groups] of Object.entries(queries)) {
    await search.box.focus();
    await search.box.fill(query);
    await expect(search.results.locator('mark', { hasText: new RegExp(query, 'i') }).first()).toBeVisible();
    for (const group of groups) await expect(search.group(group), `${group} for "${query}"`).toBeVisible();
    await expect(search.results).toContainText('<');
    await guard.expectClean(`search results for "${query}"`);
  }
  await search.box.press('Enter');
  await expect(search.results).toBeHidden();
  await guard.expectClean('the hit opened from search');
  await search.box.fill('');
  await search.box.press('Escape');
}

test('the guard sees payloads that run, and an element a payload would add', async ({ app }) => {
  const { page } = app;
  const guard = await guardAgainstXss(page);
  await guard.expectClean('the fresh app');
  await page.evaluate((html) => {
    document.createElement('div').innerHTML = html;
  }, PAYLOADS.join('\n'));
  await expect
    .poll(() => guard.incidents())
    .toEqual(
      expect.arrayContaining([
        'dialog (alert): xss-3',
        `request: http://${OFF_HOST}/4.png`,
        expect.stringMatching(/^window\.__xss = /),
      ]),
    );
  await page.evaluate(() => {
    const marker = document.createElement('span');
    marker.setAttribute('data-xss', '');
    document.body.append(marker);
  });
  await expect.poll(() => guard.incidents()).toContainEqual('attribute: span[data-xss=""]');
});

test('payloads in imported HTML, Markdown, text, Word and PDF files stay text in every panel and in the brief', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const guard = await guardAgainstXss(page);
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);

  await test.step('import one file of each format; the library lists their titles as text', async () => {
    await new ImportPage(page).chooseFiles(await probeFiles());
    await expect(library.items).toHaveCount(10, { timeout: 30_000 });
    await shell.expectMessage('Imported 5 documents');
    for (const title of Object.values(PROBE_TITLES)) await expect(library.list).toContainText(title);
    const refused = `book-${p(3)}.epub`;
    await new ImportPage(page).chooseFiles([{ name: refused, mimeType: 'application/epub+zip', text: 'PK' }]);
    await expect(shell.alert).toContainText(`${refused}: Dossier cannot import this kind of file`);
    await guard.expectClean('the library and the import toasts');
  });

  await test.step('each document reads its payloads as text, metadata included', async () => {
    const header = page.getByRole('main', { name: 'Reader' }).locator('header');
    const expectDocument = async (format: keyof typeof PROBE_TITLES, texts: readonly string[], meta: string[]) => {
      await library.document(new RegExp(`^${format.toUpperCase()} probe`)).click();
      await expect(reader.title).toHaveText(PROBE_TITLES[format]);
      for (const text of meta) await expect(header).toContainText(text);
      for (const [i, payload] of texts.entries())
        await expect(reader.text).toContainText(`Probe ${format} ${i + 1}: ${payload}`);
      await guard.expectClean(`the ${format} document`);
    };
    await expectDocument('html', PAYLOADS, [`By ${HTML_AUTHOR}`, HTML_SITE]);
    await expectDocument('md', PAYLOADS, []);
    await expect(reader.text).toContainText('click me');
    await expectDocument('docx', PAYLOADS, [`By ${DOCX_AUTHOR}`]);
    await expectDocument('pdf', PDF_PAYLOADS, [`By ${PDF_AUTHOR}`]);
    await expectDocument('txt', PAYLOADS, [TXT_NAME]);
    await shell.screenshot('xss-reader');
  });

  await test.step('search snippets quote the payloads as text', async () => {
    const documents: SearchGroupLabel[] = ['Documents'];
    await searchEach(page, guard, { onload: documents, javascript: documents, srcdoc: documents, onerror: documents });
    await expect(reader.searchHit.first()).toHaveText('onerror');
    await page.keyboard.press('Control+f');
    await reader.findInput.fill('<script>');
    await expect(reader.findMatches.first()).toHaveText('<script>');
    await guard.expectClean('the find bar and its matches');
    await reader.findInput.press('Escape');
  });

  await test.step('a highlighted payload, tagged, shows in the panels and the brief as text', async () => {
    await library.document(/^TXT probe/).click();
    await expect(reader.title).toHaveText(PROBE_TITLES.txt);
    await expect(reader.text).toContainText(`Probe txt 3: ${p(3)}`);
    await reader.highlight(`Probe txt 3: ${p(3)}`, 'pink');
    await expect(panel.highlight).toContainText(p(3));
    await panel.addTag('imported');
    await expect(panel.tagChips()).toHaveText(['imported×']);
    await guard.expectClean('the selected highlight');
    await shell.openPanel('Tags');
    await panel.tag('imported').click();
    await expect(panel.passages('imported').first()).toContainText(p(3));
    await guard.expectClean('the tags panel');

    const { markdown } = await new ExportPage(page).exportBrief('Imported probes');
    expect(liveMarkup(markdown)).toEqual([]);
    expect(renderedText(markdown)).toContain(`Probe txt 3: ${p(3)}`);
    await guard.expectClean('the app after the export');
  });
});

test('payloads typed into details, notes, tags, events and the brief title stay text', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const guard = await guardAgainstXss(page);
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  const title = `Details probe <svg onload=alert('xss-doc-title') data-xss>`;
  const note = [...PAYLOADS, ...MARKDOWN_PAYLOADS].join('\n');
  const tags = [p(3), `"><svg onload=window.__xss='tag' data-xss>`, `javascript:alert('xss-tag')`];
  const event = { date: '2023-10', title: `Event probe ${p(7)}`, description: PAYLOADS.slice(0, 12).join('\n') };

  await test.step('title, source and author through the details form', async () => {
    await library.open(/^In October 2023/);
    await library.editDetails({ title, source: p(26), author: p(22) });
    await expect(reader.title).toHaveText(title);
    const header = page.getByRole('main', { name: 'Reader' }).locator('header');
    await expect(header).toContainText(p(26));
    await expect(header).toContainText(`By ${p(22)}`);
    await expect(library.list).toContainText(title);
    await guard.expectClean('the reader header and the library');
  });

  await test.step('a note and tags through the highlight editor', async () => {
    await reader.highlight('adopted Resolution 2699, authorizing the deployment', 'yellow');
    await panel.writeNote(note);
    await expect(panel.highlight.getByLabel('Note')).toHaveValue(note);
    for (const [i, tag] of tags.entries()) {
      await panel.addTag(tag);
      await expect(panel.tagChips()).toHaveCount(i + 1);
    }
    await expect
      .poll(async () => (await panel.tagChips().allTextContents()).sort())
      .toEqual(tags.map((tag) => `${tag}×`).sort());
    await guard.expectClean('the highlight editor');
    await panel.highlight.getByRole('button', { name: '← All highlights' }).click();
    await expect(panel.root.getByRole('list', { name: 'Highlights in this document' })).toContainText(p(1));
    await guard.expectClean('the highlights panel');
  });

  await test.step('an event through the timeline dialog; undo and redo name it in their toasts', async () => {
    await reader.clickHighlight('adopted Resolution 2699');
    await panel.addToTimeline(event);
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('Control+z');
    await shell.expectMessage(`Undone: Add event “${event.title}”`);
    await guard.expectClean('the undo toast');
    await page.keyboard.press('Control+Shift+z');
    await shell.expectMessage(`Redone: Add event “${event.title}”`);
    await shell.openPanel('Timeline');
    await expect(panel.timeline).toContainText(event.title);
    await expect(panel.timeline).toContainText(p(12));
    await guard.expectClean('the timeline');
    await shell.screenshot('xss-timeline');
  });

  await test.step('the tags panel and its passages', async () => {
    await shell.openPanel('Tags');
    for (const tag of tags) await expect(panel.root.getByRole('list', { name: 'Tags' })).toContainText(tag);
    await panel.root.getByRole('list', { name: 'Tags' }).getByRole('button').first().click();
    await expect(panel.root.getByRole('region', { name: /^Passages tagged / })).toContainText('adopted Resolution');
    await guard.expectClean('the tags panel');
  });

  await test.step('search finds them all, with snippets as text', async () => {
    await searchEach(page, guard, {
      probe: ['Documents', 'Timeline events'],
      javascript: ['Highlights & notes', 'Tags'],
      srcdoc: ['Highlights & notes', 'Timeline events'],
      onerror: ['Highlights & notes', 'Tags', 'Timeline events'],
    });
  });

  await test.step('the command palette', async () => {
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Commands' })).toBeVisible();
    await guard.expectClean('the command palette');
    await page.keyboard.press('Escape');
  });

  await test.step('the brief, titled with a payload, has no live HTML or links', async () => {
    const briefTitle = `Brief ${p(1)} ${p(9)}`;
    const { fileName, markdown } = await new ExportPage(page).exportBrief(briefTitle);
    expect(fileName).toMatch(/^[a-z0-9-]+\.md$/);
    expect(liveMarkup(markdown)).toEqual([]);
    const shown = renderedText(markdown);
    expect(shown).toContain(`Brief ${p(1)} ${p(9)}`);
    expect(shown).toContain(`Event probe ${p(7)}`);
    expect(shown).toContain('[click me](javascript:window.__xss=41)');
    await guard.expectClean('the app after the export');
  });
});
