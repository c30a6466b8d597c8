/**
 * Cuts a block's text range into flat segments at every boundary of every layer — highlights,
 * the search hit, the flashed passage, find-in-document matches, dates proposed from the text —
 * so each segment renders as one element that knows its document offset (`data-start`) and which
 * layers cover it.
 * Highlights that need review are left out: their offsets belong to an earlier version of the text.
 */
import type { Highlight } from '../../../../electron/contract';
import type { DateMark } from '../../store/dates-slice';
import type { TextRange } from '../../store/reader-slice';

export interface Layers {
  hit: TextRange | null;
  flash: TextRange | null;
  /** Find-in-document matches (sorted, not overlapping) and the current one among them. */
  found: readonly TextRange[];
  current: TextRange | null;
  /** Dates proposed from the text (sorted, not overlapping). */
  dates: readonly DateMark[];
}

export interface Segment {
  start: number;
  end: number;
  /** Highlights covering the whole segment, innermost (shortest) first. */
  highlights: Highlight[];
  hit: boolean;
  flash: boolean;
  found: 'match' | 'current' | null;
  /** The proposed date the segment is part of. */
  date: DateMark | null;
}

const covers = (range: TextRange | null, start: number, end: number): boolean =>
  range !== null && range.start <= start && range.end >= end && range.end > range.start;

/** The sorted ranges that overlap `block`, found by binary search (a document may have many). */
export function rangesIn<Item extends TextRange>(ranges: readonly Item[], block: TextRange): readonly Item[] {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ranges[mid] as Item).end <= block.start) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < ranges.length && (ranges[end] as Item).start < block.end) end++;
  return ranges.slice(low, end);
}

export function segmentBlock(block: TextRange, allHighlights: readonly Highlight[], layers: Layers): Segment[] {
  const highlights = allHighlights.filter((h) => h.status === 'anchored');
  const { hit, flash, current } = layers;
  const found = rangesIn(layers.found, block);
  const dates = rangesIn(layers.dates, block);
  const cuts = new Set([block.start, block.end]);
  const ranges: TextRange[] = [
    ...highlights,
    ...(hit ? [hit] : []),
    ...(flash ? [flash] : []),
    ...found,
    ...(current ? [current] : []),
    ...dates,
  ];
  for (const range of ranges) {
    for (const offset of [range.start, range.end]) {
      if (offset > block.start && offset < block.end) cuts.add(offset);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    segments.push({
      start,
      end,
      highlights: highlights
        .filter((h) => h.start <= start && h.end >= end)
        .sort((a, b) => a.end - a.start - (b.end - b.start) || b.createdAt.localeCompare(a.createdAt)),
      hit: covers(hit, start, end),
      flash: covers(flash, start, end),
      found: covers(current, start, end)
        ? 'current'
        : found.some((range) => covers(range, start, end))
          ? 'match'
          : null,
      date: dates.find((range) => covers(range, start, end)) ?? null,
    });
  }
  return segments;
}
