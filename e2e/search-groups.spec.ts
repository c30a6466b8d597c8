/**
 * The grouped result list against a known answer: the web host's `search.query` is answered here
 * with a SearchResponse built from real rows of the library (a highlight, its tag, timeline
 * events), so the sections, counts, marks, notice, status line, keyboard and the opening of each
 * kind of hit are checked whatever the index finds. search.spec.ts drives the real index.
 */
import type { Page } from '@playwright/test';
import type { DocumentDetail, SearchResponse } from '../electron/contract';
import { callApi } from './api';
import { test, expect } from './fixtures';
import { AppPage } from './pages/app-page';
import { LibraryPage } from './pages/library-page';
import { PanelPage } from './pages/panel-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';

const QUOTE = 'The MSS mission will be led by Kenya';
const NOTE = 'Kenya leads, funding <b>unclear</b>.';

const marksOf = (text: string, word: string): [number, number][] => {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  return at < 0 ? [] : [[at, at + word.length]];
};

function documentHit(doc: DocumentDetail, word: string) {
  const at = doc.text.indexOf(word);
  const start = Math.max(0, at - 60);
  const text = doc.text.slice(start, at + word.length + 60);
  return {
    documentId: doc.id,
    title: doc.title,
    score: 1,
    snippet: { start, end: start + text.length, text, marks: marksOf(text, word) },
    firstMatch: [at, at + word.length] as [number, number],
  };
}

/** A highlight with a note and a tag, and a dozen events (so the timeline scrolls), made through the API. */
async function seed(page: Page) {
  const documents = await callApi(page, 'documents.list', {});
  const byTitle = (start: string) => {
    const found = documents.find((doc) => doc.title.startsWith(start));
    if (!found) throw new Error(`no sample document starting "${start}"`);
    return callApi(page, 'documents.get', { id: found.id });
  };
  const resolution = await byTitle('In October 2023');
  const medellin = await byTitle('Medellín');
  const start = resolution.text.indexOf(QUOTE);
  const highlight = await callApi(page, 'highlights.create', {
    documentId: resolution.id,
    start,
    end: start + QUOTE.length,
    color: 'green',
    note: NOTE,
  });
  await callApi(page, 'highlights.setTags', { id: highlight.id, tags: ['funding'] });
  for (let month = 1; month <= 11; month++) {
    const date = `2022-${String(month).padStart(2, '0')}`;
    await callApi(page, 'events.create', { date, title: `Earlier event ${month}` });
  }
  const event = await callApi(page, 'events.create', {
    date: '2024-06',
    title: 'Kenyan police arrive in Port-au-Prince',
    highlightIds: [highlight.id],
  });

  const answer: SearchResponse = {
    documents: { hits: [documentHit(resolution, 'Kenya'), documentHit(medellin, 'Kenya')], total: 2, atLeast: false },
    highlights: {
      hits: [
        {
          highlightId: highlight.id,
          documentId: resolution.id,
          documentTitle: resolution.title,
          color: 'green',
          tags: ['funding'],
          quote: { text: QUOTE, marks: marksOf(QUOTE, 'Kenya') },
          note: { text: NOTE, marks: [...marksOf(NOTE, 'Kenya'), ...marksOf(NOTE, 'funding')] },
          start,
          end: start + QUOTE.length,
          score: 1,
        },
      ],
      total: 1,
      atLeast: false,
    },
    tags: { hits: [{ name: 'funding', count: 1, marks: [[0, 7]] }], total: 1, atLeast: false },
    events: {
      hits: [
        {
          eventId: event.id,
          date: event.date,
          dateLabel: event.dateLabel,
          title: { text: event.title, marks: marksOf(event.title, 'Kenya') },
          description: null,
          score: 1,
        },
      ],
      total: 50,
      atLeast: true,
    },
    status: {
      state: 'indexing',
      indexed: 3,
      total: 5,
      message: 'Indexing documents (3 of 5) — results may be incomplete',
    },
    notice: 'Ignored color:teal — not a highlight colour',
  };
  await page.route('**/api/call/search.query', (route) => route.fulfill({ json: { ok: true, value: answer } }));
  return { resolution, medellin };
}

test('results come in sections; the arrow keys cross them; each kind of hit opens where it lives', async ({ app }) => {
  test.skip(app.kind === 'electron', 'answers the web host’s search.query; the desktop app calls over IPC');
  const { page } = app;
  const shell = new AppPage(page);
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const panel = new PanelPage(page);
  const search = new SearchPage(page);
  await seed(page);
  await expect(library.document(/^In October 2023/)).toContainText('1 highlight');
  await library.open(/^Diplomats/);

  await test.step('sections with counts, marked words, the notice and the status line', async () => {
    await search.search('kenya funding');
    await expect(search.results.getByRole('group')).toHaveCount(4);
    await expect(search.results.getByRole('group', { name: 'Documents (2)' })).toBeVisible();
    await expect(search.results.getByRole('group', { name: 'Highlights & notes (1)' })).toBeVisible();
    await expect(search.results.getByRole('group', { name: 'Tags (1)' })).toBeVisible();
    await expect(search.results.getByRole('group', { name: 'Timeline events (50+)' })).toBeVisible();
    const highlightHit = search.group('Highlights & notes').getByRole('option');
    await expect(highlightHit.locator('mark')).toHaveText(['Kenya', 'Kenya', 'funding']);
    await expect(highlightHit).toContainText('<b>unclear</b>');
    await expect(search.region).toContainText('Ignored color:teal — not a highlight colour');
    await expect(search.status).toHaveText('Indexing documents (3 of 5) — results may be incomplete');
    await shell.screenshot('search-groups');
  });

  await test.step('↓ walks through every section and wraps; Enter on an event opens the timeline on it', async () => {
    await expect(search.options.nth(0)).toHaveAttribute('aria-selected', 'true');
    for (const index of [1, 2, 3, 4]) {
      await search.box.press('ArrowDown');
      await expect(search.options.nth(index)).toHaveAttribute('aria-selected', 'true');
    }
    await search.box.press('ArrowDown');
    await expect(search.options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await search.box.press('ArrowUp');
    await expect(search.group('Timeline events').getByRole('option')).toHaveAttribute('aria-selected', 'true');
    await search.box.press('Enter');
    await expect(search.results).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
    const selected = panel.timeline.locator('[aria-current="true"]');
    await expect(selected).toContainText('Kenyan police arrive in Port-au-Prince');
    await expect(selected).toBeInViewport();
  });

  await test.step('a tag hit opens the tags panel on that tag', async () => {
    await search.box.press('ArrowDown');
    await search.box.press('ArrowUp');
    await expect(search.group('Tags').getByRole('option')).toHaveAttribute('aria-selected', 'true');
    await search.box.press('Enter');
    await expect(page.getByRole('tab', { name: 'Tags' })).toHaveAttribute('aria-selected', 'true');
    await expect(panel.tag('funding')).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.passages('funding')).toHaveCount(1);
  });

  await test.step('a highlight hit opens its document at the highlight, selected in its panel', async () => {
    await search.box.press('ArrowDown');
    await search.box.press('ArrowUp');
    await search.box.press('Enter');
    await expect(reader.title).toContainText('In October 2023');
    await reader.expectFlashed(QUOTE);
    await expect(page.getByRole('tab', { name: 'Highlights' })).toHaveAttribute('aria-selected', 'true');
    await expect(panel.highlight).toContainText(QUOTE);
    await expect(panel.highlight.getByLabel('Note')).toHaveValue(NOTE);
  });

  await test.step('a document hit opens the reader at its first match', async () => {
    await search.box.press('ArrowDown');
    await search.box.press('ArrowUp');
    await search.box.press('Enter');
    await expect(reader.title).toContainText('Medellín');
    await expect(reader.searchHit).toHaveText('Kenya');
    await expect(reader.searchHit).toBeInViewport();
  });

  await test.step('Escape closes the list and goes back to where the analyst was', async () => {
    await page.getByRole('tab', { name: 'Tags' }).focus();
    await page.keyboard.press('/');
    await expect(search.box).toBeFocused();
    await search.box.press('ArrowDown');
    await expect(search.results).toBeVisible();
    await search.box.press('Escape');
    await expect(search.results).toBeHidden();
    await expect(page.getByRole('tab', { name: 'Tags' })).toBeFocused();
    await expect(search.box).toHaveValue('kenya funding');
  });
});
