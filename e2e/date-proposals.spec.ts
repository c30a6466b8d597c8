/**
 * Dates proposed from the text, in the reader: marked in the text, listed under "Dates in this
 * document", turned into an event (the sentence highlighted, the form pre-filled, the highlight
 * linked), and resolved once the analyst confirms the published date the text suggests.
 */
import { callApi } from './api';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { DatesPage } from './pages/dates-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';

const RESOLUTION_2699 =
  'In October 2023, the United Nations Security Council adopted Resolution 2699, authorizing the deployment of a Multinational Security Support (MSS) Mission to Haiti for an initial period of 12 months.';

test('turn a date in the text into an event: the sentence highlighted, the form pre-filled, the highlight linked', async ({
  app,
}) => {
  const { page } = app;
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  const dates = new DatesPage(page);
  await library.open(/^In October 2023, the United Nations Security Council adopted/);
  await dates.open();

  const october = dates.item('October 2023');
  await expect(october).toContainText('as written');
  await expect(dates.item('May 2024')).toBeVisible();
  await expect(dates.mark('October 2023', 'resolved')).toHaveAttribute('title', 'October 2023 — as written');
  await shell.screenshot('date-proposals-list');

  await dates.addToTimeline('October 2023').click();
  const dialog = page.getByRole('dialog', { name: 'Add to timeline' });
  const date = dialog.getByLabel('Date');
  await expect(date).toHaveValue('2023-10');
  await expect(dialog.locator(`[id="${await date.getAttribute('aria-describedby')}"]`)).toHaveText(
    'Reads as: October 2023 (EDTF 2023-10)',
  );
  await expect(dialog.getByLabel('Title')).toHaveValue(
    'In October 2023, the United Nations Security Council adopted Resolution 2699…',
  );
  await expect(dialog.locator('.quote-card')).toHaveText(RESOLUTION_2699);
  await dialog.getByRole('button', { name: 'Create event' }).click();
  await expect(dialog).toBeHidden();

  await shell.openPanel('Timeline');
  const event = panel.timeline
    .getByRole('listitem')
    .filter({ hasText: 'In October 2023, the United Nations Security Council adopted Resolution 2699…' })
    .first();
  await expect(event.locator('.event-date')).toHaveText('October 2023');
  await expect(event.getByRole('button', { name: /^In October 2023, the United Nations/ })).toContainText(
    RESOLUTION_2699,
  );

  // The sentence is a highlight in the reader, the date still marked inside it.
  expect(await reader.highlightTexts()).toEqual([RESOLUTION_2699]);
  await expect(dates.mark('October 2023', 'resolved')).toHaveClass(/\bhl\b/);
  await dates.open();
  await shell.screenshot('date-proposals-event');
});

test('a document without a published date: dates that need a reference, until the suggested date is confirmed', async ({
  app,
}) => {
  const { page } = app;
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const dates = new DatesPage(page);
  await library.open(/^Medellín, Colombia – Human Rights Watch/);
  await dates.open();

  await expect(dates.missingReference).toContainText(
    'This document has no published date. 8 dates below need it to be resolved.',
  );
  await expect(dates.missingReference).toContainText(
    'The text suggests 2024 (latest date written in the text, “2024”)',
  );
  const february = dates.item('February 24');
  await expect(february).toContainText('needs a reference date');
  await expect(dates.addToTimeline('February 24')).toBeDisabled();
  await expect(dates.mark('February 24', 'needs-reference')).toHaveAttribute('title', /needs a reference date/);
  await expect(dates.item('July 7, 2021')).toContainText('7 July 2021');
  await shell.screenshot('date-proposals-suggestion');

  // Shown, not stored: the published date stays empty until the analyst confirms it.
  const id = (await callApi(page, 'documents.list', {})).find((doc) => doc.title.startsWith('Medellín'))?.id;
  if (!id) throw new Error('the sample corpus holds the Medellín article');
  expect((await callApi(page, 'documents.get', { id })).publishedDate).toBeNull();

  await dates.missingReference.getByRole('button', { name: 'Use as published date' }).click();
  await shell.expectMessage('Published date set to 2024');
  await expect(dates.panel).toContainText('Reference date: 2024 (the published date): relative dates');
  await expect(february).toContainText('24 February 2024');
  await expect(february).toContainText('resolved against reference date 2024');
  await expect(dates.addToTimeline('February 24')).toBeEnabled();
  await expect(dates.item('A day later')).toContainText('25 February 2024');
  await expect(dates.item('A day later')).toContainText('resolved against previous date 24 February 2024');
  // A published year cannot fix a weekday.
  await expect(dates.item('Sunday')).toContainText('needs a more precise reference date than 2024');
  await expect(dates.addToTimeline('Sunday')).toBeDisabled();
  await expect(dates.mark('February 24', 'resolved')).toHaveAttribute(
    'title',
    '24 February 2024 — resolved against reference date 2024',
  );
  expect((await callApi(page, 'documents.get', { id })).publishedDate).toBe('2024');
  await shell.screenshot('date-proposals-resolved');
});
