/** An event whose linked passages propose dates with no day in common says the sources disagree. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../contract';
import { highlightPhrase } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.dispose());

async function importDoc(name: string, text: string, publishedDate: string | null): Promise<DocumentDetail> {
  const [summary] = (await t.call('documents.import', { files: [fileOf(name, text)] })).imported;
  if (!summary) throw new Error('import failed');
  if (publishedDate) await t.call('documents.update', { id: summary.id, publishedDate });
  return t.call('documents.get', { id: summary.id });
}

describe('event disagreement', () => {
  it('names both dates when two passages propose days that do not meet, and clears when one is unlinked', async () => {
    const wire = await importDoc(
      'wire.txt',
      'Wire\n\nThe first officers landed on Monday at the airport.\n',
      '2024-10-02',
    );
    const paper = await importDoc(
      'paper.txt',
      'Paper\n\nThe first officers landed in October 2024, officials said.\n',
      null,
    );
    const monday = await highlightPhrase(t, wire, 'The first officers landed on Monday');
    const october = await highlightPhrase(t, paper, 'The first officers landed in October 2024');
    const event = await t.call('events.create', {
      date: 'October 2024',
      title: 'Officers land',
      highlightIds: [monday.id, october.id],
    });
    expect(event.disagreement).toBe('sources disagree: 30 September 2024 vs October 2024');
    expect((await t.call('events.unlink', { id: event.id, highlightId: october.id })).disagreement).toBeNull();
  });

  it('stays quiet when the dates overlap, or when a passage has no date or needs a reference', async () => {
    const a = await importDoc('a.txt', 'A\n\nTroops arrived on 3 October 2024 in the capital.\n', null);
    const b = await importDoc('b.txt', 'B\n\nTroops arrived in October 2024 by air.\n', null);
    const c = await importDoc('c.txt', 'C\n\nTroops arrived on Monday, without a word.\n', null);
    const ids = [
      (await highlightPhrase(t, a, 'Troops arrived on 3 October 2024')).id,
      (await highlightPhrase(t, b, 'Troops arrived in October 2024')).id,
      (await highlightPhrase(t, c, 'Troops arrived on Monday')).id,
    ];
    const event = await t.call('events.create', { date: '2024-10-03', title: 'Troops arrive', highlightIds: ids });
    expect(event.disagreement).toBeNull();
  });
});
