/**
 * The library list's bulk actions through a real core: deleting many documents and coding whole
 * documents with a tag, each one change that one Undo reverses whole.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../contract';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let docs: DocumentSummary[];
beforeEach(async () => {
  t = tempCore();
  const report = await t.call('documents.import', {
    files: ['Cabaret', 'Arcahaie', 'Kenscoff'].map((place) =>
      fileOf(`${place}.txt`, `${place} patrol\n\nThe patrol reached ${place} at dawn.\n`),
    ),
  });
  docs = report.imported;
});
afterEach(() => t.dispose());

const titles = async () => (await t.call('documents.list')).map((d) => d.title).sort();
const highlightsOf = async (id: string) => (await t.call('documents.get', { id })).highlights;

describe('documents.deleteMany', () => {
  it('deletes the documents with their highlights in one change that one Undo restores', async () => {
    const [first, second] = docs;
    await t.call('highlights.create', { documentId: first!.id, start: 0, end: 7, color: 'yellow', tags: ['place'] });
    const before = await titles();

    const result = await t.call('documents.deleteMany', { ids: [first!.id, second!.id, first!.id] });

    expect(result).toEqual({ deleted: 2 });
    expect(await titles()).toEqual(['Kenscoff patrol']);
    expect(await t.call('tags.passages', { id: (await t.call('tags.list'))[0]!.id })).toEqual([]);
    expect(await t.call('history.undo')).toEqual({ undone: 'Delete 2 documents' });
    expect(await titles()).toEqual(before);
    expect((await highlightsOf(first!.id)).map((h) => h.tags)).toEqual([['place']]);
  });

  it('skips documents already gone, and refuses when none is left, changing nothing', async () => {
    await t.call('documents.delete', { id: docs[0]!.id });
    expect(await t.call('documents.deleteMany', { ids: [docs[0]!.id, docs[1]!.id] })).toEqual({ deleted: 1 });
    const refused = await t.core.handle('documents.deleteMany', { ids: [docs[0]!.id] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await titles()).toEqual(['Kenscoff patrol']);
    const empty = await t.core.handle('documents.deleteMany', { ids: [] });
    expect(empty.ok || empty.error.message).toContain('at least one document');
  });
});

describe('documents.tagWhole', () => {
  it('codes each document whole with the tag, in one change, reusing a whole-document highlight it has', async () => {
    const [first, second] = docs;
    const firstText = (await t.call('documents.get', { id: first!.id })).text;
    await t.call('highlights.create', {
      documentId: first!.id,
      start: 0,
      end: firstText.length,
      color: 'green',
      tags: ['night'],
    });
    await t.call('tags.create', { name: 'Ports' });

    const result = await t.call('documents.tagWhole', { ids: [first!.id, second!.id], tag: '  Ports ' });

    expect(result).toEqual({ tagged: 2, created: 1, tag: 'Ports' });
    const onFirst = await highlightsOf(first!.id);
    expect(onFirst).toHaveLength(1);
    expect(onFirst[0]?.tags.slice().sort()).toEqual(['Ports', 'night']);
    const onSecond = await highlightsOf(second!.id);
    const secondText = (await t.call('documents.get', { id: second!.id })).text;
    expect(onSecond.map((h) => [h.start, h.end, h.quote, h.tags])).toEqual([
      [0, secondText.length, secondText, ['Ports']],
    ]);
    expect((await t.call('tags.list')).filter((tag) => tag.name === 'Ports')).toHaveLength(1);
    const listed = await t.call('documents.list');
    expect(
      listed
        .filter((d) => d.tags.includes('Ports'))
        .map((d) => d.id)
        .sort(),
    ).toEqual([first!.id, second!.id].sort());

    // Again: nothing to add, and no step in the history for it.
    expect(await t.call('documents.tagWhole', { ids: [first!.id, second!.id], tag: 'Ports' })).toEqual({
      tagged: 0,
      created: 0,
      tag: 'Ports',
    });
    expect(await t.call('history.undo')).toEqual({ undone: 'Tag 2 documents “Ports”' });
    expect(await highlightsOf(second!.id)).toEqual([]);
    expect((await highlightsOf(first!.id))[0]?.tags).toEqual(['night']);
  });

  it('makes a new tag in the codebook, and Undo takes it out again', async () => {
    await t.call('documents.tagWhole', { ids: docs.map((d) => d.id), tag: 'Checkpoints' });
    expect((await t.call('tags.list')).map((tag) => tag.name)).toContain('Checkpoints');
    await t.call('history.undo');
    expect((await t.call('tags.list')).map((tag) => tag.name)).not.toContain('Checkpoints');
    for (const doc of docs) expect(await highlightsOf(doc.id)).toEqual([]);
  });

  it('refuses an empty tag name with the reason', async () => {
    const refused = await t.core.handle('documents.tagWhole', { ids: [docs[0]!.id], tag: '   ' });
    expect(refused.ok || refused.error.message).toContain('A tag needs a name');
    expect(await highlightsOf(docs[0]!.id)).toEqual([]);
  });
});
