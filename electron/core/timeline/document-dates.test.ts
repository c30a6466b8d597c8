/** `documents.dates` through the core: offsets into the stored text, the reference used, and bad input. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let id: string;
beforeEach(async () => {
  t = tempCore();
  const report = await t.call('documents.import', {
    files: [
      fileOf(
        'renewal.txt',
        'Mission renewed\n\nPORT-AU-PRINCE, Oct 2 (Reuters) - The mission, approved in October 2023, was renewed ' +
          'on Monday. A day later, police arrived. 🇭🇹 On 30 September 2024 gangs attacked.\n',
      ),
    ],
  });
  id = report.imported[0]?.id ?? '';
});
afterEach(() => t.dispose());

describe('documents.dates', () => {
  it('without a published date: relative dates need a reference; the suggestion is not stored', async () => {
    const { text } = await t.call('documents.get', { id });
    const dates = await t.call('documents.dates', { id });
    expect(dates.reference).toBeNull();
    expect(dates.proposals.map((p) => [p.text, p.edtf, p.needsReference])).toEqual([
      ['Oct 2', null, true],
      ['October 2023', '2023-10', false],
      ['Monday', null, true],
      ['A day later', null, true],
      ['30 September 2024', '2024-09-30', false],
    ]);
    for (const p of dates.proposals) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(dates.publishedSuggestion).toMatchObject({ text: 'Oct 2', edtf: '2024-10-02' });
    expect((await t.call('documents.get', { id })).publishedDate).toBeNull();
  });

  it('resolves against the published date, or against the reference asked for', async () => {
    await t.call('documents.update', { id, publishedDate: '2024-10-02' });
    const stored = await t.call('documents.dates', { id });
    expect(stored.reference).toBe('2024-10-02');
    expect(stored.proposals.find((p) => p.text === 'Monday')).toMatchObject({
      edtf: '2024-09-30',
      resolvedAgainst: 'reference date 2024-10-02',
    });
    expect(stored.proposals.find((p) => p.text === 'A day later')?.edtf).toBe('2024-10-01');
    const asked = await t.call('documents.dates', { id, reference: '2024-10-09' });
    expect(asked.reference).toBe('2024-10-09');
    expect(asked.proposals.find((p) => p.text === 'Monday')?.edtf).toBe('2024-10-07');
  });

  it('refuses an unknown document and a reference that is not a date', async () => {
    expect((await t.fails('documents.dates', { id: 'nope' })).code).toBe('not_found');
    const bad = await t.fails('documents.dates', { id, reference: '2024-02-30' });
    expect(bad).toMatchObject({ code: 'invalid_input', message: 'There is no such day in the calendar (reference).' });
    expect((await t.fails('documents.dates', { id, reference: '2 Oct' })).message).toMatch(/YYYY-MM-DD/);
  });
});
