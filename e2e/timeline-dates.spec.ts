/**
 * Uncertain dates through the event form, as an analyst types them: the form reads the date aloud
 * before saving, marks a date it cannot read as invalid with what would work, and the event lands
 * in the list (and on the axis) as "about March 2024".
 */
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { TimelineViewPage } from './pages/timeline-view-page';

test('type “about March 2024”, see how it reads, save it and find it in the timeline', async ({ app }) => {
  const { page } = app;
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  await library.open(/^In October 2023, the United Nations Security Council adopted/);
  await reader.highlight('The MSS mission will be led by Kenya', 'green');

  await panel.highlight.getByRole('button', { name: 'Add to timeline…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add to timeline' });
  const date = dialog.getByLabel('Date');
  const reading = dialog.locator(`[id="${await date.getAttribute('aria-describedby')}"]`);

  await date.fill('2024-13');
  await date.blur();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(reading).toHaveText(/2024-13: there is no month 13/);
  await dialog.getByLabel('Title').fill('Kenya to lead');
  await dialog.getByRole('button', { name: 'Create event' }).click();
  await expect(dialog).toBeVisible();
  await expect(date).toBeFocused();

  await date.fill('about March 2024');
  await expect(date).not.toHaveAttribute('aria-invalid');
  await expect(reading).toHaveText('Reads as: about March 2024 (EDTF 2024-03~)');
  await date.fill('March–May 2024');
  await expect(reading).toHaveText('Reads as: March – May 2024 (EDTF 2024-03/2024-05)');
  await date.fill('before 22 April 2024');
  await expect(reading).toHaveText('Reads as: before 22 April 2024 (EDTF ../2024-04-22)');
  await date.fill('about March 2024');
  await dialog.getByRole('button', { name: 'Create event' }).click();
  await expect(dialog).toBeHidden();

  await shell.openPanel('Timeline');
  const event = panel.timeline.getByRole('listitem').filter({ hasText: 'Kenya to lead' });
  await expect(event).toContainText('about March 2024');
  await expect(event).toContainText('The MSS mission will be led by Kenya');

  const view = new TimelineViewPage(page);
  await view.open();
  await expect(view.mark('Kenya to lead', 'about March 2024')).toHaveAttribute('data-fuzzy', 'both');
  await page.keyboard.press('Shift+Control+L');
  await expect(view.root).toBeHidden();

  await event.getByRole('button', { name: 'Edit Kenya to lead' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await expect(edit.getByLabel('Date')).toHaveValue('about March 2024');
  await edit.getByLabel('Date').fill('Q1 2024');
  await edit.getByRole('button', { name: 'Save event' }).click();
  await expect(event).toContainText('Q1 2024');
});
