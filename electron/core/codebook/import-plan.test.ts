/** The merge plan of a codebook import, without a database: by name, parents by name, cycles refused. */
import { describe, expect, it } from 'vitest';
import type { CodebookEntry } from './exchange-entry';
import { planImport, type PlanTag } from './import-plan';

const existing: PlanTag[] = [
  { id: 's', name: 'security', parentId: null, color: '#1f77b4', description: 'Force' },
  { id: 'p', name: 'police', parentId: 's', color: null, description: '' },
  { id: 'u', name: 'armed units', parentId: 'p', color: null, description: '' },
];

let line = 1;
const entry = (name: string, parent: string | null = null, color = '', description = ''): CodebookEntry => ({
  name,
  parent,
  color,
  description,
  where: `line ${++line}`,
});
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('planImport', () => {
  it('creates new names, updates what differs, counts the rest, and inserts parents first', () => {
    const plan = planImport(
      existing,
      [
        entry('Police', 'SECURITY'),
        entry('child', 'parent'),
        entry('parent', 'armed units', '#ABC', '  About\r\nparents  '),
        entry('security', null, '#1F77B4', 'Force and order'),
      ],
      ids(),
    );
    expect(plan.created).toEqual(['child', 'parent']);
    expect(plan.inserts.map((t) => [t.name, t.parentId, t.color, t.description])).toEqual([
      ['parent', 'u', '#aabbcc', 'About\nparents'],
      ['child', 'new-2', null, ''],
    ]);
    expect(plan.updates).toEqual([{ id: 's', name: 'security', patch: { description: 'Force and order' } }]);
    expect(plan.unchanged).toBe(1);
    expect(plan.warnings).toEqual([]);
  });

  it('refuses a cycle made across the file and the library, keeping the latest entry in its place', () => {
    const plan = planImport(existing, [entry('security', 'police'), entry('police', 'armed units')], ids());
    // police under armed units loops, so police stays under security; then security under police loops too.
    expect(plan.updates).toEqual([]);
    expect(plan.unchanged).toBe(2);
    expect(plan.warnings).toEqual([
      expect.stringMatching(/“security” cannot go under “police”, which would put it under itself/) as string,
      expect.stringMatching(
        /“police” cannot go under “armed units”, which would put it under itself; it keeps its place/,
      ) as string,
    ]);
  });

  it('sends a new tag whose parent loops back to the top, and never loops itself', () => {
    const plan = planImport([], [entry('a', 'b'), entry('b', 'a'), entry('c', 'c')], ids());
    expect(plan.inserts.map((t) => [t.name, t.parentId])).toEqual([
      ['b', null],
      ['a', 'new-2'],
      ['c', null],
    ]);
    expect(plan.warnings).toHaveLength(2);
  });

  it('warns about what it cannot carry: unknown parents, bad colours, repeats, long names', () => {
    const long = 'x'.repeat(90);
    const plan = planImport(
      existing,
      [entry('new', 'nowhere'), entry('police', 'nowhere', 'red'), entry('NEW'), entry(long)],
      ids(),
    );
    expect(plan.created).toEqual(['new', 'x'.repeat(80)]);
    expect(plan.unchanged).toBe(1);
    expect(plan.warnings).toEqual([
      expect.stringMatching(
        /the parent “nowhere” is neither in the file nor in the codebook; it was put at the top/,
      ) as string,
      expect.stringMatching(/the colour “red” is not written #rrggbb/) as string,
      expect.stringMatching(/the parent “nowhere” .* it keeps its place/) as string,
      expect.stringMatching(/“NEW” appears more than once/) as string,
      expect.stringMatching(/longer than 80 characters/) as string,
    ]);
  });

  it('leaves tags where they are when the file does not say where they sit', () => {
    const plan = planImport(existing, [{ ...entry('police'), parent: undefined, color: '#000000' }], ids());
    expect(plan.updates).toEqual([{ id: 'p', name: 'police', patch: { color: '#000000' } }]);
  });

  it('cleans names of control characters and runs of space before matching', () => {
    const plan = planImport(existing, [entry(' armed\u0007  \tunits ', 'police')], ids());
    expect(plan).toMatchObject({ created: [], updated: [], unchanged: 1 });
  });
});
