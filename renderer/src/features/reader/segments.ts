/**
 * Cuts a block's text range into flat segments at every highlight, search-hit and flash boundary,
 * so each segment renders as one element that knows its document offset (`data-start`).
 * Highlights that need review are left out: their offsets belong to an earlier version of the text.
 */
import type { Highlight } from '../../../../electron/contract';
import type { TextRange } from '../../store/reader-slice';

export interface Segment {
  start: number;
  end: number;
  /** Highlights covering the whole segment, innermost (shortest) first. */
  highlights: Highlight[];
  hit: boolean;
  flash: boolean;
}

const covers = (range: TextRange | null, start: number, end: number): boolean =>
  range !== null && range.start <= start && range.end >= end && range.end > range.start;

export function segmentBlock(
  block: TextRange,
  allHighlights: readonly Highlight[],
  hit: TextRange | null,
  flash: TextRange | null,
): Segment[] {
  const highlights = allHighlights.filter((h) => h.status === 'anchored');
  const cuts = new Set([block.start, block.end]);
  const ranges: TextRange[] = [...highlights, ...(hit ? [hit] : []), ...(flash ? [flash] : [])];
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
    });
  }
  return segments;
}
