/**
 * The timeline as a main view: events drawn on a time axis (a faded bar for an approximate month,
 * a point for a day, an arrow for an open end), zoomed and panned from the keyboard, selected with
 * the arrows, opened in the reader with Enter, split into lanes, crowded labels counted as "+N",
 * and exported as SVG and PNG. Events are set up through the API; the typing of dates has its own spec.
 */
import type { Page } from '@playwright/test';
import { callApi } from './api';
import { test, expect } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { TimelineViewPage } from './pages/timeline-view-page';

const QUOTE = 'The MSS mission will be led by Kenya';

/** A tagged highlight in a sample article, and five events around it (one linked to it). */
async function seed(page: Page) {
  const documents = await callApi(page, 'documents.list', {});
  const found = documents.find((doc) => doc.title.startsWith('In October 2023'));
  if (!found) throw new Error('the sample article "In October 2023…" is missing');
  const doc = await callApi(page, 'documents.get', { id: found.id });
  const start = doc.text.indexOf(QUOTE);
  const highlight = await callApi(page, 'highlights.create', {
    documentId: doc.id,
    start,
    end: start + QUOTE.length,
    color: 'green',
  });
  await callApi(page, 'highlights.setTags', { id: highlight.id, tags: ['security'] });
  const events: [string, string][] = [
    ['../2024-01', 'Gangs take over the ports'],
    ['2024-03-12', 'Prime minister resigns'],
    ['2024-05/2024-06', 'Transition council sworn in'],
    ['2024-06-25', 'First Kenyan police land'],
  ];
  for (const [date, title] of events) await callApi(page, 'events.create', { date, title });
  await callApi(page, 'events.create', {
    date: 'about March 2024',
    title: 'Kenya agrees to lead',
    description: 'Nairobi confirms it will lead the mission.',
    highlightIds: [highlight.id],
  });
  return doc;
}

test('the axis draws uncertain dates, zooms and pans from the keyboard, selects, opens and exports', async ({
  app,
}) => {
  const { page } = app;
  const doc = await seed(page);
  const view = new TimelineViewPage(page);
  await view.open();

  const about = view.mark('Kenya agrees to lead', 'about March 2024');
  await expect(about).toHaveAttribute('data-fuzzy', 'both');
  await expect(about).toHaveAttribute('data-shape', 'bar');
  await expect(about.locator('rect[fill="url(#tl-fade-in)"]')).toHaveCount(1);
  await expect(about.locator('rect[fill="url(#tl-fade-out)"]')).toHaveCount(1);
  await expect(view.mark('Prime minister resigns', '12 March 2024')).toHaveAttribute('data-shape', 'point');
  await expect(view.mark('Gangs take over the ports', 'before January 2024')).toHaveAttribute('data-open', 'start');
  await expect(view.mark('Transition council sworn in', 'May – June 2024')).not.toHaveAttribute('data-fuzzy');

  // Zoom in from months to days with +, pan with the arrows, fit all with 0.
  await view.axis.focus();
  expect(await view.tickUnit()).toBe('month');
  expect(await view.visibleTickLabels()).toContain('Apr');
  for (let press = 0; press < 6; press++) await page.keyboard.press('+');
  await expect.poll(() => view.tickUnit()).toBe('day');
  const days = await view.visibleTickLabels();
  expect(days.length).toBeGreaterThan(2);
  for (const label of days) expect(label).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => view.visibleTickLabels()).not.toEqual(days);
  await page.keyboard.press('-');
  await page.keyboard.press('0');
  await expect.poll(() => view.tickUnit()).toBe('month');

  // Home selects the first event in date order; → moves on; the card shows the selected event.
  await page.keyboard.press('Home');
  await expect(view.details.getByRole('heading', { name: 'Gangs take over the ports' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(view.details.getByRole('heading', { name: 'Kenya agrees to lead' })).toBeVisible();
  await expect(view.details).toContainText('about March 2024');
  await expect(view.details).toContainText('Nairobi confirms it will lead the mission.');
  await expect(view.details.getByRole('button', { name: new RegExp(QUOTE) })).toBeVisible();
  await expect(about).toHaveAttribute('aria-current', 'true');
  await expect(about).toBeFocused();
  await page.screenshot({ path: 'docs/timeline-axis.png' });
  await page.keyboard.press('ArrowRight');
  await expect(view.details.getByRole('heading', { name: 'Prime minister resigns' })).toBeVisible();
  await expect(view.details).toContainText('No linked passages');
  await page.keyboard.press('ArrowLeft');
  await expect(about).toHaveAttribute('aria-current', 'true');

  // Enter opens the selected event's passage in the reader, at the quote.
  await page.keyboard.press('Enter');
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText(doc.title);
  await expect(reader.text.getByText(QUOTE)).toBeInViewport();

  // Back in the view from the timeline panel, the selection is kept; a click selects, Escape clears,
  // lanes split by tag.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByRole('button', { name: 'Open timeline view' }).click();
  await expect(view.details.getByRole('heading', { name: 'Kenya agrees to lead' })).toBeVisible();
  await view.mark('First Kenyan police land', '25 June 2024').click();
  await expect(view.details.getByRole('heading', { name: 'First Kenyan police land' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view.details).toBeHidden();
  await view.root.getByLabel('Lanes').selectOption({ label: 'By tag' });
  await expect(view.axis.locator('[data-lane="security"]').getByRole('button')).toHaveAccessibleName(
    'Kenya agrees to lead, about March 2024',
  );
  await expect(view.axis.locator('[data-lane="Untagged"]').getByRole('button')).toHaveCount(4);
  await page.screenshot({ path: 'docs/timeline-lanes.png' });
  await view.root.getByLabel('Lanes').selectOption({ label: 'None' });

  // Export: an SVG holding the marks' titles and nothing that needs the app or the network.
  const svg = await view.export('SVG');
  expect(svg.fileName).toMatch(/^timeline-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<\?xml[^>]*>\s*<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const title of ['Kenya agrees to lead', 'Prime minister resigns', 'First Kenyan police land']) {
    expect(text).toContain(`>${title}</text>`);
  }
  expect(text).toContain('url(#tl-fade-in)');
  expect(text).toMatch(/font-family="system-ui/);
  expect(text).not.toMatch(/tabindex|class=|<link|@import|href="http/);
  // Cut below the last lane, not as tall as the view.
  const viewHeight = await view.axis.evaluate((element) => (element as SVGSVGElement).height.baseVal.value);
  expect(Number(/<svg[^>]* height="(\d+(?:\.\d+)?)"/.exec(text)?.[1])).toBeLessThan(viewHeight / 2);

  const png = await view.export('PNG');
  expect(png.fileName).toMatch(/^timeline-.*\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const svgWidth = await view.axis.evaluate((element) => (element as SVGSVGElement).width.baseVal.value);
  expect(png.bytes.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));

  // Escape with nothing selected goes back to the reader.
  await view.axis.focus();
  await page.keyboard.press('Escape');
  await expect(view.root).toBeHidden();
  await expect(reader.title).toHaveText(doc.title);
});

test('crowded labels collapse into a "+N" count that zooms in on them', async ({ app }) => {
  const { page } = app;
  // Ten events a day for four days: more rows than the view has at the whole year's zoom.
  for (let i = 0; i < 40; i++) {
    await callApi(page, 'events.create', { date: `2024-04-0${1 + (i % 4)}`, title: `Briefing ${i + 1}` });
  }
  await callApi(page, 'events.create', { date: '2024-01', title: 'January' });
  await callApi(page, 'events.create', { date: '2024-09', title: 'September' });
  const view = new TimelineViewPage(page);
  await view.open();
  const briefings = view.axis.getByRole('button', { name: /^Briefing \d+,/ });
  await expect(view.counts).toHaveCount(1);
  const counted = Number((await view.counts.textContent())?.replace('+', ''));
  expect(counted).toBeGreaterThan(0);
  await expect(briefings).toHaveCount(40 - counted);
  const drawn = new Set(await briefings.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label'))));

  await view.counts.click();
  await expect(view.counts).toHaveCount(0);
  expect(await view.tickUnit()).toBe('day');
  const now = await briefings.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label')));
  const revealed = now.filter((name) => !drawn.has(name));
  expect(revealed).toHaveLength(counted);
});

test('the view says what to do when there are no events', async ({ app }) => {
  const view = new TimelineViewPage(app.page);
  await app.page.keyboard.press('Control+k');
  await app.page.getByRole('combobox', { name: 'Command' }).fill('timeline view');
  await app.page.getByRole('option', { name: /Show timeline view/ }).click();
  await expect(view.root.getByText('No events yet')).toBeVisible();
  await expect(view.root.getByText(/Add to timeline…/)).toBeVisible();
  await expect(view.root.getByRole('button', { name: 'Export SVG' })).toBeDisabled();
});
