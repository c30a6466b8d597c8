/** The Admiralty grades: labels, wording, parsing, ranges and thresholds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIBILITIES,
  RELIABILITIES,
  gradeLabel,
  gradeRange,
  gradeWording,
  meetsThreshold,
  parseGrade,
  passes,
  type Grade,
} from './grades';

describe('grades', () => {
  it('labels and words a grade, half or whole', () => {
    expect(gradeLabel({ reliability: 'B', credibility: 2 })).toBe('B2');
    expect(gradeLabel({ reliability: 'B', credibility: null })).toBe('B?');
    expect(gradeLabel({ reliability: null, credibility: 6 })).toBe('?6');
    expect(gradeLabel({ reliability: null, credibility: null })).toBeNull();
    expect(gradeWording({ reliability: 'A', credibility: 1 })).toBe(
      'A1 — source completely reliable; information confirmed by other sources',
    );
  });

  it('parses "B2", "b 2" and "B-2", and nothing else', () => {
    expect(parseGrade('b 2')).toEqual({ reliability: 'B', credibility: 2 });
    expect(parseGrade('B-2')).toEqual({ reliability: 'B', credibility: 2 });
    for (const bad of ['G2', 'B7', 'B', '2', 'BB2', '']) expect(parseGrade(bad)).toBeNull();
  });

  it('orders comparisons so "<=" means as good or better, and never passes an ungraded part', () => {
    expect(RELIABILITIES.filter((r) => passes(r, '<=', 'B', RELIABILITIES))).toEqual(['A', 'B']);
    expect(CREDIBILITIES.filter((c) => passes(c, '>', 4, CREDIBILITIES))).toEqual([5, 6]);
    expect(passes(null, '>=', 'A', RELIABILITIES)).toBe(false);
    expect(meetsThreshold({ reliability: 'B', credibility: null }, { credibility: 3 })).toBe(false);
    expect(meetsThreshold({ reliability: 'B', credibility: 3 }, { reliability: 'C', credibility: 3 })).toBe(true);
  });

  it('takes the best and worst of graded passages (letter first, then digit), as a sort would', () => {
    const grade = fc.record({
      reliability: fc.constantFrom(...RELIABILITIES),
      credibility: fc.constantFrom(...CREDIBILITIES),
    });
    fc.assert(
      fc.property(fc.array(grade, { minLength: 1, maxLength: 8 }), (grades: Grade[]) => {
        const labels = grades.map((g) => gradeLabel(g) as string).sort();
        expect(gradeRange(grades)).toEqual({ best: labels[0], worst: labels[labels.length - 1] });
      }),
    );
    expect(gradeRange([{ reliability: null, credibility: null }])).toBeNull();
  });
});
