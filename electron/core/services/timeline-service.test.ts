/** Timeline events: dates typed and stored as EDTF, date order, `date:` filtering, and links to passages. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../contract';
import { annotatedLibrary } from '../testing/annotated-library';
import { tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let highlight: Highlight;
beforeEach(async () => {
  t = tempCore();
  highlight = (await annotatedLibrary(t)).highlight;
});
afterEach(() => t.dispose());

/** The row as SQLite holds it, read on a connection of its own. */
function storedDate(id: string): unknown {
  const db = new Database(join(t.dataDir, 'dossier.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT date, earliest, latest FROM events WHERE id = ?').get(id);
  } finally {
    db.close();
  }
}

describe('events', () => {
  it('creates an event with linked passages', async () => {
    const event = await t.call('events.create', {
      date: '2024-07',
      title: ' More arrive ',
      description: ' Second group ',
      highlightIds: [highlight.id],
    });
    expect(event).toMatchObject({
      date: '2024-07',
      dateLabel: 'July 2024',
      earliest: '2024-07-01',
      latest: '2024-07-31',
      title: 'More arrive',
      description: 'Second group',
    });
    expect(event.passages.map((p) => p.highlight.id)).toEqual([highlight.id]);
  });

  it.each([
    ['about March 2024', '2024-03~', 'about March 2024', '2024-03-01', '2024-03-31'],
    ['c. 2024', '2024~', 'about 2024', '2024-01-01', '2024-12-31'],
    ['March–May 2024', '2024-03/2024-05', 'March – May 2024', '2024-03-01', '2024-05-31'],
    ['before 22 April 2024', '../2024-04-22', 'before 22 April 2024', null, '2024-04-22'],
    ['late 2023', '2023-39', 'late 2023', '2023-09-01', '2023-12-31'],
    ['Q1 2024', '2024-33', 'Q1 2024', '2024-01-01', '2024-03-31'],
    ['2024-03..2024-05', '2024-03/2024-05', 'March – May 2024', '2024-03-01', '2024-05-31'],
    ['2024-05/..', '2024-05/..', 'since May 2024', '2024-05-01', null],
  ])('stores “%s” as EDTF %s', async (typed, edtf, label, earliest, latest) => {
    const event = await t.call('events.create', { date: typed, title: 'Typed' });
    expect(event).toMatchObject({ date: edtf, dateLabel: label, earliest, latest });
    expect(storedDate(event.id)).toEqual({
      date: edtf,
      earliest,
      latest,
    });
  });

  it.each([
    ['2024-13', /2024-13: there is no month 13/],
    ['2023-02-30', /February 2023 has 28 days/],
    ['30 February 2024', /February 2024 has 29 days/],
    ['next Tuesday', /cannot read “next tuesday” as a date/],
    ['March', /Add the year/],
  ])('refuses %s with a message saying what would work', async (date, message) => {
    const before = await t.call('events.list');
    const error = await t.fails('events.create', { date, title: 'Bad' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(await t.call('events.list')).toEqual(before);
  });

  it('accepts 29 February in a leap year and rejects a malformed date', async () => {
    expect((await t.call('events.create', { date: '2024-02-29', title: 'Leap' })).date).toBe('2024-02-29');
    expect((await t.fails('events.create', { date: '2024-2-1-1', title: 'Bad' })).code).toBe('invalid_input');
    expect((await t.fails('events.create', { date: '2024', title: '  ' })).message).toMatch(/needs a title/);
  });

  it('refuses to link a passage that does not exist', async () => {
    expect((await t.fails('events.create', { date: '2024', title: 'x', highlightIds: ['gone'] })).code).toBe(
      'not_found',
    );
  });

  it('lists events by their earliest day, wider spans first, open starts by their last day', async () => {
    await t.call('events.create', { date: '2025-01-15', title: 'C' });
    await t.call('events.create', { date: '2023', title: 'A' });
    await t.call('events.create', { date: '2024-03', title: 'B' });
    await t.call('events.create', { date: 'about 2024', title: 'About' });
    await t.call('events.create', { date: '2024-01', title: 'January' });
    await t.call('events.create', { date: 'before 2 March 2024', title: 'Before' });
    await t.call('events.create', { date: 'since June 2024', title: 'Since' });
    expect((await t.call('events.list')).map((e) => e.title)).toEqual([
      'A',
      'About',
      'January',
      'B',
      'Before',
      'Since',
      'Kenyan police arrive',
      'C',
    ]);
  });

  it('updates an event from a typed date and keeps it when only the title changes', async () => {
    const [event] = await t.call('events.list');
    if (!event) throw new Error('no event');
    expect(await t.call('events.update', { id: event.id, date: 'about June 2024' })).toMatchObject({
      date: '2024-06~',
      dateLabel: 'about June 2024',
      earliest: '2024-06-01',
    });
    expect((await t.fails('events.update', { id: event.id, date: '2024-00' })).code).toBe('invalid_input');
    expect(await t.call('events.update', { id: event.id, title: 'Renamed' })).toMatchObject({
      title: 'Renamed',
      date: '2024-06~',
    });
  });

  it('matches date: filters by the bounds of uncertain dates', async () => {
    await t.call('events.create', { date: 'about 2024', title: 'Roughly then' });
    await t.call('events.create', { date: 'before 22 April 2023', title: 'Long before' });
    await t.call('events.create', { date: 'since May 2025', title: 'Ongoing' });
    const titles = async (q: string) =>
      (await t.call('search.query', { q })).events.hits.map((h) => h.title.text).sort();
    expect(await titles('date:2024-06')).toEqual(['Kenyan police arrive', 'Roughly then']);
    expect(await titles('date:2022')).toEqual(['Long before']);
    expect(await titles('date:2030')).toEqual(['Ongoing']);
    expect(await titles('date:2023-05..2024-01')).toEqual(['Roughly then']);
  });

  it('links and unlinks a passage, and linking twice keeps one link', async () => {
    const bare = await t.call('events.create', { date: '2024', title: 'Bare' });
    await t.call('events.link', { id: bare.id, highlightId: highlight.id });
    const linked = await t.call('events.link', { id: bare.id, highlightId: highlight.id });
    expect(linked.passages.map((p) => p.highlight.id)).toEqual([highlight.id]);
    expect((await t.call('events.unlink', { id: bare.id, highlightId: highlight.id })).passages).toEqual([]);
    expect((await t.fails('events.link', { id: bare.id, highlightId: 'gone' })).code).toBe('not_found');
  });

  it('deletes an event without touching its passages', async () => {
    const [event] = await t.call('events.list');
    if (!event) throw new Error('no event');
    await t.call('events.delete', { id: event.id });
    expect(await t.call('events.list')).toEqual([]);
    expect((await t.call('documents.get', { id: highlight.documentId })).highlights.map((h) => h.id)).toEqual([
      highlight.id,
    ]);
    expect((await t.fails('events.delete', { id: event.id })).code).toBe('not_found');
  });
});
