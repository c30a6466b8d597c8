/** EDTF dates: every form an event can hold, its label, its bounds, and the refusals. */
import { describe, expect, it } from 'vitest';
import { readDateInput } from './date-input';
import { readEdtf, type DateReading } from './event-date';

const read = (edtf: string): DateReading => {
  const result = readEdtf(edtf);
  if (!result.ok) throw new Error(result.message);
  return result.reading;
};

describe('readEdtf', () => {
  it.each([
    ['2024-03-05', '5 March 2024', '2024-03-05', '2024-03-05', true, false],
    ['2024-03', 'March 2024', '2024-03-01', '2024-03-31', false, false],
    ['2024', '2024', '2024-01-01', '2024-12-31', false, false],
    ['2024-02', 'February 2024', '2024-02-01', '2024-02-29', false, false],
    ['2024-03~', 'about March 2024', '2024-03-01', '2024-03-31', false, true],
    ['2024-03?', 'possibly March 2024', '2024-03-01', '2024-03-31', false, true],
    ['2024-03%', 'possibly about March 2024', '2024-03-01', '2024-03-31', false, true],
    ['2024~', 'about 2024', '2024-01-01', '2024-12-31', false, true],
    ['2024-33', 'Q1 2024', '2024-01-01', '2024-03-31', false, false],
    ['2024-36', 'Q4 2024', '2024-10-01', '2024-12-31', false, false],
    ['2023-39', 'late 2023', '2023-09-01', '2023-12-31', false, false],
    ['2023-37', 'early 2023', '2023-01-01', '2023-04-30', false, false],
    ['2024-40', 'first half of 2024', '2024-01-01', '2024-06-30', false, false],
    ['2024-21', 'spring 2024', '2024-03-01', '2024-05-31', false, false],
    ['2024-24', 'winter 2024', '2024-12-01', '2025-02-28', false, false],
  ])('%s reads as %s from %s to %s', (edtf, label, earliest, latest, day, fuzzy) => {
    expect(read(edtf)).toEqual({ edtf, label, earliest, latest, day, fuzzyStart: fuzzy, fuzzyEnd: fuzzy });
  });

  it.each([
    ['2024-03/2024-05', 'March – May 2024', '2024-03-01', '2024-05-31'],
    ['2024-04-22/2024-04-25', '22 – 25 April 2024', '2024-04-22', '2024-04-25'],
    ['2024-03-22/2024-04-05', '22 March – 5 April 2024', '2024-03-22', '2024-04-05'],
    ['2023-11/2024-02', 'November 2023 – February 2024', '2023-11-01', '2024-02-29'],
    ['2024-03~/2024-05', 'about March 2024 – May 2024', '2024-03-01', '2024-05-31'],
    ['../2024-04-22', 'before 22 April 2024', null, '2024-04-22'],
    ['2024-05/..', 'since May 2024', '2024-05-01', null],
  ])('interval %s reads as %s', (edtf, label, earliest, latest) => {
    expect(read(edtf)).toMatchObject({ edtf, label, earliest, latest, day: false });
  });

  it('marks which end of an interval is fuzzy', () => {
    expect(read('2024-03~/2024-05')).toMatchObject({ fuzzyStart: true, fuzzyEnd: false });
    expect(read('2024-03/2024-05?')).toMatchObject({ fuzzyStart: false, fuzzyEnd: true });
  });

  it.each([
    ['2024-13', /2024-13: there is no month 13/],
    ['2024-02-30', /February 2024 has 29 days/],
    ['2023-02-29', /February 2023 has 28 days/],
    ['2024-05/2024-03', /comes after/],
    ['../..', /at least one end/],
    ['199X', /Unspecified digits/],
    ['2024-03-05T10:00', /Times are not used/],
    ['2024-27', /quarters \(33–36\)/],
    ['soon', /not an EDTF date/],
  ])('refuses %s with a message saying what would work', (edtf, message) => {
    const result = readEdtf(edtf);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('readDateInput', () => {
  it.each([
    ['about March 2024', '2024-03~', 'about March 2024'],
    ['c. 2024', '2024~', 'about 2024'],
    ['circa 2024', '2024~', 'about 2024'],
    ['March–May 2024', '2024-03/2024-05', 'March – May 2024'],
    ['March - May 2024', '2024-03/2024-05', 'March – May 2024'],
    ['from March to May 2024', '2024-03/2024-05', 'March – May 2024'],
    ['between March and May 2024', '2024-03/2024-05', 'March – May 2024'],
    ['before 22 April 2024', '../2024-04-22', 'before 22 April 2024'],
    ['since May 2024', '2024-05/..', 'since May 2024'],
    ['after 3 June 2024', '2024-06-03/..', 'since 3 June 2024'],
    ['late 2023', '2023-39', 'late 2023'],
    ['mid-2024', '2024-38', 'mid 2024'],
    ['Q1 2024', '2024-33', 'Q1 2024'],
    ['first quarter of 2024', '2024-33', 'Q1 2024'],
    ['first half of 2024', '2024-40', 'first half of 2024'],
    ['2024-03..2024-05', '2024-03/2024-05', 'March – May 2024'],
    ['..2024-05', '../2024-05', 'before May 2024'],
    ['2024-05..', '2024-05/..', 'since May 2024'],
    ['2024-03~', '2024-03~', 'about March 2024'],
    ['22 April 2024', '2024-04-22', '22 April 2024'],
    ['April 22, 2024', '2024-04-22', '22 April 2024'],
    ['22nd Apr 2024', '2024-04-22', '22 April 2024'],
    ['Sept. 2024', '2024-09', 'September 2024'],
    ['22–25 April 2024', '2024-04-22/2024-04-25', '22 – 25 April 2024'],
    ['22 March – 5 April 2024', '2024-03-22/2024-04-05', '22 March – 5 April 2024'],
    ['possibly March 2024', '2024-03?', 'possibly March 2024'],
    ['March 2024?', '2024-03?', 'possibly March 2024'],
    ['possibly about March 2024', '2024-03%', 'possibly about March 2024'],
    ['about March 2024 – May 2024', '2024-03~/2024-05', 'about March 2024 – May 2024'],
  ])('reads “%s” as %s (%s)', (typed, edtf, label) => {
    const result = readDateInput(typed);
    if (!result.ok) throw new Error(result.message);
    expect(result.reading).toMatchObject({ edtf, label });
  });

  it.each([
    ['2024-13', /there is no month 13/],
    ['30 February 2024', /February 2024 has 29 days/],
    ['March', /Add the year/],
    ['next Tuesday', /cannot read/],
    ['', /Write a date/],
    ['May – March 2024', /comes after/],
  ])('refuses “%s” and says what would work', (typed, message) => {
    const result = readDateInput(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
