/**
 * One file of each rich format — a saved web page, a PDF and a Word document — imported through
 * the Import button, then read, searched and highlighted like any other document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPaths } from '../electron/core/repo-paths';
import { buildDocx, para } from '../electron/core/testing/docx-fixtures';
import { buildPdf } from '../electron/core/testing/pdf-fixtures';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';

const fixtures = join(repoPaths.root, 'electron', 'core', 'importers', 'fixtures');

test('web pages, PDFs and Word files import, read, search and highlight', async ({ app }) => {
  const page = app.page;
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const search = new SearchPage(page);

  const pdf = await buildPdf(
    [
      {
        header: 'Harbour Authority',
        footer: '1',
        lines: [
          { text: 'Quarterly shipping review', size: 20, bold: true },
          { text: 'Container volumes fell by a third during the walkout,', gapBefore: 12 },
          { text: 'while bulk grain shipments were diverted to Fairhaven.' },
        ],
      },
      {
        header: 'Harbour Authority',
        footer: '2',
        lines: [{ text: 'Passenger ferries kept to their timetable throughout the dispute.' }],
      },
    ],
    { title: 'Quarterly shipping review', author: 'Harbour Authority' },
  );
  const docx = await buildDocx(
    [para('Mediation memo', 'Heading1'), para('The mediator proposed a staggered return to night shifts.')].join(''),
  );

  await new ImportPage(page).chooseFiles([
    { name: 'port-strike.html', mimeType: 'text/html', text: readFileSync(join(fixtures, 'news-article.html')) },
    { name: 'review.pdf', mimeType: 'application/pdf', text: pdf },
    {
      name: 'memo.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      text: docx,
    },
  ]);
  await shell.expectMessage('Imported 3 documents');
  await expect(library.items).toHaveCount(8);

  await test.step('the web page keeps its article and its stated metadata, without the page around it', async () => {
    await library.open('Port strike enters second week as talks stall');
    const header = page.getByRole('main', { name: 'Reader' }).locator('header');
    await expect(header).toContainText('The Harbour Gazette');
    await expect(header).toContainText('By Amara Okafor');
    await expect(header).toContainText('Published 2024-03-05');
    await expect(reader.text).toContainText('Dock workers at the city');
    await expect(page.getByRole('heading', { name: 'What the union wants' })).toBeVisible();
    await expect(reader.text).not.toContainText('We use cookies');
    await expect(reader.text).not.toContainText('Advertisement');
    await reader.highlight('forty vessels waiting at anchor', 'blue');
    await expect.poll(() => reader.highlightTexts()).toEqual(['forty vessels waiting at anchor']);
    await shell.screenshot('formats-html');
  });

  await test.step('the PDF reads as paragraphs, without its running header', async () => {
    await library.open('Quarterly shipping review');
    await expect(reader.text).toContainText(
      'Container volumes fell by a third during the walkout, while bulk grain shipments were diverted to Fairhaven.',
    );
    await expect(reader.text).not.toContainText('Harbour Authority');
    await reader.highlight('bulk grain shipments', 'yellow');
    await expect.poll(() => reader.highlightTexts()).toEqual(['bulk grain shipments']);
  });

  await test.step('the Word document keeps its heading and is searchable', async () => {
    await search.search('staggered');
    await expect(search.options).toHaveCount(1);
    await expect(search.options.first()).toContainText('Mediation memo');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(reader.searchHit).toHaveText('staggered');
    await reader.highlight('return to night shifts', 'green');
    await expect.poll(() => reader.highlightTexts()).toEqual(['return to night shifts']);
  });

  await test.step('all three are found by search', async () => {
    await page.keyboard.press('Escape');
    await search.box.fill('');
    await search.box.pressSequentially('Fairhaven', { delay: 20 });
    await expect(search.options).toHaveCount(1);
    await search.box.fill('');
    await search.box.pressSequentially('vessels', { delay: 20 });
    await expect(search.options.first()).toContainText('Port strike');
  });
});
