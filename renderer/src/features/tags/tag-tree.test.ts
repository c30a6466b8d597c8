import { describe, expect, it } from 'vitest';
import type { TagId, TagSummary } from '../../../../electron/contract';
import { countLabel, deletePreview, mergePreview, moveTargets, treeRows, visibleRows } from './tag-tree';

const tag = (id: string, parentId: string | null, count = 0, totalCount = count): TagSummary => ({
  id: id as TagId,
  name: id,
  parentId: parentId as TagId | null,
  color: null,
  description: '',
  pin: null,
  count,
  totalCount,
});

// Tree order, as tags.list gives it: security > (police > patrols, gangs), aid.
const tags = [
  tag('security', null, 1, 4),
  tag('police', 'security', 2, 3),
  tag('patrols', 'police', 1),
  tag('gangs', 'security'),
  tag('aid', null, 5),
];

describe('the codebook tree', () => {
  it('gives each row its depth, children and place among its siblings', () => {
    expect(treeRows(tags).map((r) => [r.tag.id, r.depth, r.hasChildren, r.position, r.siblings])).toEqual([
      ['security', 0, true, 1, 2],
      ['police', 1, true, 1, 2],
      ['patrols', 2, false, 1, 1],
      ['gangs', 1, false, 2, 2],
      ['aid', 0, false, 2, 2],
    ]);
  });

  it('hides everything under a collapsed tag, and only that', () => {
    const shown = visibleRows(treeRows(tags), new Set(['police' as TagId]));
    expect(shown.map((r) => r.tag.id)).toEqual(['security', 'police', 'gangs', 'aid']);
    const folded = visibleRows(treeRows(tags), new Set(['security' as TagId]));
    expect(folded.map((r) => r.tag.id)).toEqual(['security', 'aid']);
  });

  it('offers as move targets only tags outside the subtree, not the current parent', () => {
    expect(moveTargets(tags, 'police' as TagId).map((t) => t.id)).toEqual(['gangs', 'aid']);
    expect(moveTargets(tags, 'aid' as TagId).map((t) => t.id)).toEqual(['security', 'police', 'patrols', 'gangs']);
  });

  it('shows both counts only when sub-tags add passages', () => {
    expect(countLabel(12, 20)).toBe('12 · 20 with sub-tags');
    expect(countLabel(12, 12)).toBe('12');
  });

  it('says what a delete removes and where the sub-tags go', () => {
    expect(deletePreview(tags, tags[1] as TagSummary)).toBe(
      'Delete “police”? It is on 2 passages; its sub-tag moves up to “security”.',
    );
    expect(deletePreview(tags, tags[0] as TagSummary)).toBe(
      'Delete “security”? It is on 1 passage; its 2 sub-tags move to the top level.',
    );
    expect(deletePreview(tags, tags[3] as TagSummary)).toBe('Delete “gangs”? It is on no passages.');
  });

  it('says how many passages a merge moves and how many collapse', () => {
    expect(mergePreview(tags, tags[1] as TagSummary, tags[4] as TagSummary, 1)).toBe(
      '2 passages move from “police” to “aid” (1 already carries “aid” and keeps one); its sub-tag follows. “police” leaves the codebook.',
    );
  });
});
