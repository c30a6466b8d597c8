import { describe, expect, it } from 'vitest';
import { rangeOf, targetIndex, typeAheadIndex } from './list-navigation';

describe('navigation keys', () => {
  it('move one, a page, or to either end, and stop at the ends', () => {
    expect(targetIndex('ArrowDown', 3, 10, 4)).toBe(4);
    expect(targetIndex('ArrowUp', 0, 10, 4)).toBe(0);
    expect(targetIndex('PageDown', 8, 10, 4)).toBe(9);
    expect(targetIndex('PageUp', 5, 10, 4)).toBe(1);
    expect(targetIndex('Home', 5, 10, 4)).toBe(0);
    expect(targetIndex('End', 5, 10, 4)).toBe(9);
    expect(targetIndex('a', 5, 10, 4)).toBeNull();
    expect(targetIndex('ArrowDown', 0, 0, 4)).toBeNull();
  });
});

describe('type-ahead', () => {
  const titles = ['Alpha', 'Report 1', 'beta', 'Report 2', 'Émeute à Lyon', 'report 3'];

  it('a letter jumps to the next title starting with it, wrapping around', () => {
    expect(typeAheadIndex(titles, 0, 'r')).toBe(1);
    expect(typeAheadIndex(titles, 1, 'r')).toBe(3);
    expect(typeAheadIndex(titles, 5, 'r')).toBe(1);
    expect(typeAheadIndex(titles, 0, 'B')).toBe(2);
  });

  it('a longer prefix stays on the row while it matches, ignoring case and accents', () => {
    expect(typeAheadIndex(titles, 1, 'report 2')).toBe(3);
    expect(typeAheadIndex(titles, 1, 're')).toBe(1);
    expect(typeAheadIndex(titles, 0, 'emeute')).toBe(4);
    expect(typeAheadIndex(titles, 0, 'zebra')).toBeNull();
  });
});

describe('ranges', () => {
  it('covers anchor to target in either direction', () => {
    expect(rangeOf(['a', 'b', 'c', 'd'], 2, 0)).toEqual(['a', 'b', 'c']);
    expect(rangeOf(['a', 'b', 'c', 'd'], 1, 3)).toEqual(['b', 'c', 'd']);
  });
});
