/** Codebook tree counts and cycle checks against a brute-force oracle on random trees. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenTree, subtree, treeCounts, wouldCycle, type Coding, type TreeTag } from './tree';

/** A random forest: tag i's parent is null or one of the tags before it, so there is no cycle. */
const forest = fc
  .array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 12 })
  .map((parents) =>
    parents.map((p, i): TreeTag => ({ id: `t${i}`, parentId: p === null || i === 0 ? null : `t${p % i}` })),
  );

const withCodings = forest.chain((tags) =>
  fc.array(fc.record({ tag: fc.nat(tags.length - 1), highlight: fc.nat(8) }), { maxLength: 40 }).map((pairs) => ({
    tags,
    codings: pairs.map((p): Coding => ({ tagId: `t${p.tag}`, highlightId: `h${p.highlight}` })),
  })),
);

/** Oracle: is `ancestor` on the parent chain of `id` (or `id` itself)? */
function isUnder(tags: readonly TreeTag[], id: string, ancestor: string): boolean {
  let current: string | null = id;
  for (let steps = 0; current !== null && steps <= tags.length; steps++) {
    if (current === ancestor) return true;
    current = tags.find((t) => t.id === current)?.parentId ?? null;
  }
  return false;
}

describe('codebook tree', () => {
  it('counts each passage once per tag, with and without sub-tags, as the oracle does', () => {
    fc.assert(
      fc.property(withCodings, ({ tags, codings }) => {
        const counts = treeCounts(tags, codings);
        for (const tag of tags) {
          const own = new Set(codings.filter((c) => c.tagId === tag.id).map((c) => c.highlightId));
          const all = new Set(codings.filter((c) => isUnder(tags, c.tagId, tag.id)).map((c) => c.highlightId));
          expect(counts.get(tag.id)).toEqual({ count: own.size, totalCount: all.size });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses exactly the moves that would put a tag under itself', () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (tags, a, b) => {
        const id = `t${a % tags.length}`;
        const parent = `t${b % tags.length}`;
        expect(wouldCycle(tags, id, parent)).toBe(isUnder(tags, parent, id));
        expect(wouldCycle(tags, id, null)).toBe(false);
        expect(subtree(tags, id).has(parent)).toBe(isUnder(tags, parent, id));
      }),
      { numRuns: 500 },
    );
  });

  it('lists every tag once, each parent before its children', () => {
    fc.assert(
      fc.property(forest, (tags) => {
        const order = flattenTree(tags).map(({ tag }) => tag.id);
        expect([...order].sort()).toEqual(tags.map((t) => t.id).sort());
        for (const tag of tags) {
          if (tag.parentId) expect(order.indexOf(tag.parentId)).toBeLessThan(order.indexOf(tag.id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
