import { describe, expect, it } from 'vitest';
import { boundsOverlap } from './bounds-overlap';
import { readDateInput } from './date-input';

const bounds = (typed: string): [string | null, string | null] => {
  const result = readDateInput(typed);
  if (!result.ok) throw new Error(result.message);
  return [result.reading.earliest, result.reading.latest];
};

describe('boundsOverlap', () => {
  it('matches an uncertain date by any day it may fall on', () => {
    expect(boundsOverlap(...bounds('about 2024'), { from: '2024-06-01', to: '2024-06-30' })).toBe(true);
    expect(boundsOverlap(...bounds('March–May 2024'), { from: '2024-05-31', to: null })).toBe(true);
    expect(boundsOverlap(...bounds('March–May 2024'), { from: '2024-06-01', to: null })).toBe(false);
  });

  it('treats open ends as unbounded', () => {
    expect(boundsOverlap(...bounds('before May 2024'), { from: '2023-01-01', to: '2023-12-31' })).toBe(true);
    expect(boundsOverlap(...bounds('before May 2024'), { from: '2024-06-01', to: null })).toBe(false);
    expect(boundsOverlap(...bounds('since May 2024'), { from: '2030-01-01', to: '2030-01-01' })).toBe(true);
    expect(boundsOverlap(...bounds('since May 2024'), { from: null, to: '2024-04-30' })).toBe(false);
  });

  it('includes both ends of the range', () => {
    expect(boundsOverlap('2024-03-05', '2024-03-05', { from: '2024-03-05', to: '2024-03-05' })).toBe(true);
    expect(boundsOverlap('2024-03-05', '2024-03-05', { from: null, to: '2024-03-04' })).toBe(false);
  });
});
