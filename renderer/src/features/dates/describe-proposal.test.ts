import { describe, expect, it } from 'vitest';
import type { DateProposal } from '../../../../electron/contract';
import { markTitle, proposalLabel, resolutionOf, toDateMarks } from './describe-proposal';

const proposal = (fields: Partial<DateProposal>): DateProposal => ({
  text: 'Monday',
  start: 0,
  end: 6,
  edtf: null,
  resolvedAgainst: null,
  needsReference: false,
  ...fields,
});

describe('describe-proposal', () => {
  it('reads the EDTF as a label and says what it was resolved against', () => {
    const monday = proposal({ edtf: '2024-09-30', resolvedAgainst: 'reference date 2024-10-02' });
    expect(proposalLabel(monday)).toBe('30 September 2024');
    expect(resolutionOf(monday, '2024-10-02')).toBe('resolved against reference date 2 October 2024');
    expect(markTitle(monday, '2024-10-02')).toBe('30 September 2024 — resolved against reference date 2 October 2024');

    const later = proposal({ edtf: '2024-02-25', resolvedAgainst: 'previous date 2024-02-24 (offset 91)' });
    expect(resolutionOf(later, '2024')).toBe('resolved against previous date 24 February 2024');

    const written = proposal({ text: 'the first three months of 2024', edtf: '2024-01/2024-03' });
    expect(markTitle(written, null)).toBe('January – March 2024 — as written');
  });

  it('says when a date needs a reference date', () => {
    const monday = proposal({ needsReference: true });
    expect(proposalLabel(monday)).toBeNull();
    expect(resolutionOf(monday, null)).toBe('needs a reference date');
    expect(markTitle(monday, null)).toBe('“Monday”: needs a reference date (set the document’s published date)');
    // A published year cannot fix a weekday: the reference is there, but not precise enough.
    expect(resolutionOf(monday, '2024')).toBe('needs a more precise reference date than 2024');
    expect(markTitle(monday, '2024-10')).toBe('“Monday”: needs a more precise reference date than October 2024');
  });

  it('makes sorted marks and leaves out empty or overlapping ranges', () => {
    const marks = toDateMarks(
      [
        proposal({ start: 20, end: 28, edtf: '2024' }),
        proposal({ start: 2, end: 8 }),
        proposal({ start: 6, end: 10, edtf: '2024' }),
        proposal({ start: 12, end: 12, edtf: '2024' }),
      ],
      null,
    );
    expect(marks.map((m) => [m.start, m.end, m.resolved])).toEqual([
      [2, 8, false],
      [20, 28, true],
    ]);
  });
});
