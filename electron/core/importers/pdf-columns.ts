/**
 * Reading order for pages set in two columns. Text runs grouped by baseline read straight across
 * the gutter (left line 1, right line 1, …), so each page is checked for a gutter: a vertical band
 * near the middle crossed by at most half the page's rows, with text on both sides in lines that
 * mostly reach across their column (which tells columns from most tables). Each stretch of column
 * rows is then read left column first, then right. A row that crosses the gutter (a title, a
 * full-width paragraph or caption, a centred page footer) stays where it is and ends the stretch
 * above it. One gutter per page: three columns are read as two.
 */
import type { PdfTextItem } from './pdf-lines';

/** Text runs sharing a baseline, in top-down page units, sorted top to bottom. */
export interface PdfRow {
  y: number;
  size: number;
  items: PdfTextItem[];
}

/** Where a run of text sits: 0 across the page (or a page in one column), 1 left column, 2 right. */
export interface ColumnRun {
  column: 0 | 1 | 2;
  items: PdfTextItem[];
}

interface Band {
  left: number;
  right: number;
}

const MIN_COLUMN_ROWS = 3;
/** The gutter is sought in the central 40% of the text width. */
const SIDE_SHARE = 0.3;
/** A line this share of its column's width reaches across it; this share of a column's lines must. */
const FULL_LINE = 0.75;
const FULL_SHARE = 0.6;
/** Pages wider than this (in points) are not searched: no real page is, and the scan is per point. */
const MAX_SCAN_WIDTH = 20_000;

const end = (item: PdfTextItem) => item.x + Math.max(0, item.width);
const crosses = (items: readonly PdfTextItem[], band: Band) =>
  items.some((i) => i.x < band.right && end(i) > band.left);

/** The page's rows in reading order; each row of a two-column stretch is split into its two runs. */
export function columnRuns(rows: readonly PdfRow[]): ColumnRun[] {
  const gutter = findGutter(rows);
  if (!gutter) return rows.map((row) => ({ column: 0, items: row.items }));
  // A line reaching past the middle of the gutter belongs to neither column.
  const middle = (gutter.left + gutter.right) / 2;
  const em = medianOf(rows.map((row) => row.size)) ?? 10;
  const runs: ColumnRun[] = [];
  let left: ColumnRun[] = [];
  let right: ColumnRun[] = [];
  const flush = () => {
    runs.push(...left, ...right);
    left = [];
    right = [];
  };
  rows.forEach((row, i) => {
    const leftItems = row.items.filter((item) => end(item) <= middle);
    const rightItems = row.items.filter((item) => item.x >= middle);
    const acrossPage = leftItems.length + rightItems.length < row.items.length;
    const oneSided = leftItems.length === 0 || rightItems.length === 0;
    if (acrossPage || (oneSided && isolatedEdge(rows, i, em))) {
      flush();
      runs.push({ column: 0, items: row.items });
      return;
    }
    if (leftItems.length > 0) left.push({ column: 1, items: leftItems });
    if (rightItems.length > 0) right.push({ column: 2, items: rightItems });
  });
  flush();
  return runs;
}

/**
 * A header or footer line kept on the page (one that does not repeat) sits apart from the body;
 * read as part of the left column it would land between the columns.
 */
function isolatedEdge(rows: readonly PdfRow[], i: number, em: number): boolean {
  const row = rows[i] as PdfRow;
  const next = i < 2 ? rows[i + 1] : i >= rows.length - 2 ? rows[i - 1] : undefined;
  return next !== undefined && Math.abs(next.y - row.y) > 2.5 * em;
}

interface SideLine {
  y: number;
  items: PdfTextItem[];
}

/** The gutter between two columns of text, or null when the page does not read as two columns. */
export function findGutter(rows: readonly PdfRow[]): Band | null {
  const items = rows.flatMap((row) => row.items);
  const minX = minOf(items.map((i) => i.x));
  const maxX = maxOf(items.map(end));
  if (!(maxX > minX) || maxX - minX > MAX_SCAN_WIDTH) return null;
  const band = leastCrossedBand(rows, minX, maxX);
  if (!band || band.crossing > 0.5 * rows.length) return null;
  const columnRows = rows.filter((row) => !crosses(row.items, band));
  const side = (keep: (i: PdfTextItem) => boolean): SideLine[] =>
    columnRows.map((row) => ({ y: row.y, items: row.items.filter(keep) })).filter((l) => l.items.length > 0);
  const leftLines = side((i) => end(i) <= band.left);
  const rightLines = side((i) => i.x >= band.right);
  if (leftLines.length < MIN_COLUMN_ROWS || rightLines.length < MIN_COLUMN_ROWS) return null;
  // Measured beside the other column only, so a full-width line above or below the columns that
  // happens to stop inside the gutter does not narrow it.
  const gutter = {
    left: maxOf(besideOf(leftLines, rightLines).flatMap((l) => l.items.map(end))),
    right: minOf(besideOf(rightLines, leftLines).flatMap((l) => l.items.map((i) => i.x))),
  };
  const em = medianOf(items.map((i) => i.size)) ?? 10;
  if (!Number.isFinite(gutter.right - gutter.left) || gutter.right - gutter.left < em) return null;
  const chars = (lines: SideLine[]) => lines.reduce((n, l) => n + l.items.reduce((m, i) => m + i.text.length, 0), 0);
  const [leftChars, rightChars] = [chars(leftLines), chars(rightLines)];
  if (Math.min(leftChars, rightChars) < 0.2 * (leftChars + rightChars)) return null;
  // Most lines of a column reach across it; the cells of a table mostly do not.
  const leftMargin = minOf(leftLines.flatMap((l) => l.items.map((i) => i.x)));
  const rightEdge = maxOf(rightLines.flatMap((l) => l.items.map(end)));
  return mostlyFull(leftLines, gutter.left - leftMargin) && mostlyFull(rightLines, rightEdge - gutter.right)
    ? gutter
    : null;
}

function mostlyFull(lines: readonly SideLine[], columnWidth: number): boolean {
  const full = lines.filter((l) => {
    const width = maxOf(l.items.map(end)) - minOf(l.items.map((i) => i.x));
    return width >= FULL_LINE * columnWidth;
  });
  return full.length >= FULL_SHARE * lines.length;
}

/** The lines of one side that sit level with the other side's text, top to bottom. */
function besideOf(lines: SideLine[], other: SideLine[]): SideLine[] {
  const top = other[0]?.y ?? 0;
  const bottom = other.at(-1)?.y ?? 0;
  return lines.filter((l) => l.y >= top && l.y <= bottom);
}

/**
 * The widest band (at least one point) near the middle crossed by the fewest rows, counted per
 * point of x over each row's merged runs.
 */
function leastCrossedBand(rows: readonly PdfRow[], minX: number, maxX: number): (Band & { crossing: number }) | null {
  const origin = Math.floor(minX);
  const size = Math.ceil(maxX) - origin + 1;
  const delta = new Int32Array(size + 1);
  const bump = (x: number, by: number) => (delta[x - origin] = (delta[x - origin] ?? 0) + by);
  for (const row of rows) {
    for (const [a, b] of mergedSpans(row.items)) {
      bump(Math.floor(a), 1);
      bump(Math.ceil(b), -1);
    }
  }
  const cover = new Int32Array(size);
  let running = 0;
  for (let x = 0; x < size; x++) cover[x] = running += delta[x] ?? 0;
  const from = Math.ceil(minX + SIDE_SHARE * (maxX - minX)) - origin;
  const to = Math.floor(maxX - SIDE_SHARE * (maxX - minX)) - origin;
  let least = Infinity;
  for (let x = from; x <= to; x++) least = Math.min(least, cover[x] ?? Infinity);
  let best: { start: number; stop: number } | null = null;
  for (let x = from; x <= to; x++) {
    if (cover[x] !== least) continue;
    let start = x;
    let stop = x;
    while (start > 0 && cover[start - 1] === least) start--;
    while (stop + 1 < size && cover[stop + 1] === least) stop++;
    if (!best || stop - start > best.stop - best.start) best = { start, stop };
    x = stop;
  }
  return best && { left: origin + best.start, right: origin + best.stop + 1, crossing: least };
}

function mergedSpans(items: readonly PdfTextItem[]): [number, number][] {
  const spans = items.map((i): [number, number] => [i.x, end(i)]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

// Not Math.max(...values): a page can hold more text runs than a call can take arguments.
const minOf = (values: readonly number[]) => values.reduce((m, v) => Math.min(m, v), Infinity);
const maxOf = (values: readonly number[]) => values.reduce((m, v) => Math.max(m, v), -Infinity);

function medianOf(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
