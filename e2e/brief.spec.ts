/**
 * Composing a brief in the Brief view: passages highlighted and tagged in the reader, a scope of
 * one tag, a summary and a judgment citing two passages (one picked from the list, one dragged
 * onto it), the live preview with a footnote per cited passage, the settings kept across a reload,
 * a Markdown export equal to what the preview was built from, and a deep link from the preview
 * back to the passage in the reader.
 */
import { readFileSync } from 'node:fs';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { BriefPage } from './pages/brief-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';

const RESOLUTION_DOC = /^In October 2023, the United Nations Security Council adopted Resolution 2699/;
const RENEWAL_DOC = /^The United Nations Security Council on Monday unanimously renewed/;
const LED = 'The MSS mission will be led by Kenya';
const AUTHORIZING = 'authorizing the deployment of a Multinational Security Support (MSS) Mission to Haiti';
const RENEWED = 'unanimously renewed a multinational security support mission (MSS) in Haiti';
const TITLE = 'Haiti: who leads the MSS mission';
const SUMMARY = 'Kenya leads a **UN-authorised** security mission in Haiti.';
const JUDGMENT = 'We assess that Kenya leads the MSS mission under Resolution 2699.';

test('compose a brief with a scope and a cited judgment, preview it, export it and follow a link back', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  const brief = new BriefPage(page);

  await test.step('highlight and tag three passages in the reader', async () => {
    await library.open(RESOLUTION_DOC);
    for (const phrase of [AUTHORIZING, LED]) {
      await reader.highlight(phrase, 'yellow');
      await expect(panel.highlight).toContainText(phrase.slice(0, 30));
      await panel.addTag('mandate');
      await expect(panel.tagChips()).toContainText(['mandate']);
    }
    await library.open(RENEWAL_DOC);
    await reader.highlight(RENEWED, 'green');
    await panel.addTag('renewal');
    await expect(panel.tagChips()).toContainText(['renewal']);
  });

  await test.step('the Brief view previews the whole project, then only the chosen tag', async () => {
    await brief.open();
    await expect(brief.preview).toContainText(RENEWED);
    await expect(brief.preview).toContainText(LED);
    await brief.tagScope('mandate');
    await expect(brief.preview).not.toContainText(RENEWED);
    await expect(brief.preview).toContainText(LED);
    await expect(brief.preview).toContainText(AUTHORIZING);
  });

  await test.step('write a summary and a judgment citing one passage by the picker and one by drag and drop', async () => {
    await brief.view.getByLabel('Title', { exact: true }).fill(TITLE);
    await expect(brief.preview.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await brief.summary.fill(SUMMARY);
    await expect(brief.preview.locator('strong', { hasText: 'UN-authorised' })).toBeVisible();
    await brief.view.getByRole('button', { name: '+ Add judgment' }).click();
    await brief.judgment(1).getByLabel('Judgment 1 text').fill(JUDGMENT);
    await brief.citeWithPicker(1, 'led by Kenya');
    await expect(brief.citations(1)).toHaveCount(1);
    await brief.passage(AUTHORIZING).dragTo(brief.judgment(1));
    await expect(brief.citations(1)).toHaveCount(2);
    await expect(brief.citations(1).nth(0)).toContainText('The MSS mission will be led');
    await expect(brief.citations(1).nth(1)).toContainText('authorizing the deployment');

    // The judgment in the preview carries two footnote references, each resolving to its passage.
    const said = brief.preview.locator('li, p').filter({ hasText: JUDGMENT }).last();
    await expect(said.locator('sup a')).toHaveCount(2);
    const targets = await said.locator('sup a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const [i, quote] of [LED, AUTHORIZING].entries()) {
      const note = brief.preview.locator(`li[id="${(targets[i] ?? '').slice(1)}"]`);
      await expect(note).toContainText(/In October 2023/);
      await expect(note.getByRole('link', { name: 'Open this passage in Dossier' })).toBeVisible();
      await expect(brief.preview.locator('blockquote', { hasText: quote })).toHaveCount(1);
    }
  });

  await test.step('the settings and the writing are kept across a reload', async () => {
    await expect.poll(async () => (await callApi(page, 'brief.get', {})).judgments[0]?.citations.length).toBe(2);
    await page.reload();
    await brief.open();
    await expect(brief.view.getByText('Scope: 1 tag', { exact: true })).toBeVisible();
    await brief.openScope();
    await expect(brief.view.getByRole('checkbox', { name: 'mandate', exact: true })).toBeChecked();
    await brief.view.getByText('Scope: 1 tag', { exact: true }).click();
    await expect(brief.summary).toHaveValue(SUMMARY);
    await expect(brief.judgment(1).getByLabel('Judgment 1 text')).toHaveValue(JUDGMENT);
    await expect(brief.citations(1)).toHaveCount(2);
    await expect(brief.preview).not.toContainText(RENEWED);
  });

  await test.step('a deleted judgment comes back with Undo', async () => {
    await brief.view.getByRole('button', { name: '+ Add judgment' }).click();
    await brief.judgment(2).getByLabel('Judgment 2 text').fill('A passing thought.');
    await expect(brief.preview).toContainText('A passing thought.');
    await brief.judgment(2).getByRole('button', { name: 'Delete judgment 2' }).click();
    await expect(brief.judgment(2)).toHaveCount(0);
    await expect(brief.preview).not.toContainText('A passing thought.');
    await shell.status.getByRole('button', { name: 'Undo' }).click();
    await expect(brief.judgment(2).getByLabel('Judgment 2 text')).toHaveValue('A passing thought.');
    await brief.judgment(2).getByRole('button', { name: 'Delete judgment 2' }).click();
    await expect(brief.judgment(2)).toHaveCount(0);
  });

  await test.step('Export Markdown writes what the preview shows', async () => {
    const shownNotes = await brief.footnotes.count();
    const { fileName, markdown } = await brief.exportMarkdown();
    await shell.expectMessage('Brief exported');
    expect(fileName).toMatch(/^haiti-who-leads-the-mss-mission-.*\.md$/);
    expect(markdown).toContain(`# ${TITLE}`);
    expect(markdown).toContain(JUDGMENT);
    expect(markdown).toContain(LED);
    expect(markdown).toContain(AUTHORIZING);
    expect(markdown).not.toContain(RENEWED);
    expect(markdown.match(/^\[\^[^\]]+\]:/gm)).toHaveLength(shownNotes);
    // The saved brief, exported afresh by the core, is the very same file.
    expect((await callApi(page, 'export.brief', { format: 'md' })).content).toBe(markdown);

    const word = await brief.export('Word');
    expect(word.fileName).toMatch(/\.docx$/);
    expect(readFileSync(word.path).subarray(0, 2).toString('latin1')).toBe('PK');
    const html = readFileSync((await brief.export('HTML')).path, 'utf8');
    expect(html).toContain(JUDGMENT);
    expect(html).not.toMatch(/<script/i);

    await brief.view.getByText('Data', { exact: true }).click();
    const download = page.waitForEvent('download');
    await brief.view.getByRole('button', { name: 'Passages (CSV)' }).click();
    const csvPath = test.info().outputPath('passages.csv');
    await (await download).saveAs(csvPath);
    await shell.expectMessage('Passages exported');
    // The menu closes once a choice is made, as menus do.
    await expect(brief.view.getByRole('button', { name: 'Passages (CSV)' })).toBeHidden();
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv).toContain(LED);
    expect(csv).toContain(RENEWED);
    expect(csv).toContain('dossier://open?doc=');
  });

  await test.step('the composed brief (the README screenshot)', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await new AppPage(page).dismissMessages();
    await brief.view.getByRole('heading', { name: 'Brief', exact: true, level: 3 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/brief.png' });
  });

  await test.step('a passage link in the preview opens the reader at that passage', async () => {
    const said = brief.preview.locator('li, p').filter({ hasText: JUDGMENT }).last();
    const first = (await said.locator('sup a').first().getAttribute('href')) ?? '';
    await brief.preview
      .locator(`li[id="${first.slice(1)}"]`)
      .getByRole('link', { name: 'Open this passage in Dossier' })
      .click();
    await expect(brief.view).toBeHidden();
    await expect(reader.title).toHaveText(RESOLUTION_DOC);
    await reader.expectFlashed(LED);
    await expect(panel.highlight).toContainText(LED);
  });
});

test('Mod+E opens the Brief view, which says how to get passages when there are none; Esc goes back', async ({
  app,
}) => {
  const { page } = app;
  const brief = new BriefPage(page);
  await expect(new ReaderPage(page).title).toBeVisible();
  await page.keyboard.press('Control+e');
  await expect(brief.view).toBeVisible();
  await expect(brief.view.getByText('No passages yet')).toBeVisible();
  await expect(brief.preview.getByRole('heading', { level: 1 })).toBeVisible();
  await brief.view.getByRole('button', { name: 'Markdown' }).focus();
  await page.keyboard.press('Escape');
  await expect(brief.view).toBeHidden();
  await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
});
