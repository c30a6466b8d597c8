/**
 * The analyst's whole journey, through the UI as a person would do it: library, import, search,
 * highlight, tag, timeline, export, undo — with a restart in the middle to prove it all persists.
 */
import { test, expect } from './fixtures';
import { liveMarkup, renderedText } from './inert-markdown';
import { AppPage } from './pages/app-page';
import { ExportPage } from './pages/export-page';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';

const RESOLUTION_DOC = /^In October 2023, the United Nations Security Council adopted Resolution 2699/;
const NOTE = 'Key mandate. *not bold* <script>alert(1)</script> [link](x)';

test('an analyst builds a brief from the sample library', async ({ app }) => {
  test.setTimeout(180_000);
  let page = app.page;
  const pages = () => ({
    shell: new AppPage(page),
    library: new LibraryPage(page),
    importer: new ImportPage(page),
    search: new SearchPage(page),
    reader: new ReaderPage(page),
    panel: new PanelPage(page),
  });
  let { shell, library, importer, search, reader, panel } = pages();

  await test.step('the five sample documents are listed; details can be corrected', async () => {
    await expect(library.items).toHaveCount(5);
    await expect(library.document(RESOLUTION_DOC)).toContainText('date unknown');
    await expect(page.getByText('Haiti: the MSS mission')).toBeVisible();
    await library.open(RESOLUTION_DOC);
    await library.editDetails({ source: 'UN News', publishedDate: '2023-13' });
    await expect(page.getByRole('form', { name: 'Document details' }).getByRole('alert')).toContainText(
      'YYYY, YYYY-MM or YYYY-MM-DD',
    );
    await page.getByLabel('Published date').fill('2023-10');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(library.document(RESOLUTION_DOC)).toContainText('UN News · 2023-10');
    await expect(page.getByRole('main', { name: 'Reader' })).toContainText('Published 2023-10');
    await shell.screenshot('01-library');
  });

  await test.step('import by file chooser and by drag and drop; duplicates and PDFs are reported', async () => {
    const notes = {
      name: 'field-notes.txt',
      mimeType: 'text/plain',
      text: 'Field notes\n\nPort-au-Prince was calm on Tuesday.\n',
    };
    const memo = {
      name: 'memo.md',
      mimeType: 'text/markdown',
      text: '# Briefing memo\n\nThe **mission** needs funding.\n\n- first point\n- second point\n',
    };
    await importer.chooseFiles([notes, memo]);
    await shell.expectMessage('Imported 2 documents');
    await expect(library.items).toHaveCount(7);
    await library.open(/Briefing memo/);
    await expect(reader.text.getByRole('heading', { name: 'Briefing memo' })).toBeVisible();
    await expect(reader.text.getByRole('listitem')).toHaveCount(2);

    await importer.dropFiles([
      { name: 'dropped.txt', mimeType: 'text/plain', text: 'Dropped report\n\nA dropped file.\n' },
    ]);
    await shell.expectMessage('Imported 1 document');
    await expect(library.items).toHaveCount(8);

    await importer.chooseFiles([notes]);
    await shell.expectMessage(/Already in the library: field-notes\.txt/);
    await importer.chooseFiles([{ name: 'book.epub', mimeType: 'application/epub+zip', text: 'PK' }]);
    await expect(shell.alert).toContainText('book.epub: Dossier cannot import this kind of file');
    await shell.screenshot('02-import');
    await expect(library.items).toHaveCount(8);
  });

  await test.step('search, move with the arrow keys, open the reader at the hit', async () => {
    await search.search('Guterres');
    await expect(search.options).toHaveCount(3);
    await expect(search.results.getByRole('group', { name: 'Documents (3)' })).toBeVisible();
    await expect(search.options.first().locator('mark').first()).toContainText('Guterres');
    await shell.screenshot('03-search');
    const second = (await search.options.nth(1).locator('.hit-title').textContent()) ?? '';
    await search.box.press('ArrowDown');
    await expect(search.options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await search.box.press('Enter');
    await expect(search.results).toBeHidden();
    await expect(reader.title).toHaveText(second);
    await expect(reader.searchHit).toContainText('Guterres');
    await expect(reader.searchHit).toBeInViewport();
    await search.box.press('Escape');
    await search.box.fill('');
    await search.box.press('Escape');
  });

  await test.step('highlight two overlapping phrases, write a note, and see them after a restart', async () => {
    await library.open(RESOLUTION_DOC);
    await reader.highlight('adopted Resolution 2699, authorizing the deployment', 'yellow');
    await expect(panel.highlight).toContainText('adopted Resolution 2699');
    await reader.highlight('the deployment of a Multinational Security Support (MSS) Mission', 'green');
    await expect(panel.highlight).toContainText('Multinational Security Support');
    await panel.writeNote(NOTE);
    await shell.expectMessage(/./);
    expect(await reader.highlightTexts()).toEqual([
      'adopted Resolution 2699, authorizing the deployment',
      'the deployment of a Multinational Security Support (MSS) Mission',
    ]);
    await shell.screenshot('04-highlights');

    page = await app.restart();
    ({ shell, library, importer, search, reader, panel } = pages());
    await library.open(RESOLUTION_DOC);
    await expect
      .poll(() => reader.highlightTexts())
      .toEqual([
        'adopted Resolution 2699, authorizing the deployment',
        'the deployment of a Multinational Security Support (MSS) Mission',
      ]);
    await reader.clickHighlight('Multinational Security Support');
    await expect(panel.highlight.getByLabel('Note')).toHaveValue(NOTE);
  });

  await test.step('tag a highlight, browse the tag, open a passage', async () => {
    await panel.addTag('mandate');
    await expect(panel.tagChips()).toHaveText(['mandate×']);
    await reader.clickHighlight('adopted Resolution');
    await panel.addTag('un-security-council');
    await reader.clickHighlight('Multinational Security Support');
    const input = panel.highlight.getByLabel('Add tag');
    await input.pressSequentially('un-s');
    await expect(page.locator('#tag-suggestions option[value="un-security-council"]')).toHaveCount(1);
    await input.fill('un-security-council');
    await input.press('Enter');
    await expect(panel.tagChips()).toHaveCount(2);

    await shell.openPanel('Tags');
    await expect(panel.tag('un-security-council')).toContainText('2');
    await expect(panel.tag('mandate')).toContainText('1');
    await panel.tag('mandate').click();
    await expect(panel.passages('mandate')).toHaveCount(1);
    await expect(panel.passages('mandate').first()).toContainText('Multinational Security Support');
    await shell.screenshot('05-tags');
    await library.open(/^Diplomats/);
    await panel.passages('mandate').first().click();
    await expect(reader.title).toContainText('In October 2023');
    await reader.expectFlashed('Multinational Security Support');
  });

  await test.step('build the timeline from highlights', async () => {
    await shell.openPanel('Highlights');
    await reader.clickHighlight('adopted Resolution');
    await panel.addToTimeline({ date: '2023-10', title: 'Resolution 2699 adopted', description: 'MSS authorised.' });
    await expect(page.getByRole('dialog')).toBeHidden();
    await reader.highlight('The MSS mission will be led by Kenya', 'blue');
    await panel.linkToEvent('October 2023 — Resolution 2699 adopted');
    await reader.highlight('In May 2024', 'pink');
    await panel.addToTimeline({ date: '2024-05-20', title: 'Airport reopens' });

    await shell.openPanel('Timeline');
    const events = panel.timeline.getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect(events).toHaveCount(2);
    await expect(events.nth(0)).toContainText('October 2023');
    await expect(events.nth(0)).toContainText('Resolution 2699 adopted');
    await expect(events.nth(0)).toContainText('MSS authorised.');
    await expect(events.nth(0)).toContainText('The MSS mission will be led by Kenya');
    await expect(events.nth(1)).toContainText('20 May 2024');
    await shell.screenshot('06-timeline');
    await library.open(/^Diplomats/);
    await events
      .nth(0)
      .getByRole('button', { name: /^The MSS mission will be led by Kenya/ })
      .click();
    await expect(reader.title).toContainText('In October 2023');
    await reader.expectFlashed('The MSS mission will be led by Kenya');
  });

  await test.step('export the brief as Markdown', async () => {
    const { markdown: brief } = await new ExportPage(page).exportBrief('Haiti MSS brief');
    await shell.expectMessage('Brief exported');
    expect(brief).toContain('# Haiti MSS brief');
    expect(brief).toContain('## Timeline');
    expect(brief).toContain('### October 2023: Resolution 2699 adopted');
    expect(brief).toContain('### mandate');
    expect(brief).toContain('> the deployment of a Multinational Security Support (MSS) Mission');
    // The note shows as typed, under its quote, with nothing live in it.
    expect(liveMarkup(brief)).toEqual([]);
    expect(renderedText(brief)).toContain(`Note: ${NOTE}`);
    // One footnote per passage: its document's title first, then a deep link back to the passage.
    expect(brief).toMatch(/^\[\^[\w-]+\]: \*In October 2023.*\(dossier:\/\/open\?doc=/m);
    expect(brief).toContain('UN News');
  });

  await test.step('delete a highlight and undo it', async () => {
    await shell.openPanel('Highlights');
    await reader.clickHighlight('In May 2024');
    await panel.highlight.getByRole('button', { name: 'Delete highlight' }).click();
    await expect.poll(() => reader.highlightTexts()).not.toContain('In May 2024');
    await shell.screenshot('07-deleted');
    await shell.status.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => reader.highlightTexts()).toContain('In May 2024');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => reader.highlightTexts()).not.toContain('In May 2024');
    await page.keyboard.press('Control+z');
    await expect.poll(() => reader.highlightTexts()).toContain('In May 2024');
    await shell.expectMessage(/Undone/);
  });

  await test.step('the reader with highlights and their panel (the README screenshot)', async () => {
    await reader.clickHighlight('Multinational Security Support');
    await expect(panel.highlight.getByLabel('Note')).toHaveValue(NOTE);
    await new AppPage(page).dismissMessages();
    await page.mouse.move(0, 0);
    await reader.text.locator('p').first().scrollIntoViewIfNeeded();
    await shell.screenshot('08-reader');
  });
});
