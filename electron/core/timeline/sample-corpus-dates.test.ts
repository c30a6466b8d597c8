/**
 * The dates proposed from the five sample articles, checked by hand once and pinned here: every
 * expression found, what it resolves to against a reference date of Wednesday 2 October 2024, and
 * that without a reference only what the text writes in full is resolved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEdtf } from '../../contract';
import { repoPaths } from '../repo-paths';
import { proposeDates } from './propose-dates';

const files = readdirSync(repoPaths.sampleCorpus).sort();
const textOf = (prefix: string): string => {
  const name = files.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no sample file ${prefix}_*`);
  return readFileSync(join(repoPaths.sampleCorpus, name), 'utf8');
};

const expected: Record<string, [string, string][]> = {
  '000': [
    ['Wednesday', '2024-10-02'],
    ['June', '2024-06'],
    ['September', '2024-09'],
    ['Wednesday', '2024-10-02'],
    ['October 2023', '2023-10'],
  ],
  '001': [
    ['Monday', '2024-09-30'],
    ['October 2025', '2025-10'],
    ['June', '2024-06'],
    ['last week', '2024-09-23/2024-09-29'],
    ['January', '2025-01'],
    ['June', '2024-06'],
    ['October 2023', '2023-10'],
    ['last week', '2024-09-23/2024-09-29'],
  ],
  '002': [
    ['February 24', '2024-02-24'],
    ['A day later', '2024-02-25'],
    ['July 7, 2021', '2021-07-07'],
    ['2024', '2024'],
    ['June', '2024-06'],
    ['Sunday', '2024-09-29'],
    ['June', '2024-06'],
    ['last year', '2023'],
    ['October 21', '2023-10-21'],
    ['Earlier this week', '2024-09-30/2024-10-06'],
  ],
  '003': [
    ['October 2023', '2023-10'],
    ['May 2024', '2024-05'],
    ['May 2024', '2024-05'],
  ],
  '004': [
    ['22 April', '2024-04-22'],
    ['March 2024', '2024-03'],
    ['the first three months of the year', '2024-01/2024-03'],
    ['October 2022', '2022-10'],
    ['September 2023', '2023-09'],
    ['the end of April', '2024-04-21/2024-04-30'],
    ['August 2021', '2021-08'],
  ],
};

describe('dates in the sample corpus', () => {
  it('holds the five articles this test pins', () => {
    expect(files.map((f) => f.slice(0, 3))).toEqual(Object.keys(expected));
  });

  for (const [prefix, dates] of Object.entries(expected)) {
    it(`${prefix}: proposes the dates checked by hand, at their offsets`, () => {
      const text = textOf(prefix);
      const proposals = proposeDates(text, '2024-10-02');
      expect(proposals.map((p) => [p.text, p.edtf])).toEqual(dates);
      for (const [i, p] of proposals.entries()) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(p.end).toBeLessThanOrEqual(proposals[i + 1]?.start ?? text.length);
        expect(readEdtf(p.edtf ?? '').ok, p.edtf ?? '').toBe(true);
      }
    });

    it(`${prefix}: without a reference, resolves only what is written in full`, () => {
      const text = textOf(prefix);
      const absolute = proposeDates(text, '2024-10-02').filter((p) => p.resolvedAgainst === null);
      const alone = proposeDates(text, null);
      expect(alone.filter((p) => p.edtf !== null)).toEqual(absolute);
      for (const p of alone.filter((p) => p.edtf === null)) {
        expect(p).toMatchObject({ needsReference: true, resolvedAgainst: null });
      }
    });
  }

  it('counts "a day later" in 002 from the report of February 24', () => {
    const text = textOf('002');
    const later = proposeDates(text, '2024-10-02').find((p) => p.text === 'A day later');
    expect(later?.resolvedAgainst).toBe(`previous date 2024-02-24 (offset ${text.indexOf('February 24')})`);
  });
});
