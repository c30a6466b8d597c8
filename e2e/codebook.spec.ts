/**
 * The codebook in the Tags view, driven as a person would: tags made with "New tag", nested by
 * drag and drop and with "Move to…", renamed in place, recoloured, merged (undone with Ctrl+Z in
 * one step), deleted after a confirmation that counts what goes; the code × document matrix opens
 * a cell's passages and a passage opens in the reader at its quote. Passages are highlighted
 * through the API (the highlighting is not what this spec is about); one is tagged in the panel.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { DocumentId, HighlightId } from '../electron/contract';
import { callApi } from './api';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { TagsViewPage } from './pages/tags-view-page';

const KENYA = 'The MSS mission will be led by Kenya';
const ORDER = 'restore security and public order';
const RENEWED = 'unanimously renewed a multinational security support mission';

/** Highlights the quote wherever it is in the sample library; returns its id and document. */
async function highlight(page: Page, quote: string) {
  for (const summary of await callApi(page, 'documents.list', {})) {
    const doc = await callApi(page, 'documents.get', { id: summary.id });
    const start = doc.text.indexOf(quote);
    if (start < 0) continue;
    const created = await callApi(page, 'highlights.create', {
      documentId: doc.id,
      start,
      end: start + quote.length,
      color: 'yellow',
    });
    return { id: created.id, doc };
  }
  throw new Error(`“${quote}” is not in the sample library`);
}

/** The tags a highlight carries, read back from its document. */
async function tagsOf(page: Page, passage: { id: HighlightId; doc: { id: DocumentId } }): Promise<string[]> {
  const doc = await callApi(page, 'documents.get', { id: passage.doc.id });
  return [...(doc.highlights.find((h) => h.id === passage.id)?.tags ?? [])].sort();
}

test('builds, edits, merges (undone in one step) and deletes a codebook; a matrix cell opens a passage at its quote', async ({
  app,
}) => {
  const { page } = app;
  const shell = new AppPage(page);
  const view = new TagsViewPage(page);
  const kenya = await highlight(page, KENYA);
  const order = await highlight(page, ORDER);
  const renewed = await highlight(page, RENEWED);

  // An empty codebook explains itself and offers a first tag.
  await view.open();
  await expect(view.root).toContainText('No tags yet');
  for (const name of ['security', 'police', 'gangs', 'aid']) await view.newTag(name);
  expect(await view.outline()).toEqual(['aid', 'gangs', 'police', 'security']);

  // Tag passages: one in the highlight panel, as a person would, the others through the API.
  await view.root.getByRole('button', { name: '← Reader' }).click();
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  await new LibraryPage(page).open(kenya.doc.title);
  await reader.clickHighlight(KENYA);
  await panel.addTag('security');
  await expect(panel.tagChips()).toHaveText([/^security/]);
  await callApi(page, 'highlights.setTags', { id: order.id, tags: ['police', 'gangs'] });
  await callApi(page, 'highlights.setTags', { id: renewed.id, tags: ['aid'] });

  // Back to the view from the panel's tags list; nest police by drag and drop, gangs with Move to….
  await shell.openPanel('Tags');
  await panel.root.getByRole('button', { name: 'Open tags view' }).click();
  await view.row('police').dragTo(view.row('security'));
  await expect.poll(() => view.outline()).toEqual(['aid', 'gangs', 'security', '  police']);
  await view.act('gangs', 'Move to…');
  const move = view.dialog('Move “gangs”');
  await move.getByLabel('Move to').selectOption({ label: 'security' });
  await move.getByRole('button', { name: 'Move' }).click();
  await expect.poll(() => view.outline()).toEqual(['aid', 'security', '  gangs', '  police']);
  await expect(view.row('security')).toHaveAttribute('aria-expanded', 'true');
  // The passage with both police and gangs counts once toward security.
  await expect(view.row('security')).toContainText('1 · 2 with sub-tags');
  await expect(view.row('police')).toContainText(/^\s*police\s*1\s*$/);

  // Keyboard: ← collapses, → expands, ↓ moves to the first sub-tag; F2 renames in place.
  await view.row('security').click();
  await page.keyboard.press('ArrowLeft');
  await expect(view.row('security')).toHaveAttribute('aria-expanded', 'false');
  await expect(view.row('gangs')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(view.row('gangs')).toBeFocused();
  await page.keyboard.press('F2');
  const rename = view.tree.getByLabel('New name for “gangs”');
  await rename.fill('armed groups');
  await rename.press('Enter');
  await expect(view.row('armed groups')).toBeFocused();
  await shell.expectMessage('Renamed “gangs” to “armed groups”');
  await view.details.getByRole('button', { name: 'Colour red' }).click();
  await expect(view.details.getByRole('button', { name: 'Colour red' })).toHaveAttribute('aria-pressed', 'true');
  await expect(view.row('armed groups').locator('.tag-swatch')).toHaveCSS('background-color', 'rgb(225, 87, 89)');
  // The parent gets a colour, a description and the pinned key 1.
  await view.row('security').click();
  await view.details.getByRole('button', { name: 'Colour blue' }).click();
  await view.details.getByLabel('Description').fill('Threats to people and order, and the forces that answer them');
  await page.keyboard.press('Tab');
  await shell.expectMessage('Described “security”');
  await view.details.getByLabel('Pinned key').selectOption('1');
  await expect(view.row('security').locator('.tag-pin')).toHaveText('1');
  const tagsNow = await callApi(page, 'tags.list', {});
  expect(tagsNow.find((t) => t.name === 'armed groups')).toMatchObject({ color: '#e15759' });
  expect(tagsNow.find((t) => t.name === 'security')).toMatchObject({
    color: '#4e79a7',
    description: 'Threats to people and order, and the forces that answer them',
    pin: 1,
  });
  expect(await tagsOf(page, order)).toEqual(['armed groups', 'police']);
  await shell.dismissMessages();
  await page.screenshot({ path: 'docs/tags-view.png' });

  // Merge police into armed groups: the passage that had both keeps one; Ctrl+Z undoes it whole.
  await view.act('police', 'Merge into…');
  const merge = view.dialog('Merge “police”');
  await merge.getByLabel('Merge into').selectOption({ label: '\u00a0\u00a0armed groups' });
  await expect(merge).toContainText(
    '1 passage moves from “police” to “armed groups” (1 already carries “armed groups” and keeps one). “police” leaves the codebook.',
  );
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect.poll(() => view.outline()).toEqual(['aid', 'security', '  armed groups']);
  expect(await tagsOf(page, order)).toEqual(['armed groups']);
  await expect(view.row('security')).toContainText('1 · 2 with sub-tags');
  await view.root.getByRole('heading', { name: /Tags/ }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => view.outline()).toEqual(['aid', 'security', '  armed groups', '  police']);
  await shell.expectMessage('Undone: Merge tag “police” into “armed groups”');
  expect(await tagsOf(page, order)).toEqual(['armed groups', 'police']);

  // Delete says what it removes; the Delete key asks too.
  await view.row('aid').click();
  await page.keyboard.press('Delete');
  const remove = view.dialog('Delete tag');
  await expect(remove).toContainText('Delete “aid”? It is on 1 passage.');
  await remove.getByRole('button', { name: 'Cancel' }).click();
  await view.act('security', 'Delete…');
  await expect(remove).toContainText('Delete “security”? It is on 1 passage; its 2 sub-tags move to the top level.');
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => view.outline()).toEqual(['aid', 'armed groups', 'police']);
  await shell.expectMessage('Deleted “security” (from 1 passage; 2 sub-tags moved up)');
  expect(await tagsOf(page, kenya)).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect.poll(() => view.outline()).toEqual(['aid', 'security', '  armed groups', '  police']);

  // The matrix: security in the Kenya article counts its own passage and its sub-tags'; the cell
  // lists both, and a passage opens in the reader at its quote.
  const cell = view.matrix.getByRole('button', {
    name: `“security” in “${kenya.doc.title}”: 1 passage, 2 with sub-tags`,
  });
  await expect(cell).toHaveText('1 · 2');
  await expect(view.matrix.getByRole('button', { name: `“aid” in “${renewed.doc.title}”: 1 passage` })).toHaveText('1');
  await cell.click();
  const list = view.passages(`“security” in “${kenya.doc.title}”`);
  await expect(list).toHaveText([new RegExp(KENYA), new RegExp(ORDER)]);
  await shell.dismissMessages();
  await list.last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/tags-matrix.png' });
  await list.filter({ hasText: ORDER }).click();
  await expect(reader.title).toHaveText(kenya.doc.title);
  await reader.expectFlashed(ORDER);
});

test('co-occurrence, "A and not B" and the grade threshold narrow the passages', async ({ app }) => {
  const { page } = app;
  const view = new TagsViewPage(page);
  const kenya = await highlight(page, KENYA);
  const order = await highlight(page, ORDER);
  await callApi(page, 'highlights.setTags', { id: kenya.id, tags: ['security'] });
  await callApi(page, 'highlights.setTags', { id: order.id, tags: ['security', 'police'] });
  // Only the Kenya passage is graded well enough: its source B, itself 2.
  await callApi(page, 'documents.update', { id: kenya.doc.id, reliability: 'B' });
  await callApi(page, 'highlights.update', { id: kenya.id, credibility: 2 });
  await view.open();

  await view.root.getByRole('tab', { name: 'Co-occurrence' }).click();
  await view.root.getByRole('button', { name: '1 passage with “police” and “security”' }).click();
  await expect(view.passages('Both “police” and “security”')).toHaveText([new RegExp(ORDER)]);

  await view.root.getByRole('tab', { name: 'A and not B' }).click();
  await view.root.getByLabel('Passages with', { exact: true }).selectOption({ label: 'security' });
  await view.root.getByLabel('and not', { exact: true }).selectOption({ label: 'police' });
  await view.root.getByRole('button', { name: 'Show passages' }).click();
  const difference = view.passages('“security” and not “police”');
  await expect(difference).toHaveText([new RegExp(KENYA)]);

  // A threshold of B2 hides the ungraded passage from lists and the matrix.
  await view.root.getByRole('tab', { name: 'Tags × documents' }).click();
  const cell = view.matrix.getByRole('button', { name: /^“security” in / });
  await expect(cell).toHaveText('2');
  await view.root.getByLabel('Source reliability at least').selectOption('B');
  await view.root.getByLabel('Information credibility at least').selectOption('2');
  await expect(cell).toHaveText('1');
  await expect(view.matrix.getByRole('button', { name: /^“police” in / })).toHaveCount(0);
  await cell.click();
  await expect(view.passages(`“security” in “${kenya.doc.title}”`)).toHaveText([new RegExp(KENYA)]);
});

test('exports the codebook as .csv and .qdc, and imports a CSV with a report of what changed', async ({ app }) => {
  const { page } = app;
  const view = new TagsViewPage(page);
  const security = await callApi(page, 'tags.create', { name: 'security', color: '#4e79a7' });
  await callApi(page, 'tags.create', { name: 'police', parentId: security.id });
  // Shift+Ctrl+B opens the view; Shift+Ctrl+L, the reader's key, goes back and the view opens again.
  await page.keyboard.press('Control+Shift+B');
  await expect(view.root).toBeVisible();
  await page.keyboard.press('Control+Shift+L');
  await expect(new ReaderPage(page).title).toBeVisible();
  await page.keyboard.press('Control+Shift+B');

  const csv = await download(page, view.root.getByRole('button', { name: 'Export .csv' }));
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.split(/\r?\n/).slice(0, 3)).toEqual([
    'name,parent,colour,description',
    'security,,#4e79a7,',
    'police,security,,',
  ]);
  const qdc = await download(page, view.root.getByRole('button', { name: 'Export .qdc' }));
  expect(qdc.name).toMatch(/\.qdc$/);
  expect(qdc.text).toContain('<CodeBook');
  expect(qdc.text).toContain('name="police"');

  const chooser = page.waitForEvent('filechooser');
  await view.root.getByRole('button', { name: 'Import codebook…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'colleague.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'name,parent,colour,description\r\nsecurity,,#e15759,Threats\r\ngangs,security,,\r\naid,,,\r\n',
    ),
  });
  const report = view.root.getByRole('region', { name: 'Codebook import' });
  await expect(report).toContainText(/Imported “colleague\.csv”: 2 tags added, 1 updated, \d+ unchanged/);
  await expect.poll(() => view.outline()).toEqual(['aid', 'security', '  gangs', '  police']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => view.outline()).toEqual(['security', '  police']);
});

/** Clicks a button that downloads a file; returns the file's name and text. */
async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent('download');
  await button.click();
  const file = await started;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
