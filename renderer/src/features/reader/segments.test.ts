import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../../electron/contract';
import type { DateMark } from '../../store/dates-slice';
import { rangesIn, segmentBlock, type Layers } from './segments';

const highlight = (id: string, start: number, end: number): Highlight =>
  ({ id, start, end, color: 'yellow', status: 'anchored', createdAt: '2024-01-01T00:00:00.000Z' }) as Highlight;
const none: Layers = { hit: null, flash: null, found: [], current: null, dates: [] };
const shape = (segments: ReturnType<typeof segmentBlock>) =>
  segments.map((s) => [s.start, s.end, s.highlights.map((h) => h.id).join(','), s.found]);

describe('segments', () => {
  it('draws find matches as another layer over highlights', () => {
    const found = [
      { start: 2, end: 4 },
      { start: 8, end: 12 },
    ];
    const segments = segmentBlock({ start: 0, end: 14 }, [highlight('h', 3, 10)], {
      ...none,
      found,
      current: found[1] ?? null,
    });
    expect(shape(segments)).toEqual([
      [0, 2, '', null],
      [2, 3, '', 'match'],
      [3, 4, 'h', 'match'],
      [4, 8, 'h', null],
      [8, 10, 'h', 'current'],
      [10, 12, '', 'current'],
      [12, 14, '', null],
    ]);
  });

  it('cuts at proposed dates as one more layer, each segment knowing its date', () => {
    const dates: DateMark[] = [
      { start: 2, end: 6, resolved: true, title: 'October 2023' },
      { start: 9, end: 13, resolved: false, title: 'needs a reference date' },
    ];
    const segments = segmentBlock({ start: 0, end: 14 }, [highlight('h', 4, 11)], { ...none, dates });
    expect(
      segments.map((s) => [s.start, s.end, s.highlights.map((h) => h.id).join(','), s.date?.title ?? null]),
    ).toEqual([
      [0, 2, '', null],
      [2, 4, '', 'October 2023'],
      [4, 6, 'h', 'October 2023'],
      [6, 9, 'h', null],
      [9, 11, 'h', 'needs a reference date'],
      [11, 13, '', 'needs a reference date'],
      [13, 14, '', null],
    ]);
  });

  it('keeps only the dates of the block, cut at the block edges', () => {
    const dates: DateMark[] = [
      { start: 0, end: 4, resolved: true, title: 'a' },
      { start: 8, end: 12, resolved: true, title: 'b' },
      { start: 20, end: 24, resolved: true, title: 'c' },
    ];
    const segments = segmentBlock({ start: 10, end: 16 }, [], { ...none, dates });
    expect(segments.map((s) => [s.start, s.end, s.date?.title ?? null])).toEqual([
      [10, 12, 'b'],
      [12, 16, null],
    ]);
  });

  it('finds the ranges of one block among many', () => {
    const ranges = [0, 10, 20, 30, 40].map((start) => ({ start, end: start + 5 }));
    expect(rangesIn(ranges, { start: 12, end: 33 })).toEqual([
      { start: 10, end: 15 },
      { start: 20, end: 25 },
      { start: 30, end: 35 },
    ]);
    expect(rangesIn(ranges, { start: 4, end: 10 })).toEqual([{ start: 0, end: 5 }]);
    expect(rangesIn(ranges, { start: 46, end: 50 })).toEqual([]);
    expect(rangesIn([], { start: 0, end: 5 })).toEqual([]);
  });
});
