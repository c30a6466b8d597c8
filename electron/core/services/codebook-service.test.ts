/** The codebook through the contract: tree, counts, rename, move, merge, delete, each one undo step. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail, TagSummary } from '../../contract';
import { highlightPhrase, reportText } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore, visibleState } from '../testing/temp-core';

let t: TempCore;
let doc: DocumentDetail;
beforeEach(async () => {
  t = tempCore();
  const report = await t.call('documents.import', { files: [fileOf('kenya.txt', reportText)] });
  doc = await t.call('documents.get', { id: report.imported[0]!.id });
});
afterEach(() => t.dispose());

const byName = async (name: string): Promise<TagSummary> => {
  const tag = (await t.call('tags.list')).find((x) => x.name === name);
  if (!tag) throw new Error(`no tag ${name}`);
  return tag;
};
const tree = async () => (await t.call('tags.list')).map((x) => [x.name, x.parentId, x.count, x.totalCount]);

/** security > (police, gangs), with passages: police on two, gangs on one that also has police. */
async function smallTree() {
  const security = await t.call('tags.create', { name: 'security', color: '#1f77b4', description: 'Force and order' });
  const police = await t.call('tags.create', { name: 'police', parentId: security.id });
  const gangs = await t.call('tags.create', { name: 'gangs', parentId: security.id });
  const h1 = await highlightPhrase(t, doc, 'first Kenyan police officers', ['police']);
  const h2 = await highlightPhrase(t, doc, 'Gangs still control', ['gangs', 'police']);
  return { security, police, gangs, h1, h2 };
}

describe('codebook tree', () => {
  it('lists tags in tree order and counts passages of sub-tags toward the parent, each once', async () => {
    const { security } = await smallTree();
    expect(await tree()).toEqual([
      ['security', null, 0, 2],
      ['gangs', security.id, 1, 1],
      ['police', security.id, 2, 2],
    ]);
    expect(await byName('security')).toMatchObject({ color: '#1f77b4', description: 'Force and order', pin: null });
  });

  it('creating a tag that exists refuses with a way out, and changes nothing', async () => {
    await smallTree();
    const before = await visibleState(t);
    const error = await t.fails('tags.create', { name: 'POLICE' });
    expect(error.message).toMatch(/“police” already exists.*merge/);
    expect(await visibleState(t)).toEqual(before);
  });

  it('passages of a tag include its sub-tags unless exact; with and without narrow them', async () => {
    const { security, police, gangs } = await smallTree();
    const quotes = async (input: Parameters<TempCore['call']>[1]) =>
      (await t.call('tags.passages', input as never)).map((p) => p.highlight.quote);
    expect(await quotes({ id: security.id })).toEqual(['first Kenyan police officers', 'Gangs still control']);
    expect(await quotes({ id: security.id, exact: true })).toEqual([]);
    expect(await quotes({ id: police.id, without: gangs.id })).toEqual(['first Kenyan police officers']);
    expect(await quotes({ id: police.id, with: gangs.id })).toEqual(['Gangs still control']);
  });

  it('matrix and co-occurrence count per document and per pair', async () => {
    const { security, police, gangs } = await smallTree();
    const matrix = await t.call('tags.matrix', {});
    expect(matrix.documents.map((d) => d.id)).toEqual([doc.id]);
    const cell = (id: string) => matrix.cells.find((c) => c.tagId === id);
    expect(cell(security.id)).toMatchObject({ count: 0, totalCount: 2 });
    expect(cell(police.id)).toMatchObject({ count: 2, totalCount: 2 });
    const pairs = await t.call('tags.cooccurrence', {});
    expect(pairs).toEqual([{ a: [police.id, gangs.id].sort()[0], b: [police.id, gangs.id].sort()[1], count: 1 }]);
  });
});

describe('codebook changes', () => {
  it('moves a tag, refuses a move under its own sub-tag, and undoes the move in one step', async () => {
    const { security, police, gangs } = await smallTree();
    await t.call('tags.move', { id: gangs.id, parentId: police.id });
    expect((await byName('gangs')).parentId).toBe(police.id);
    const refused = await t.fails('tags.move', { id: security.id, parentId: gangs.id });
    expect(refused.message).toMatch(/“gangs” sits under “security”/);
    expect(await t.call('history.undo')).toEqual({ undone: 'Move tag “gangs” under “police”' });
    expect((await byName('gangs')).parentId).toBe(security.id);
    await t.call('tags.move', { id: police.id, parentId: null });
    expect((await byName('police')).parentId).toBeNull();
    expect((await byName('security')).totalCount).toBe(1);
  });

  it('merges: passages move, a passage with both keeps one, sub-tags follow, one undo restores all', async () => {
    const { police, gangs, h2 } = await smallTree();
    const child = await t.call('tags.create', { name: 'gang leaders', parentId: gangs.id });
    const before = await visibleState(t);
    const merged = await t.call('tags.merge', { id: gangs.id, into: police.id });
    expect(merged).toMatchObject({ name: 'police', count: 2, totalCount: 2 });
    expect((await t.call('tags.list')).map((x) => x.name)).not.toContain('gangs');
    expect((await byName('gang leaders')).parentId).toBe(police.id);
    const detail = await t.call('documents.get', { id: doc.id });
    expect(detail.highlights.find((h) => h.id === h2.id)?.tags).toEqual(['police']);
    expect(await t.call('history.undo')).toEqual({ undone: 'Merge tag “gangs” into “police”' });
    expect(await visibleState(t)).toEqual(before);
    expect((await byName('gang leaders')).id).toBe(child.id);
  });

  it('merging a tag into its own sub-tag lifts the sub-tag into its place', async () => {
    const { security, police } = await smallTree();
    await t.call('tags.merge', { id: security.id, into: police.id });
    expect(await tree()).toEqual([
      ['police', null, 2, 2],
      ['gangs', police.id, 1, 1],
    ]);
    expect((await byName('police')).color).toBe('#1f77b4');
  });

  it('deletes a tag with its codings; sub-tags move up to its parent; one undo brings it back', async () => {
    const { security, police, gangs } = await smallTree();
    const sub = await t.call('tags.create', { name: 'patrols', parentId: police.id });
    const before = await visibleState(t);
    expect(await t.call('tags.delete', { id: police.id })).toEqual({ passages: 2, subTags: 1 });
    expect((await byName('patrols')).parentId).toBe(security.id);
    expect((await byName('security')).totalCount).toBe(1);
    const detail = await t.call('documents.get', { id: doc.id });
    expect(detail.highlights.map((h) => h.tags)).toEqual([[], ['gangs']]);
    expect(await t.call('history.undo')).toEqual({ undone: 'Delete tag “police”' });
    expect(await visibleState(t)).toEqual(before);
    expect((await byName('patrols')).id).toBe(sub.id);
    expect((await byName('gangs')).id).toBe(gangs.id);
  });

  it('renames, recolours, describes and pins; a pin taken by another tag moves; each is one undo step', async () => {
    const { police, gangs } = await smallTree();
    await t.call('tags.update', { id: police.id, pin: 1 });
    await t.call('tags.update', { id: gangs.id, pin: 1, color: '#D62728' });
    expect([(await byName('police')).pin, (await byName('gangs')).pin]).toEqual([null, 1]);
    expect((await byName('gangs')).color).toBe('#d62728');
    expect(await t.call('history.undo')).toEqual({ undone: 'Edit tag “gangs”' });
    expect([(await byName('police')).pin, (await byName('gangs')).pin]).toEqual([1, null]);
    await t.call('tags.rename', { id: police.id, name: 'Police' });
    expect((await t.call('history.undo')).undone).toBe('Rename tag “police” to “Police”');
    const bad = await t.fails('tags.update', { id: police.id, color: 'blue' });
    expect(bad.message).toMatch(/#rrggbb/);
  });

  it('keeps an unused tag in the codebook after its last passage goes', async () => {
    const { h1, h2 } = await smallTree();
    await t.call('highlights.delete', { id: h1.id });
    await t.call('highlights.delete', { id: h2.id });
    expect(await tree()).toEqual([
      ['security', null, 0, 0],
      ['gangs', expect.any(String), 0, 0],
      ['police', expect.any(String), 0, 0],
    ]);
  });

  it('leaves tags without passages out of the brief', async () => {
    await smallTree();
    await t.call('tags.create', { name: 'unused code' });
    const { markdown } = await t.call('export.brief', {});
    expect(markdown).toContain('police');
    expect(markdown).not.toContain('unused code');
  });
});
