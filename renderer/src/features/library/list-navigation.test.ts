import { describe, expect, it } from 'vitest';
import { rangeOf, scrollTopFor, targetIndex, typeAheadIndex } from './list-navigation';

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

describe('keeping the active row in view', () => {
  const view = { rowHeight: 50, scrollTop: 1000, height: 300 };
  it('leaves the list where it is when the row is in full view', () => {
    expect(scrollTopFor(20, view, 'auto')).toBe(1000);
    expect(scrollTopFor(25, view, 'auto')).toBe(1000);
  });
  it('scrolls just enough to bring a row above or below the view into it', () => {
    expect(scrollTopFor(19, view, 'auto')).toBe(950);
    expect(scrollTopFor(26, view, 'auto')).toBe(1050);
    expect(scrollTopFor(49_999, view, 'auto')).toBe(49_999 * 50 + 50 - 300);
    expect(scrollTopFor(0, view, 'auto')).toBe(0);
  });
  it('centres the row when asked, never above the top', () => {
    expect(scrollTopFor(100, view, 'center')).toBe(100 * 50 - 125);
    expect(scrollTopFor(1, view, 'center')).toBe(0);
  });
});
