/** Grading through the contract: source reliability, passage credibility, corroboration links, event ranges. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../contract';
import { highlightPhrase, reportText } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore, visibleState } from '../testing/temp-core';

let t: TempCore;
let doc: DocumentDetail;
let other: DocumentDetail;
beforeEach(async () => {
  t = tempCore();
  const report = await t.call('documents.import', {
    files: [fileOf('kenya.txt', reportText), fileOf('memo.txt', 'Police patrols resumed in Delmas, a memo said.\n')],
  });
  doc = await t.call('documents.get', { id: report.imported[0]!.id });
  other = await t.call('documents.get', { id: report.imported[1]!.id });
  await t.call('documents.update', { id: doc.id, source: 'Reuters' });
  await t.call('documents.update', { id: other.id, source: 'reuters' });
});
afterEach(() => t.dispose());

describe('grades', () => {
  it('grades a document and a passage; the passage reads both; one undo step each', async () => {
    const h = await highlightPhrase(t, doc, 'Gangs still control');
    expect(h).toMatchObject({ reliability: null, credibility: null });
    const graded = await t.call('documents.update', { id: doc.id, reliability: 'B' });
    expect(graded.reliability).toBe('B');
    expect(await t.call('highlights.update', { id: h.id, credibility: 2 })).toMatchObject({
      reliability: 'B',
      credibility: 2,
    });
    expect((await t.call('history.undo')).undone).toBe('Grade passage 2');
    expect((await t.call('history.undo')).undone).toBe('Grade source B: “Kenyan police arrived in Port-au-Prince”');
    const after = await t.call('documents.get', { id: doc.id });
    expect(after.highlights[0]).toMatchObject({ reliability: null, credibility: null });
  });

  it('refuses grades outside A–F and 1–6 with the scale in the message, storing nothing', async () => {
    const h = await highlightPhrase(t, doc, 'Gangs still control');
    const before = await visibleState(t);
    expect((await t.fails('documents.update', { id: doc.id, reliability: 'G' })).message).toMatch(/A .*to F/);
    expect((await t.fails('highlights.update', { id: h.id, credibility: 7 })).message).toMatch(/1 .*to 6/);
    expect(await visibleState(t)).toEqual(before);
  });

  it('grades every document of a source at once, ignoring case, undone in one step', async () => {
    expect(await t.call('documents.gradeSource', { source: 'REUTERS', reliability: 'C' })).toEqual({ updated: 2 });
    expect((await t.call('documents.list')).map((d) => d.reliability)).toEqual(['C', 'C']);
    await t.call('history.undo');
    expect((await t.call('documents.list')).map((d) => d.reliability)).toEqual([null, null]);
    const missing = await t.fails('documents.gradeSource', { source: 'AP', reliability: 'C' });
    expect(missing.message).toMatch(/No document names “AP”/);
  });

  it('an event takes the best and worst grade of its linked passages', async () => {
    const a = await highlightPhrase(t, doc, 'Gangs still control');
    const b = await highlightPhrase(t, other, 'Police patrols resumed');
    const event = await t.call('events.create', { date: '2024-06', title: 'Patrols', highlightIds: [a.id, b.id] });
    expect(event.grade).toBeNull();
    await t.call('documents.update', { id: doc.id, reliability: 'B' });
    await t.call('highlights.update', { id: a.id, credibility: 3 });
    await t.call('documents.update', { id: other.id, reliability: 'D' });
    await t.call('highlights.update', { id: b.id, credibility: 1 });
    const [read] = await t.call('events.list');
    expect(read?.grade).toEqual({ best: 'B3', worst: 'D1' });
  });
});

describe('corroboration', () => {
  it('links a passage to what corroborates it, lists it both ways, and undoes in one step', async () => {
    const claim = await highlightPhrase(t, doc, 'Gangs still control');
    const support = await highlightPhrase(t, other, 'Police patrols resumed');
    const links = await t.call('highlights.link', { id: claim.id, otherId: support.id, kind: 'corroborates' });
    expect(links.map((l) => [l.kind, l.direction, l.passage.highlight.id])).toEqual([
      ['corroborates', 'outgoing', support.id],
    ]);
    const seen = await t.call('highlights.links', { id: support.id });
    expect(seen.map((l) => [l.kind, l.direction, l.passage.highlight.id])).toEqual([
      ['corroborates', 'incoming', claim.id],
    ]);
    await t.call('highlights.link', { id: support.id, otherId: claim.id, kind: 'contradicts' });
    expect((await t.call('highlights.links', { id: claim.id })).map((l) => [l.kind, l.direction])).toEqual([
      ['contradicts', 'incoming'],
    ]);
    await t.call('history.undo');
    expect((await t.call('highlights.links', { id: claim.id })).map((l) => [l.kind, l.direction])).toEqual([
      ['corroborates', 'outgoing'],
    ]);
    expect(
      (await t.fails('highlights.link', { id: claim.id, otherId: claim.id, kind: 'corroborates' })).message,
    ).toMatch(/cannot corroborate itself/);
  });

  it('deleting a passage removes its links, and undo brings them back', async () => {
    const claim = await highlightPhrase(t, doc, 'Gangs still control');
    const support = await highlightPhrase(t, other, 'Police patrols resumed');
    await t.call('highlights.link', { id: claim.id, otherId: support.id, kind: 'corroborates' });
    await t.call('documents.delete', { id: other.id });
    expect(await t.call('highlights.links', { id: claim.id })).toEqual([]);
    await t.call('history.undo');
    expect((await t.call('highlights.links', { id: claim.id })).map((l) => l.passage.highlight.id)).toEqual([
      support.id,
    ]);
  });
});
