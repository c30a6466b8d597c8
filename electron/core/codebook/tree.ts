/**
 * The codebook as a tree: tags with an optional parent. Pure functions over plain rows, so counts
 * and moves can be checked against a brute-force oracle without a database.
 */

export interface TreeTag {
  id: string;
  parentId: string | null;
}

export interface Coding {
  tagId: string;
  highlightId: string;
}

/** Children of each tag (the key null holds the top level), in the order the tags were given. */
export function childrenOf<T extends TreeTag>(tags: readonly T[]): Map<string | null, T[]> {
  const ids = new Set(tags.map((t) => t.id));
  const children = new Map<string | null, T[]>();
  for (const tag of tags) {
    // A parent that is not in the list (never expected) puts the tag at the top rather than losing it.
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(tag);
    children.set(parent, list);
  }
  return children;
}

/** The tag and every tag under it. */
export function subtree(tags: readonly TreeTag[], id: string): Set<string> {
  const children = childrenOf(tags);
  const found = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (found.has(next)) continue;
    found.add(next);
    for (const child of children.get(next) ?? []) stack.push(child.id);
  }
  return found;
}

/** The tag's ancestors, nearest first. */
export function ancestors(tags: readonly TreeTag[], id: string): string[] {
  const parent = new Map(tags.map((t) => [t.id, t.parentId]));
  const path: string[] = [];
  let current = parent.get(id) ?? null;
  while (current !== null && !path.includes(current)) {
    path.push(current);
    current = parent.get(current) ?? null;
  }
  return path;
}

/** Whether putting `id` under `parentId` would make a tag its own ancestor. */
export function wouldCycle(tags: readonly TreeTag[], id: string, parentId: string | null): boolean {
  return parentId !== null && subtree(tags, id).has(parentId);
}

/**
 * Per tag: passages carrying the tag itself, and passages carrying it or any tag under it, each
 * passage counted once however many of those tags it carries.
 */
export function treeCounts(
  tags: readonly TreeTag[],
  codings: readonly Coding[],
): Map<string, { count: number; totalCount: number }> {
  const byTag = new Map<string, Set<string>>();
  for (const coding of codings) {
    const set = byTag.get(coding.tagId) ?? new Set<string>();
    set.add(coding.highlightId);
    byTag.set(coding.tagId, set);
  }
  const children = childrenOf(tags);
  const totals = new Map<string, Set<string>>();
  const visit = (id: string, path: Set<string>): Set<string> => {
    const done = totals.get(id);
    if (done) return done;
    const all = new Set(byTag.get(id) ?? []);
    path.add(id);
    for (const child of children.get(id) ?? []) {
      if (path.has(child.id)) continue;
      for (const h of visit(child.id, path)) all.add(h);
    }
    path.delete(id);
    totals.set(id, all);
    return all;
  };
  const counts = new Map<string, { count: number; totalCount: number }>();
  for (const tag of tags) {
    counts.set(tag.id, { count: byTag.get(tag.id)?.size ?? 0, totalCount: visit(tag.id, new Set()).size });
  }
  return counts;
}

/** Tags in tree order (each parent before its children, siblings as given), with their depth. */
export function flattenTree<T extends TreeTag>(tags: readonly T[]): { tag: T; depth: number }[] {
  const children = childrenOf(tags);
  const out: { tag: T; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const tag of children.get(parent) ?? []) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      out.push({ tag, depth });
      walk(tag.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
