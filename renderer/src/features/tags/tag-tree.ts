/**
 * The codebook as the Tags view draws it: `tags.list` already comes in tree order (each parent
 * before its children), so a row only needs its depth and whether it has children. Also the
 * wording the view shows for counts and for what a delete or merge will do.
 */
import type { TagId, TagSummary } from '../../../../electron/contract';

export interface TreeRow {
  tag: TagSummary;
  depth: number;
  hasChildren: boolean;
  /** Position among its siblings (1-based) and how many siblings there are, for aria-posinset/setsize. */
  position: number;
  siblings: number;
}

/** Rows for every tag in tree order, with depth and children (a tag whose parent is gone sits at the top). */
export function treeRows(tags: readonly TagSummary[]): TreeRow[] {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const parentOf = (tag: TagSummary): TagId | null => (tag.parentId && byId.has(tag.parentId) ? tag.parentId : null);
  const children = new Map<TagId | null, TagSummary[]>();
  for (const tag of tags) {
    const key = parentOf(tag);
    children.set(key, [...(children.get(key) ?? []), tag]);
  }
  const rows: TreeRow[] = [];
  const walk = (parent: TagId | null, depth: number) => {
    const list = children.get(parent) ?? [];
    list.forEach((tag, index) => {
      rows.push({
        tag,
        depth,
        hasChildren: (children.get(tag.id)?.length ?? 0) > 0,
        position: index + 1,
        siblings: list.length,
      });
      walk(tag.id, depth + 1);
    });
  };
  walk(null, 0);
  return rows;
}

/** The rows a reader sees: a collapsed tag hides everything under it. */
export function visibleRows(rows: readonly TreeRow[], collapsed: ReadonlySet<TagId>): TreeRow[] {
  const shown: TreeRow[] = [];
  let hiddenBelow: number | null = null;
  for (const row of rows) {
    if (hiddenBelow !== null && row.depth > hiddenBelow) continue;
    hiddenBelow = collapsed.has(row.tag.id) && row.hasChildren ? row.depth : null;
    shown.push(row);
  }
  return shown;
}

/** The tag and every tag under it. */
export function subtreeIds(tags: readonly TagSummary[], id: TagId): Set<TagId> {
  const inside = new Set<TagId>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const tag of tags) {
      if (tag.parentId && inside.has(tag.parentId) && !inside.has(tag.id)) {
        inside.add(tag.id);
        grew = true;
      }
    }
  }
  return inside;
}

/** Where a tag may move: any tag outside its own subtree, except its current parent. */
export function moveTargets(tags: readonly TagSummary[], id: TagId): TagSummary[] {
  const inside = subtreeIds(tags, id);
  const tag = tags.find((t) => t.id === id);
  return tags.filter((t) => !inside.has(t.id) && t.id !== tag?.parentId);
}

/** "12 · 20 with sub-tags", or just "12" when the sub-tags add nothing. */
export function countLabel(count: number, totalCount: number): string {
  return totalCount > count ? `${count} · ${totalCount} with sub-tags` : String(count);
}

const passagesWord = (n: number): string => `${n} ${n === 1 ? 'passage' : 'passages'}`;

/** The parent's name, or null at the top level. */
function parentName(tags: readonly TagSummary[], tag: TagSummary): string | null {
  return tags.find((t) => t.id === tag.parentId)?.name ?? null;
}

/** "Delete “X”? It is on 12 passages; its 2 sub-tags move up to “Y”." */
export function deletePreview(tags: readonly TagSummary[], tag: TagSummary): string {
  const children = tags.filter((t) => t.parentId === tag.id).length;
  const on = tag.count === 0 ? 'It is on no passages' : `It is on ${passagesWord(tag.count)}`;
  const parent = parentName(tags, tag);
  const where = parent ? `up to “${parent}”` : 'to the top level';
  const subTags =
    children === 0 ? '' : `; ${children === 1 ? 'its sub-tag moves' : `its ${children} sub-tags move`} ${where}`;
  return `Delete “${tag.name}”? ${on}${subTags}.`;
}

/** "5 passages move from “A” to “B” (2 already carry “B” and keep one tag); its 3 sub-tags follow." */
export function mergePreview(tags: readonly TagSummary[], from: TagSummary, into: TagSummary, overlap: number): string {
  const children = tags.filter((t) => t.parentId === from.id && t.id !== into.id).length;
  const moves =
    from.count === 0
      ? `“${from.name}” is on no passages`
      : `${passagesWord(from.count)} ${from.count === 1 ? 'moves' : 'move'} from “${from.name}” to “${into.name}”`;
  const dupes =
    overlap > 0
      ? ` (${overlap} already ${overlap === 1 ? 'carries' : 'carry'} “${into.name}” and ${overlap === 1 ? 'keeps' : 'keep'} one)`
      : '';
  const subTags =
    children === 0 ? '' : `; ${children === 1 ? 'its sub-tag follows' : `its ${children} sub-tags follow`}`;
  return `${moves}${dupes}${subTags}. “${from.name}” leaves the codebook.`;
}
