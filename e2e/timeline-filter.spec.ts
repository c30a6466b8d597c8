/**
 * The timeline's filters: by tag, and by a typed date range, in the list panel and the axis view
 * alike, then cleared; and the reader's selected highlight listing the events it supports, each
 * opening the event in the timeline (even when the filters hid it). Data is set up through the API.
 */
import type { Page } from '@playwright/test';
import type { DocumentDetail, HighlightId } from '../electron/contract';
import { callApi } from './api';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { TimelineViewPage } from './pages/timeline-view-page';

const RENEWED = 'unanimously renewed a multinational security support mission';
const KENYA = 'The MSS mission will be led by Kenya';
const REPORT = 'published a report on February 24';

/** Three tagged highlights in three sample articles (two sources), and five events on them. */
async function seed(page: Page): Promise<{ kenyaDoc: DocumentDetail }> {
  const summaries = await callApi(page, 'documents.list', {});
  const details = await Promise.all(summaries.map((doc) => callApi(page, 'documents.get', { id: doc.id })));
  const highlight = async (quote: string, source: string, tags: string[]) => {
    const doc = details.find((d) => d.text.includes(quote));
    if (!doc) throw new Error(`no sample article holds “${quote}”`);
    await callApi(page, 'documents.update', { id: doc.id, source });
    const start = doc.text.indexOf(quote);
    const created = await callApi(page, 'highlights.create', {
      documentId: doc.id,
      start,
      end: start + quote.length,
      color: 'yellow',
    });
    await callApi(page, 'highlights.setTags', { id: created.id, tags });
    return { id: created.id, doc };
  };
  const renewed = await highlight(RENEWED, 'Reuters', ['funding']);
  const kenya = await highlight(KENYA, 'Security Council Report', ['security']);
  const report = await highlight(REPORT, 'Reuters', ['security', 'rights']);
  const events: [string, string, HighlightId[]][] = [
    ['30 September 2024', 'Mission renewed for a year', [renewed.id]],
    ['October 2023', 'Kenya to lead the mission', [kenya.id]],
    ['Q1 2024', 'Deployment planned', [kenya.id]],
    ['24 February 2025', 'Rights report calls for UN takeover', [report.id]],
    ['before February 2024', 'Gangs take over the ports', []],
  ];
  for (const [date, title, highlightIds] of events) {
    await callApi(page, 'events.create', { date, title, highlightIds });
  }
  return { kenyaDoc: kenya.doc };
}

test('filter the timeline by tag and by a typed date range, in the list and on the axis, then clear', async ({
  app,
}) => {
  const { page } = app;
  await seed(page);
  const shell = new AppPage(page);
  const panel = new PanelPage(page);
  await shell.openPanel('Timeline');
  const titles = panel.timeline.getByRole('heading', { level: 3 });
  await expect(titles).toHaveCount(5);
  const bar = panel.root.getByRole('region', { name: 'Timeline filters' });
  await expect(bar.getByRole('status')).toHaveText('5 of 5 events');
  await expect(bar.getByRole('button', { name: 'Clear filters' })).toBeDisabled();

  await test.step('by tag: only the events whose passages carry it', async () => {
    await bar.getByRole('button', { name: 'Filters', exact: true }).click();
    await bar.getByLabel('Tag', { exact: true }).selectOption('security');
    await expect(titles).toHaveText([
      'Kenya to lead the mission',
      'Deployment planned',
      'Rights report calls for UN takeover',
    ]);
    await expect(bar.getByRole('status')).toHaveText('3 of 5 events');
    await expect(bar.getByRole('button', { name: 'Filters (1)' })).toHaveAttribute('aria-expanded', 'true');
  });

  await test.step('the axis view shows the same filtered set', async () => {
    const view = new TimelineViewPage(page);
    await view.open();
    await expect(view.root.getByRole('region', { name: 'Timeline filters' }).getByRole('status')).toHaveText(
      '3 of 5 events',
    );
    await expect(view.root.getByLabel('Tag', { exact: true })).toHaveValue('security');
    await expect(view.mark('Deployment planned', 'Q1 2024')).toBeVisible();
    await expect(view.mark('Rights report calls for UN takeover', '24 February 2025')).toBeVisible();
    await expect(view.mark('Mission renewed for a year', '30 September 2024')).toHaveCount(0);
    await expect(view.mark('Gangs take over the ports', 'before February 2024')).toHaveCount(0);
    // A source chosen above the axis filters the list too: the Reuters passage tagged security.
    await view.root.getByLabel('Source', { exact: true }).selectOption('Reuters');
    await expect(titles).toHaveText(['Rights report calls for UN takeover']);
    await expect(bar.getByRole('status')).toHaveText('1 of 5 events');
  });

  await test.step('by typed dates: any event that may fall in the range, open ends included', async () => {
    await bar.getByRole('button', { name: 'Clear filters' }).click();
    await expect(titles).toHaveCount(5);
    await expect(bar.getByLabel('Tag', { exact: true })).toHaveValue('');
    await bar.getByLabel('From', { exact: true }).fill('2024');
    const to = bar.getByLabel('To', { exact: true });
    await to.fill('2024-13');
    await to.press('Enter');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toHaveAccessibleDescription(/there is no month 13/);
    await to.fill('March 2024');
    await to.press('Tab');
    await expect(to).not.toHaveAttribute('aria-invalid');
    // Q1 2024 and "before February 2024" (open start); how the core orders those two is not this spec's concern.
    await expect(titles).toHaveCount(2);
    await expect(panel.timeline).toContainText('Gangs take over the ports');
    await expect(panel.timeline).toContainText('Deployment planned');
    await expect(bar.getByRole('status')).toHaveText('2 of 5 events');
  });

  await test.step('Clear filters shows every event again', async () => {
    await bar.getByRole('button', { name: 'Clear filters' }).click();
    await expect(titles).toHaveCount(5);
    await expect(bar.getByLabel('From', { exact: true })).toHaveValue('');
    await expect(bar.getByLabel('To', { exact: true })).toHaveValue('');
    await expect(bar.getByRole('status')).toHaveText('5 of 5 events');
  });
});

test('a selected highlight lists the events it supports, and one opens in the timeline', async ({ app }) => {
  const { page } = app;
  const { kenyaDoc } = await seed(page);
  const panel = new PanelPage(page);
  const reader = new ReaderPage(page);
  await new LibraryPage(page).open(kenyaDoc.title);
  await reader.clickHighlight('led by Kenya');

  const supported = panel.highlight.getByRole('list', { name: 'Events this highlight supports' });
  await expect(supported.getByRole('button')).toHaveText([
    /October 2023\s*Kenya to lead the mission/,
    /Q1 2024\s*Deployment planned/,
  ]);

  // A filter that hides the event: the panel says so and offers the way back.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const bar = panel.root.getByRole('region', { name: 'Timeline filters' });
  await bar.getByRole('button', { name: 'Filters', exact: true }).click();
  await bar.getByLabel('Tag', { exact: true }).selectOption('funding');
  await expect(panel.timeline.getByRole('heading', { level: 3 })).toHaveText(['Mission renewed for a year']);
  await page.getByRole('tab', { name: 'Highlights' }).click();

  await supported.getByRole('button', { name: /Deployment planned/ }).click();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.root).toContainText('“Deployment planned” is hidden by the filters.');
  await panel.root.getByRole('button', { name: 'Show all events' }).click();
  const selected = panel.timeline.locator('[aria-current="true"]');
  await expect(selected.getByRole('heading')).toHaveText('Deployment planned');
  await expect(selected).toContainText('Q1 2024');
  await expect(selected).toBeInViewport();
});
