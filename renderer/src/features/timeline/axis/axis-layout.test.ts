import { describe, expect, it } from 'vitest';
import type { Domain } from './axis-domain';
import { toAxisEvents } from './axis-events';
import { GEOMETRY } from './axis-geometry';
import { buildLanes } from './axis-lanes';
import { layoutAxis } from './axis-layout';
import { eventOf } from './test-events';
import { packLabels } from './label-packing';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const measure = (text: string) => text.length * 7;

describe('label packing', () => {
  it('stacks overlapping labels into rows and reuses a row once it is free', () => {
    const packing = packLabels(
      [
        { x0: 0, x1: 100 },
        { x0: 50, x1: 150 },
        { x0: 120, x1: 200 },
      ],
      5,
      36,
    );
    expect(packing).toMatchObject({ rows: [0, 1, 0], rowCount: 2, countRow: -1, groups: [] });
  });

  it('counts what does not fit in the last row, in groups that do not overlap', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ x0: i * 5, x1: i * 5 + 100 }));
    const packing = packLabels(items, 3, 36);
    expect(packing.rows.slice(0, 2)).toEqual([0, 1]);
    expect(packing.countRow).toBe(2);
    expect(packing.groups.flatMap((group) => group.members)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const xs = packing.groups.map((group) => group.x);
    for (let i = 1; i < xs.length; i += 1) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(36);
  });
});

describe('axis layout', () => {
  const domain: Domain = [day('2024-01-01'), day('2025-01-01')];

  it('places no two labels of a row over each other, and every event in view once, drawn or counted', () => {
    const events = toAxisEvents(
      Array.from({ length: 2000 }, (_, i) => {
        const iso = new Date(day('2024-01-01') + (i % 366) * 86_400_000).toISOString().slice(0, 10);
        return eventOf(iso, iso, iso, `Event number ${i}`);
      }),
    );
    const layout = layoutAxis({ lanes: buildLanes(events, 'none'), domain, width: 900, height: 600, measure });
    const [lane] = layout.lanes;
    if (!lane) throw new Error('one lane expected');
    const counted = lane.counts.reduce((sum, count) => sum + count.ids.length, 0);
    expect(lane.marks.length + counted).toBe(2000);
    expect(lane.counts.length).toBeGreaterThan(0);
    expect(layout.height).toBeLessThanOrEqual(600);
    const byRow = new Map<number, typeof lane.marks>();
    for (const mark of lane.marks) byRow.set(mark.y, [...(byRow.get(mark.y) ?? []), mark]);
    for (const marks of byRow.values()) {
      const sorted = marks.sort((a, b) => a.labelX - b.labelX);
      for (let i = 1; i < sorted.length; i += 1) {
        const before = sorted[i - 1];
        const after = sorted[i];
        if (!before || !after) continue;
        expect(after.labelX).toBeGreaterThanOrEqual(Math.max(before.x1, before.labelX + measure(before.label)));
      }
    }
  });

  it('leaves out events outside the view, and gives each lane its own rows', () => {
    const events = toAxisEvents([
      eventOf('2024-03', '2024-03-01', '2024-03-31', 'In view', [{ doc: 'a', tags: ['x'] }]),
      eventOf('2026-03', '2026-03-01', '2026-03-31', 'Out of view', [{ doc: 'b', tags: ['y'] }]),
    ]);
    const layout = layoutAxis({ lanes: buildLanes(events, 'tag'), domain, width: 900, height: 600, measure });
    expect(layout.lanes.map((lane) => [lane.name, lane.marks.map((m) => m.label)])).toEqual([
      ['x', ['In view']],
      ['y', []],
    ]);
    const [first, second] = layout.lanes;
    expect(second?.top).toBe((first?.top ?? 0) + (first?.height ?? 0));
    expect(first?.marks[0]?.y).toBe(GEOMETRY.axisTop + GEOMETRY.laneHead);
  });
});
