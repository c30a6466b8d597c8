/**
 * Weighing evidence as an analyst does: a passage highlighted and tagged from the keyboard (T, and
 * a pinned tag's digit), its source graded B for every document of that source and the passage
 * graded 2 (the badge "B2" on its card and in the reader's margin), a corroborating passage linked
 * and listed both ways; then the timeline filtered by grade, in the list and on the axis alike.
 */
import type { Page } from '@playwright/test';
import type { DocumentDetail, DocumentId, HighlightId } from '../electron/contract';
import { callApi } from './api';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { GradingPage } from './pages/grading-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { TimelineViewPage } from './pages/timeline-view-page';

const RENEWED = 'unanimously renewed a multinational security support mission';
const KENYA = 'The MSS mission will be led by Kenya';
const REPORT = 'published a report on February 24';

async function sampleHolding(page: Page, quote: string): Promise<DocumentDetail> {
  for (const summary of await callApi(page, 'documents.list', {})) {
    const doc = await callApi(page, 'documents.get', { id: summary.id });
    if (doc.text.includes(quote)) return doc;
  }
  throw new Error(`no sample article holds “${quote}”`);
}

async function highlightOf(page: Page, documentId: DocumentId, quote: string) {
  const doc = await callApi(page, 'documents.get', { id: documentId });
  const found = doc.highlights.find((h) => h.quote === quote);
  if (!found) throw new Error(`no highlight on “${quote}”`);
  return found;
}

test('tag from the keyboard, grade a source and a passage, and link a corroborating passage', async ({ app }) => {
  // A long walk through the app: on a busy machine it outlasts the default minute.
  test.setTimeout(150_000);
  const { page } = app;
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const grading = new GradingPage(page);

  // Two articles from the same source; the second already holds a passage graded 3.
  const renewedDoc = await sampleHolding(page, RENEWED);
  const reportDoc = await sampleHolding(page, REPORT);
  expect(reportDoc.id).not.toBe(renewedDoc.id);
  await callApi(page, 'documents.update', { id: renewedDoc.id, source: 'Reuters' });
  await callApi(page, 'documents.update', { id: reportDoc.id, source: 'Reuters' });
  const reportStart = reportDoc.text.indexOf(REPORT);
  await callApi(page, 'highlights.create', {
    documentId: reportDoc.id,
    start: reportStart,
    end: reportStart + REPORT.length,
    color: 'blue',
    credibility: 3,
  });

  await library.open(renewedDoc.title);
  await reader.highlight(RENEWED, 'green');
  await expect(grading.highlight).toBeVisible();

  // T opens the picker; a name not in the codebook is created and applied with Enter.
  await grading.tagFromKeyboard('mandate');
  await expect(grading.tagChips()).toHaveText([/mandate/]);
  await shell.expectMessage('Tagged “mandate”');
  expect((await highlightOf(page, renewedDoc.id, RENEWED)).tags).toEqual(['mandate']);

  // A tag pinned at 1 (with a colour) goes on with the digit 1, and comes off with it again.
  const security = await callApi(page, 'tags.create', { name: 'security', color: '#d62728' });
  await callApi(page, 'tags.update', { id: security.id, pin: 1 });
  // The picker shows the pinned tag's digit; Escape closes it untouched.
  await page.keyboard.press('t');
  const picker = page.getByRole('dialog', { name: 'Tag highlight' });
  await expect(picker.getByRole('option', { name: /security/ }).locator('kbd')).toHaveText('1');
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(grading.tagChips()).toHaveCount(1);
  await page.keyboard.press('1');
  await expect(grading.tagChips()).toHaveText([/mandate/, /security/]);
  await shell.expectMessage('Tagged “security” (pinned 1)');
  expect((await highlightOf(page, renewedDoc.id, RENEWED)).tags.sort()).toEqual(['mandate', 'security']);
  // Typing a digit in a text field types it: the note keeps "1" and the tags stay.
  await grading.highlight.getByLabel('Note').fill('');
  await grading.highlight.getByLabel('Note').pressSequentially('1');
  await expect(grading.highlight.getByLabel('Note')).toHaveValue('1');
  await expect(grading.tagChips()).toHaveCount(2);
  await grading.highlight.getByLabel('Note').fill('');

  // The source: B for this document, then for every document from Reuters (one confirmation, the count named).
  await grading.gradeSource('B — Usually reliable');
  await grading.applyToSource('Reuters', 2);
  await shell.expectMessage('Reuters graded B: 1 document changed');
  const graded = await callApi(page, 'documents.list', {});
  expect(graded.filter((d) => d.source === 'Reuters').map((d) => d.reliability)).toEqual(['B', 'B']);

  // The passage: 2. The badge reads B2 in the panel and in the margin, with its wording for screen readers.
  await grading.gradePassage('2 — Probably true');
  await expect(grading.badge(grading.highlight, 'B2')).toHaveAttribute(
    'title',
    'B2 — source usually reliable; information probably true',
  );
  await expect(grading.marginBadges).toHaveText(['B2']);
  expect((await highlightOf(page, renewedDoc.id, RENEWED)).credibility).toBe(2);
  await shell.screenshot('grading-panel');

  // Graded 1 ("confirmed") asks what confirms it, until a corroborating passage is linked.
  await grading.gradePassage('1 — Confirmed by other sources');
  await expect(grading.highlight.getByText('Graded 1 — confirmed: name what confirms it.')).toBeVisible();
  await grading.linkPassage('published a report', REPORT, 'Corroborated by it');
  await expect(grading.linked('Corroborated by')).toHaveCount(1);
  await expect(grading.linked('Corroborated by')).toContainText(REPORT);
  await expect(grading.badge(grading.linked('Corroborated by'), 'B3')).toBeVisible();
  await expect(grading.highlight.getByText('Graded 1 — confirmed')).toBeHidden();
  const links = await callApi(page, 'highlights.links', {
    id: (await highlightOf(page, renewedDoc.id, RENEWED)).id,
  });
  expect(links.map((l) => [l.kind, l.direction, l.passage.highlight.quote])).toEqual([
    ['corroborates', 'outgoing', REPORT],
  ]);
  await shell.screenshot('grading-corroboration');

  // The other passage, opened from the link, lists this one under "Corroborates".
  await grading.linked('Corroborated by').click();
  await expect(reader.title).toHaveText(reportDoc.title);
  await expect(grading.highlight.locator('blockquote')).toContainText(REPORT);
  await expect(grading.linked('Corroborates')).toContainText(RENEWED);

  // Back on the first document's list: the card shows B1 and its tags, the pinned one in its colour.
  await library.open(renewedDoc.title);
  const card = grading.panel.getByRole('list', { name: 'Highlights in this document' }).getByRole('button');
  await expect(grading.badge(card, 'B1')).toBeVisible();
  await expect(card.locator('[data-tag-color="#d62728"]')).toHaveText('security');
  await shell.screenshot('grading-cards');
});

/** An event's marks on the axis (one per lane it sits in), whatever its date reads. */
const markOf = (view: TimelineViewPage, title: string) =>
  view.axis.getByRole('button', { name: new RegExp(`^${title}, `) });

/** Three graded passages (B2, D4, and B with no credibility) and five events on them. */
async function seedGradedTimeline(page: Page) {
  const made = new Map<string, HighlightId>();
  const passage = async (quote: string, source: string, reliability: 'B' | 'D', credibility?: 2 | 4) => {
    const doc = await sampleHolding(page, quote);
    await callApi(page, 'documents.update', { id: doc.id, source, reliability });
    const start = doc.text.indexOf(quote);
    const created = await callApi(page, 'highlights.create', {
      documentId: doc.id,
      start,
      end: start + quote.length,
      color: 'yellow',
      tags: [source === 'Reuters' ? 'funding' : 'security'],
      ...(credibility ? { credibility } : {}),
    });
    made.set(quote, created.id);
    return created.id;
  };
  const renewed = await passage(RENEWED, 'Reuters', 'B', 2);
  const kenya = await passage(KENYA, 'Security Council Report', 'D', 4);
  // The same Reuters source (graded B above) with the information not graded: "B?".
  const report = await passage(REPORT, 'Reuters', 'B');
  const events: [string, string, HighlightId[]][] = [
    ['30 September 2024', 'Mission renewed for a year', [renewed]],
    ['October 2023', 'Kenya to lead the mission', [kenya]],
    ['Q1 2024', 'Deployment planned', [kenya, renewed]],
    ['24 February 2025', 'Rights report calls for UN takeover', [report]],
    ['before February 2024', 'Gangs take over the ports', []],
  ];
  for (const [date, title, highlightIds] of events) await callApi(page, 'events.create', { date, title, highlightIds });
  const funding = (await callApi(page, 'tags.list', {})).find((t) => t.name === 'funding');
  if (funding) await callApi(page, 'tags.update', { id: funding.id, color: '#2ca02c' });
}

test('filter the timeline by grade: the list and the axis show only events with a passage that good', async ({
  app,
}) => {
  const { page } = app;
  await seedGradedTimeline(page);
  const shell = new AppPage(page);
  const panel = new PanelPage(page);
  const grading = new GradingPage(page);

  await shell.openPanel('Timeline');
  const titles = panel.timeline.getByRole('heading', { level: 3 });
  await expect(titles).toHaveCount(5);
  // An event shows the range of its passages' grades; one passage, one grade.
  const deployment = panel.timeline
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Deployment planned' }) });
  await expect(deployment.getByRole('img', { name: /^Grades B2 to D4/ })).toHaveText('B2–D4');
  const renewedItem = panel.timeline
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Mission renewed for a year' }) });
  await expect(grading.badge(renewedItem.locator('.event-date'), 'B2')).toBeVisible();

  const bar = panel.root.getByRole('region', { name: 'Timeline filters' });
  await bar.getByRole('button', { name: 'Filters', exact: true }).click();
  const grade = bar.getByRole('group', { name: 'Grade at least' });
  await expect(grade).toContainText('events with no graded passage are hidden');
  await grade.getByLabel('Source reliability').selectOption({ label: 'B — Usually reliable' });
  await expect(titles).toHaveText([
    'Deployment planned',
    'Mission renewed for a year',
    'Rights report calls for UN takeover',
  ]);
  await grade.getByLabel('Information credibility').selectOption({ label: '2 — Probably true' });
  await expect(titles).toHaveText(['Deployment planned', 'Mission renewed for a year']);
  await expect(bar.getByRole('status')).toHaveText('2 of 5 events');
  await shell.screenshot('grading-timeline-filter');

  // The axis shows the same two events; by tag, the funding lane wears the tag's colour.
  const view = new TimelineViewPage(page);
  await view.open();
  await expect(view.axis).toHaveAttribute('aria-label', 'Timeline axis: 2 events');
  await expect(markOf(view, 'Deployment planned')).toBeVisible();
  await expect(markOf(view, 'Mission renewed for a year')).toBeVisible();
  await expect(markOf(view, 'Kenya to lead the mission')).toHaveCount(0);
  await view.root.getByLabel('Lanes').selectOption('tag');
  await expect(view.axis.locator('[data-lane="funding"][data-lane-color="#2ca02c"]')).toHaveCount(1);
  await markOf(view, 'Deployment planned').first().click();
  await expect(view.details.getByRole('img', { name: /^Grades B2 to D4/ })).toBeVisible();
  await shell.screenshot('grading-timeline-axis');

  // Only the information grade: 4 or better keeps the D4 event, and still hides the ungraded ones.
  await view.root
    .getByRole('group', { name: 'Grade at least' })
    .getByLabel('Source reliability')
    .selectOption({ label: 'Any source' });
  await view.root
    .getByRole('group', { name: 'Grade at least' })
    .getByLabel('Information credibility')
    .selectOption({ label: '4 — Doubtful' });
  await expect(view.axis).toHaveAttribute('aria-label', 'Timeline axis: 3 events');
  await view.axis.focus();
  await page.keyboard.press('0');
  await expect(markOf(view, 'Kenya to lead the mission')).toBeVisible();
});
