/** Every label Dossier shows for an EDTF date reads back, as typed, to the same EDTF and the same days. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from './calendar';
import { readDateInput } from './date-input';
import { describe as describeDate, type DatePoint, type DateValue } from './event-date';

const qualifiers = fc.record({ approximate: fc.boolean(), uncertain: fc.boolean() });
const point: fc.Arbitrary<DatePoint> = fc
  .tuple(
    fc.integer({ min: 1000, max: 2999 }),
    fc.oneof(
      fc.constant<Partial<DatePoint>>({}),
      fc.integer({ min: 1, max: 12 }).map((month) => ({ month })),
      fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
        .map(([month, day]) => ({ month, day })),
      fc.constantFrom(21, 22, 23, 24, 33, 34, 35, 36, 37, 38, 39, 40, 41).map((part) => ({ part })),
    ),
    qualifiers,
  )
  .map(([year, rest, q]) => {
    const p: DatePoint = { year, ...rest };
    if (p.day !== undefined && p.month !== undefined) p.day = Math.min(p.day, daysInMonth(year, p.month));
    if (p.part === undefined) Object.assign(p, q);
    return p;
  });

const value: fc.Arbitrary<DateValue> = fc.oneof(
  point.map((p) => ({ kind: 'point' as const, point: p })),
  fc
    .tuple(fc.option(point, { nil: null }), fc.option(point, { nil: null }))
    .map(([from, to]) => ({ kind: 'interval' as const, from, to })),
);

describe('date labels', () => {
  it('read back to the same EDTF and bounds', () => {
    fc.assert(
      fc.property(value, (v) => {
        const shown = describeDate(v);
        if (!shown.ok) return;
        const typed = readDateInput(shown.reading.label);
        if (!typed.ok) throw new Error(`${shown.reading.edtf} → “${shown.reading.label}”: ${typed.message}`);
        expect(typed.reading).toEqual(shown.reading);
        const again = readDateInput(shown.reading.edtf);
        expect(again.ok && again.reading).toEqual(shown.reading);
      }),
      { numRuns: 3000 },
    );
  });
});
