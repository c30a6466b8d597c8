/** Resolution rules and offsets of the dates proposed from a text. */
import { describe, expect, it } from 'vitest';
import { readEdtf, type DateProposal } from '../../contract';
import { proposalsWithin, proposeDates } from './propose-dates';

const REF = '2024-10-02'; // a Wednesday

/** The proposal whose text is exactly `phrase`; fails the test when there is none. */
function proposal(text: string, reference: string | null, phrase: string): DateProposal {
  const found = proposeDates(text, reference).find((p) => p.text === phrase);
  if (!found) throw new Error(`no proposal “${phrase}” in ${JSON.stringify(proposeDates(text, reference))}`);
  return found;
}
const edtfOf = (text: string, reference: string | null, phrase: string) => proposal(text, reference, phrase).edtf;

/** First and last day an EDTF value may fall on, read by the contract's EDTF reader. */
function bounds(edtf: string): { earliest: string; latest: string } {
  const read = readEdtf(edtf);
  if (!read.ok || read.reading.earliest === null || read.reading.latest === null) throw new Error(`unreadable ${edtf}`);
  return { earliest: read.reading.earliest, latest: read.reading.latest };
}

describe('weekdays', () => {
  it('"on Monday" is the most recent Monday on or before the reference', () => {
    const p = proposal('The council met on Monday to vote.', REF, 'Monday');
    expect(p).toMatchObject({
      edtf: '2024-09-30',
      resolvedAgainst: 'reference date 2024-10-02',
      needsReference: false,
    });
    expect(edtfOf('They met on Wednesday.', REF, 'Wednesday')).toBe('2024-10-02');
    expect(edtfOf('They met last Wednesday.', REF, 'last Wednesday')).toBe('2024-09-25');
    expect(edtfOf('A officer was killed on Sunday night.', REF, 'Sunday night')).toBe('2024-09-29');
  });

  it('looks ahead only when the text says so', () => {
    expect(edtfOf('The vote is next Monday.', REF, 'next Monday')).toBe('2024-10-07');
    expect(edtfOf('The council will vote on Friday.', REF, 'Friday')).toBe('2024-10-04');
    expect(edtfOf('Send the report by Friday.', REF, 'Friday')).toBe('2024-10-04');
    // A future tense after the date, in another clause, does not turn it forward.
    expect(edtfOf('On Friday, officials said they will return.', REF, 'Friday')).toBe('2024-09-27');
  });
});

describe('year-less dates', () => {
  it('take the reference year, or the year before when that would be after the reference', () => {
    expect(edtfOf('The report came out on 30 September.', REF, '30 September')).toBe('2024-09-30');
    expect(edtfOf('The report came out on 5 December.', REF, '5 December')).toBe('2023-12-05');
    expect(edtfOf('They deployed in June.', REF, 'June')).toBe('2024-06');
    expect(edtfOf('A letter arrived on October 21.', REF, 'October 21')).toBe('2023-10-21');
  });

  it('take the next year when the text looks ahead', () => {
    expect(edtfOf('The mission runs until March.', REF, 'March')).toBe('2025-03');
    expect(edtfOf('He expects to deploy 2,500 officers by January.', REF, 'January')).toBe('2025-01');
    expect(edtfOf('The mission runs until October.', REF, 'October')).toBe('2024-10');
  });

  it('against a month reference: "after" means after the month; weekdays need a day', () => {
    expect(edtfOf('On 15 October they met.', '2024-10', '15 October')).toBe('2024-10-15');
    expect(edtfOf('On 5 December they met.', '2024-10', '5 December')).toBe('2023-12-05');
    expect(edtfOf('It happened last month.', '2024-10', 'last month')).toBe('2024-09');
    expect(proposal('They met on Monday.', '2024-10', 'Monday')).toMatchObject({ edtf: null, needsReference: true });
    expect(proposal('It happened yesterday.', '2024-10', 'yesterday')).toMatchObject({
      edtf: null,
      needsReference: true,
    });
  });

  it('against a year reference: years and year-less dates, nothing counted in months or days', () => {
    expect(edtfOf('On 5 December they met.', '2024', '5 December')).toBe('2024-12-05');
    expect(edtfOf('It began last year.', '2024', 'last year')).toBe('2023');
    expect(proposal('It happened last month.', '2024', 'last month')).toMatchObject({
      edtf: null,
      needsReference: true,
    });
  });
});

describe('dates counted from the previous date', () => {
  it('"a day later" is the day after the date written before it', () => {
    const text = 'HRW published a report on February 24. A day later, Guterres wrote to the council.';
    const p = proposal(text, REF, 'A day later');
    expect(p.edtf).toBe('2024-02-25');
    expect(p.resolvedAgainst).toBe(`previous date 2024-02-24 (offset ${text.indexOf('February 24')})`);
    expect(p.needsReference).toBe(false);
  });

  it('chains, counts back, and works without a reference when the anchor is written in full', () => {
    const text =
      'On 3 March 2024 the airport closed. Two days later it reopened. The next day flights resumed. ' +
      'A week earlier, gangs had attacked. The day before, police withdrew.';
    const found = proposeDates(text, null).map((p) => [p.text, p.edtf]);
    expect(found).toEqual([
      ['3 March 2024', '2024-03-03'],
      ['Two days later', '2024-03-05'],
      ['The next day', '2024-03-06'],
      ['A week earlier', '2024-02-28'],
      ['The day before', '2024-02-27'],
    ]);
  });

  it('counts months and years at their own precision', () => {
    const text =
      'The mission was approved in October 2023. A month later the first police arrived. A year later it was renewed.';
    expect(edtfOf(text, null, 'A month later')).toBe('2023-11');
    expect(edtfOf(text, null, 'A year later')).toBe('2024');
  });

  it('needs a previous date precise enough, else it waits', () => {
    expect(proposal('A day later, Guterres wrote.', REF, 'A day later')).toMatchObject({
      edtf: null,
      needsReference: true,
      resolvedAgainst: null,
    });
    expect(proposal('It was approved in October 2023. A day later it began.', REF, 'A day later').edtf).toBeNull();
  });
});

describe('without a reference date', () => {
  it('proposes relative and year-less dates with no EDTF, and never resolves them against today', () => {
    const text =
      'The council met on Monday. Two days later it voted. Yesterday the envoy spoke; last week the gangs attacked. ' +
      'The report of 30 September and the events of June, the end of April and the first three months of the year ' +
      'all count, as does the day 2 October 2024.';
    const proposals = proposeDates(text, null);
    const waiting = proposals.filter((p) => p.text !== '2 October 2024');
    expect(waiting.map((p) => p.text)).toEqual([
      'Monday',
      'Two days later',
      'Yesterday',
      'last week',
      '30 September',
      'June',
      'the end of April',
      'the first three months of the year',
    ]);
    for (const p of waiting) expect(p).toMatchObject({ edtf: null, resolvedAgainst: null, needsReference: true });
    expect(proposal(text, null, '2 October 2024')).toMatchObject({
      edtf: '2024-10-02',
      resolvedAgainst: null,
      needsReference: false,
    });
  });
});

describe('never after the reference', () => {
  it('holds for every past expression, and only the forward ones go beyond it', () => {
    const past =
      'On Monday, on Saturday and on Wednesday they met; on 5 December, in November, at the end of October, ' +
      'last week, this week, over the weekend. Yesterday, three days ago, late last year and in the first quarter ' +
      'they met again, and in the last three months of the year.';
    const proposals = proposeDates(past, REF);
    expect(proposals.length).toBeGreaterThanOrEqual(14);
    for (const p of proposals) {
      if (!p.edtf) throw new Error(`unresolved: ${p.text}`);
      expect(bounds(p.edtf).earliest <= REF, `${p.text} → ${p.edtf}`).toBe(true);
    }
    const ahead = 'The vote is next week, the mandate runs until March, and the envoy will report on Friday.';
    const later = proposeDates(ahead, REF).map((p) => [p.text, p.edtf]);
    expect(later).toEqual([
      ['next week', '2024-10-07/2024-10-13'],
      ['March', '2025-03'],
      ['Friday', '2024-10-04'],
    ]);
  });
});

describe('periods chrono does not read', () => {
  it('reads months, quarters, thirds and parts of a month as EDTF', () => {
    expect(proposal('In October 2023, the council acted.', REF, 'October 2023')).toMatchObject({
      edtf: '2023-10',
      resolvedAgainst: null,
    });
    expect(
      edtfOf('In the first three months of the year, 1,500 died.', REF, 'the first three months of the year'),
    ).toBe('2024-01/2024-03');
    expect(
      edtfOf('In the first three months of the year, 1,500 died.', '2024-02-10', 'the first three months of the year'),
    ).toBe('2024-01/2024-03');
    expect(edtfOf('At the end of April, the UN said so.', REF, 'the end of April')).toBe('2024-04-21/2024-04-30');
    expect(edtfOf('At the end of December, the UN said so.', REF, 'the end of December')).toBe('2023-12-21/2023-12-31');
    expect(edtfOf('By mid-May 2024 it was over.', null, 'mid-May 2024')).toBe('2024-05-11/2024-05-20');
    expect(edtfOf('Sales fell in Q1 2024.', null, 'Q1 2024')).toBe('2024-33');
    expect(edtfOf('Sales fell in the fourth quarter of 2023.', null, 'the fourth quarter of 2023')).toBe('2023-36');
    expect(edtfOf('Sales fell in the first quarter.', REF, 'the first quarter')).toBe('2024-33');
    expect(edtfOf('Sales fell in the first half of 2024.', null, 'the first half of 2024')).toBe('2024-40');
    expect(edtfOf('Violence rose in early 2024.', null, 'early 2024')).toBe('2024-37');
    expect(edtfOf('Violence rose at the end of 2023.', null, 'the end of 2023')).toBe('2023-39');
    expect(edtfOf('Over 5,600 were killed in 2024 alone.', null, '2024')).toBe('2024');
    expect(edtfOf('Last week the gangs attacked.', REF, 'Last week')).toBe('2024-09-23/2024-09-29');
    expect(edtfOf('They met from 1 to 3 March 2024.', null, '1 to 3 March 2024')).toBe('2024-03-01/2024-03-03');
    expect(edtfOf('It ran from June to September 2024.', null, 'June to September 2024')).toBe('2024-06/2024-09');
  });

  it('ignores numbers, times, verbs and web addresses that are not dates', () => {
    const text =
      'Some 2,500 officers, 3 teams and 1.5 million dollars; at 10:30 and at 5 pm; it may rain; ' +
      'they march on; in 2000 homes; for three months; see https://example.com/world/2022/11/04/story and www.example.org/2023.';
    expect(proposeDates(text, REF)).toEqual([]);
  });
});

describe('offsets', () => {
  it('are UTF-16 offsets into the text, also after emoji and combining marks', () => {
    const text = '👩🏽‍⚖️ Cafe\u0301 ✊🏿 — on 30 September 2024 (🇭🇹) and e\u0301\u0301 a day later, then last week.';
    const proposals = proposeDates(text, REF);
    expect(proposals.map((p) => p.text)).toEqual(['30 September 2024', 'a day later', 'last week']);
    for (const p of proposals) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(proposals[1]?.edtf).toBe('2024-10-01');
  });

  it('never overlap', () => {
    const text =
      'At the end of April 2024, in April, on 22 April, the day before, mid-2024, the next day, in 2024, Q1 2024 and ' +
      'last week, the week before and the following week, from 1 to 3 March 2024.';
    const proposals = proposeDates(text, REF);
    for (const [i, p] of proposals.entries()) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      const next = proposals[i + 1];
      if (next) expect(p.end).toBeLessThanOrEqual(next.start);
    }
  });
});

describe('proposalsWithin', () => {
  const text = 'On 3 March 2024 the airport closed.\nA day later it reopened, and on 5 March 2024 flights resumed.';

  it('proposes the dates inside a passage, resolved with the text before it', () => {
    const start = text.indexOf('A day later');
    const within = proposalsWithin(text, null, start, text.indexOf(', and'));
    expect(within).toEqual([
      {
        text: 'A day later',
        start,
        end: start + 'A day later'.length,
        edtf: '2024-03-04',
        resolvedAgainst: 'previous date 2024-03-03 (offset 3)',
        needsReference: false,
      },
    ]);
  });

  it('leaves out expressions that cross the edges of the passage', () => {
    const date = text.indexOf('5 March 2024');
    expect(proposalsWithin(text, null, date + 2, text.length)).toEqual([]);
    expect(proposalsWithin(text, null, 0, date + 4).map((p) => p.text)).toEqual(['3 March 2024', 'A day later']);
  });
});

describe('reference dates', () => {
  it('refuses one that is not a date, saying what would work', () => {
    expect(() => proposeDates('on Monday', '2024-02-30')).toThrow(/use YYYY-MM-DD, YYYY-MM or YYYY/);
    expect(() => proposeDates('on Monday', 'yesterday')).toThrow(/“yesterday” is not a reference date/);
  });
});
