/** Timeline events: date and precision checks, date order, and links to passages. */
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

describe('events', () => {
  it('creates an event with linked passages', async () => {
    const event = await t.call('events.create', {
      date: '2024-07',
      precision: 'month',
      title: ' More arrive ',
      description: ' Second group ',
      highlightIds: [highlight.id],
    });
    expect(event).toMatchObject({
      date: '2024-07',
      precision: 'month',
      title: 'More arrive',
      description: 'Second group',
    });
    expect(event.passages.map((p) => p.highlight.id)).toEqual([highlight.id]);
  });

  it('cuts a date down to its precision', async () => {
    expect((await t.call('events.create', { date: '2024-06-25', precision: 'year', title: 'Year' })).date).toBe('2024');
  });

  it.each([
    ['2024', 'day', /A day needs a date like 2024-10-01/],
    ['2024', 'month', /A month needs a date like 2024-10/],
    ['2023-02-30', 'day', /2023-02-30 is not a real calendar date/],
    ['2023-04-31', 'day', /not a real calendar date/],
  ] as const)('rejects %s with precision %s', async (date, precision, message) => {
    const error = await t.fails('events.create', { date, precision, title: 'Bad' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
  });

  it('accepts 29 February in a leap year and rejects a malformed date', async () => {
    expect((await t.call('events.create', { date: '2024-02-29', precision: 'day', title: 'Leap' })).date).toBe(
      '2024-02-29',
    );
    expect((await t.fails('events.create', { date: '2024-2-1', precision: 'day', title: 'Bad' })).code).toBe(
      'invalid_input',
    );
    expect((await t.fails('events.create', { date: '2024', precision: 'year', title: '  ' })).message).toMatch(
      /needs a title/,
    );
  });

  it('refuses to link a passage that does not exist', async () => {
    expect(
      (await t.fails('events.create', { date: '2024', precision: 'year', title: 'x', highlightIds: ['gone'] })).code,
    ).toBe('not_found');
  });

  it('lists events in date order', async () => {
    await t.call('events.create', { date: '2025-01-15', precision: 'day', title: 'C' });
    await t.call('events.create', { date: '2023', precision: 'year', title: 'A' });
    await t.call('events.create', { date: '2024-03', precision: 'month', title: 'B' });
    expect((await t.call('events.list')).map((e) => e.date)).toEqual(['2023', '2024-03', '2024-06-25', '2025-01-15']);
  });

  it('updates an event and re-checks the date against the new precision', async () => {
    const [event] = await t.call('events.list');
    if (!event) throw new Error('no event');
    expect(await t.call('events.update', { id: event.id, precision: 'month' })).toMatchObject({
      date: '2024-06',
      precision: 'month',
    });
    expect((await t.fails('events.update', { id: event.id, precision: 'day' })).code).toBe('invalid_input');
    expect(await t.call('events.update', { id: event.id, title: 'Renamed' })).toMatchObject({
      title: 'Renamed',
      date: '2024-06',
    });
  });

  it('links and unlinks a passage, and linking twice keeps one link', async () => {
    const bare = await t.call('events.create', { date: '2024', precision: 'year', title: 'Bare' });
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
