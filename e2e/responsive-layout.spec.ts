/**
 * The workbench at three window sizes (a laptop half-screen, a laptop, a desktop): the reading
 * column keeps 45+ characters a line and the search box stays usable; in the narrow window the
 * library and the context panel are drawers opened by their buttons or Ctrl+B / Ctrl+J and closed
 * with Escape, and the secondary actions sit in a "More" menu; in the wide one the side panes are
 * resized by keyboard and by dragging, and keep their widths across a reload. Screenshots of the
 * three sizes go to docs/layout-<w>x<h>.png.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SAMPLE_DOC = /^In October 2023, the United Nations Security Council/;

const sizes = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

const libraryList = (page: Page): Locator => page.getByRole('navigation', { name: 'Library' });
const contextPanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Context panel' });
const toggle = (page: Page, name: 'Library' | 'Context panel'): Locator =>
  page.getByRole('banner').getByRole('button', { name, exact: true });
const separator = (page: Page, name: string): Locator => page.getByRole('separator', { name });
const documentText = (page: Page): Locator => page.getByRole('article', { name: 'Document text' });

/** Opens a sample document by clicking it in the library (through its drawer when the window is narrow). */
async function openSampleDocument(page: Page, narrow: boolean): Promise<void> {
  if (narrow) await toggle(page, 'Library').click();
  await libraryList(page).getByText(SAMPLE_DOC).first().click();
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toContainText(SAMPLE_DOC);
}

/**
 * The reading column's width, how many of the reader face's '0' fit across it, and how far the
 * text runs past the reader's visible width (0: no sideways scrolling).
 */
async function readingMeasure(page: Page): Promise<{ width: number; characters: number; overflow: number }> {
  return documentText(page).evaluate((text) => {
    const scroller = text.closest('.reader-scroll');
    if (!scroller) throw new Error('the document text is not in the reader');
    const style = getComputedStyle(text);
    const canvas = document.createElement('canvas').getContext('2d');
    if (!canvas) throw new Error('no 2D canvas to measure the font with');
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const width = text.getBoundingClientRect().width;
    return {
      width,
      characters: width / canvas.measureText('0').width,
      overflow: scroller.scrollWidth - scroller.clientWidth,
    };
  });
}

const widthOf = async (locator: Locator): Promise<number> => (await locator.boundingBox())?.width ?? 0;

for (const size of sizes) {
  test(`at ${size.width}×${size.height} the reader keeps 45+ characters a line and the search box is usable`, async ({
    app,
  }) => {
    const { page } = app;
    await page.setViewportSize(size);
    const narrow = size.width < 1200;
    await openSampleDocument(page, narrow);

    const measure = await readingMeasure(page);
    expect(measure.characters, `characters per line at ${size.width}px`).toBeGreaterThanOrEqual(45);
    // Not a line across a whole desktop screen either.
    expect(measure.characters).toBeLessThanOrEqual(80);
    expect(measure.overflow, 'the reader scrolls sideways').toBe(0);
    const search = page.getByRole('combobox', { name: 'Search' });
    expect(await widthOf(search), 'search box width').toBeGreaterThanOrEqual(160);
    await search.fill('Kenya');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    await search.fill('');
    await search.blur();

    if (narrow) {
      // The side panes are out of the way, the reader has the width, and the toggles say so.
      await expect(libraryList(page)).toBeHidden();
      await expect(contextPanel(page)).toBeHidden();
      await expect(toggle(page, 'Library')).toHaveAttribute('aria-expanded', 'false');
      expect(await widthOf(page.getByRole('main', { name: 'Reader' }))).toBe(size.width);
    } else {
      await expect(libraryList(page)).toBeVisible();
      await expect(contextPanel(page)).toBeVisible();
      await expect(toggle(page, 'Library')).toHaveCount(0);
    }
    // Every action is reachable, inline or behind "More", and nothing runs off the window.
    const bar = page.getByRole('banner');
    const inline = narrow
      ? ['Library', 'Import', 'Brief', 'More', 'Context panel']
      : ['Import', 'Import folder', 'Brief', 'Undo', 'Redo', 'Command palette'];
    for (const name of inline)
      await expect(bar.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    // One row (a wrapped bar would be about 90 px tall).
    expect((await bar.boundingBox())?.height).toBeLessThanOrEqual(56);
    await page.mouse.move(0, size.height - 1);
    await page.screenshot({ path: `docs/layout-${size.width}x${size.height}.png` });
  });
}

test('in a narrow window the drawers open by button and keyboard, Escape closes them, and "More" is a menu', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 800, height: 600 });
  await expect(toggle(page, 'Library')).toBeVisible();

  // By button: the drawer opens with focus inside it; Escape closes it and focus is back on the toggle.
  await toggle(page, 'Library').click();
  await expect(toggle(page, 'Library')).toHaveAttribute('aria-expanded', 'true');
  await expect(libraryList(page)).toBeVisible();
  // Focus is on the list itself, ready for the arrow keys.
  await expect(libraryList(page).getByRole('listbox')).toBeFocused();
  // Over the reader, not beside it: the reader keeps the whole width under the drawer.
  expect(await widthOf(page.getByRole('main', { name: 'Reader' }))).toBe(800);
  await page.keyboard.press('Escape');
  await expect(libraryList(page)).toBeHidden();
  await expect(toggle(page, 'Library')).toBeFocused();
  await expect(toggle(page, 'Library')).toHaveAttribute('aria-expanded', 'false');

  // By keyboard: Ctrl+B the library, Ctrl+J the context panel (one drawer at a time).
  await page.keyboard.press('Control+b');
  await expect(libraryList(page)).toBeVisible();
  await page.keyboard.press('Control+j');
  await expect(libraryList(page)).toBeHidden();
  await expect(contextPanel(page)).toBeVisible();
  await expect(toggle(page, 'Context panel')).toHaveAttribute('aria-expanded', 'true');
  await expect(contextPanel(page).getByRole('tab', { name: 'Highlights' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(contextPanel(page)).toBeHidden();
  await expect(toggle(page, 'Context panel')).toBeFocused();
  await page.keyboard.press('Control+j');
  await expect(contextPanel(page)).toBeVisible();
  await page.keyboard.press('Control+j');
  await expect(contextPanel(page)).toBeHidden();

  // Clicking beside an open drawer closes it; choosing a document closes the library drawer too.
  await toggle(page, 'Context panel').click();
  await page.mouse.click(200, 300);
  await expect(contextPanel(page)).toBeHidden();
  await openSampleDocument(page, true);
  await expect(libraryList(page)).toBeHidden();

  // The "More" menu: arrows move, Escape closes back to the button, Enter runs the item.
  const more = page.getByRole('banner').getByRole('button', { name: 'More' });
  await expect(more).toHaveAttribute('aria-haspopup', 'menu');
  await more.click();
  const menu = page.getByRole('menu', { name: 'More actions' });
  await expect(menu.getByRole('menuitem')).toHaveText([/^Import folder…/, /^Undo/, /^Redo/, /^Command palette/]);
  await expect(menu.getByRole('menuitem', { name: /^Import folder/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^Redo/ })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(menu.getByRole('menuitem', { name: /^Import folder/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: /^Command palette/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: /^Command palette/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // The Brief view has no context panel: no toggle for it, and Ctrl+J opens nothing.
  await page.getByRole('banner').getByRole('button', { name: 'Brief', exact: true }).click();
  await expect(toggle(page, 'Context panel')).toHaveCount(0);
  await page.keyboard.press('Control+j');
  await expect(contextPanel(page)).toHaveCount(0);
  await expect(toggle(page, 'Library')).toBeVisible();
});

test('in a wide window the side panes resize by keyboard and by dragging, and keep their widths after a reload', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1920, height: 1080 });
  const library = separator(page, 'Resize library');
  const context = separator(page, 'Resize context panel');
  await expect(library).toHaveAttribute('aria-valuenow', '280');
  await expect(context).toHaveAttribute('aria-valuenow', '360');

  // Keyboard: → widens the library by 16 px a step, Shift+→ by 64; Home is the narrowest it goes.
  await library.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(library).toHaveAttribute('aria-valuenow', '360');
  expect(Math.round(await widthOf(page.locator('#pane-library')))).toBe(360);
  await page.keyboard.press('Home');
  await expect(library).toHaveAttribute('aria-valuenow', '200');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(library).toHaveAttribute('aria-valuenow', '232');

  // Mouse: dragging the context panel's handle 120 px to the left widens the panel by as much.
  const handle = await context.boundingBox();
  if (!handle) throw new Error('the context panel has no resize handle on screen');
  const x = handle.x + handle.width / 2;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 60, y, { steps: 4 });
  await page.mouse.move(x - 120, y, { steps: 4 });
  await page.mouse.up();
  await expect(context).toHaveAttribute('aria-valuenow', '480');
  expect(Math.round(await widthOf(contextPanel(page)))).toBe(480);
  // Dragging far past the limit stops at it.
  await page.mouse.move(x - 120, y);
  await page.mouse.down();
  await page.mouse.move(x - 900, y, { steps: 5 });
  await page.mouse.up();
  await expect(context).toHaveAttribute('aria-valuenow', '560');
  await page.keyboard.press('Tab');
  await context.focus();
  await page.keyboard.press('ArrowRight');
  await expect(context).toHaveAttribute('aria-valuenow', '544');

  await page.reload();
  await expect(separator(page, 'Resize library')).toHaveAttribute('aria-valuenow', '232');
  await expect(separator(page, 'Resize context panel')).toHaveAttribute('aria-valuenow', '544');
  expect(Math.round(await widthOf(page.locator('#pane-library')))).toBe(232);
  expect(Math.round(await widthOf(contextPanel(page)))).toBe(544);
  await openSampleDocument(page, false);
  expect((await readingMeasure(page)).characters).toBeGreaterThanOrEqual(45);

  // A smaller window clamps the remembered widths so the reader keeps its measure: 1280 − 620 for
  // the reader leaves 660, of which the library takes its 232.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(separator(page, 'Resize context panel')).toHaveAttribute('aria-valuenow', '428');
  await expect(separator(page, 'Resize library')).toHaveAttribute('aria-valuenow', '232');
  const measure = await readingMeasure(page);
  expect(measure.characters).toBeGreaterThanOrEqual(45);
  expect(measure.overflow).toBe(0);
});
