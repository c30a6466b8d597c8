/**
 * PDF text items to lines: items sharing a baseline become one row read left to right; page numbers
 * (a bare number in the first or last row, even on a single page) and running headers and footers
 * (rows repeated in the top or bottom band of most pages) are dropped, so they never interrupt the
 * paragraphs they fall between; then a page set in two columns is read one column after the other.
 */
import { columnRuns, type PdfRow } from './pdf-columns';

/** One text run on a page, in top-down page units: `y` is the baseline, `size` the font height. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPageText {
  items: PdfTextItem[];
  height: number;
}

export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** 0 for a line across the page (or on a page in one column), 1 in the left column, 2 in the right. */
  column: 0 | 1 | 2;
}

const EDGE_LINES = 2;
const EDGE_BAND = 0.15;
const pageNumber =
  /^(?:(?:page|p\.|seite|pág\.?|página)\s*)?[-–—(]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)]?(?:\s*(?:of|\/|sur|de|von)\s*\d{1,4})?$/i;

export function isPageNumberLine(text: string): boolean {
  return pageNumber.test(text.trim());
}

/** Items grouped by baseline, top to bottom. */
export function pageRows(items: readonly PdfTextItem[]): PdfRow[] {
  const sorted = items.filter((i) => i.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfRow[] = [];
  for (const item of sorted) {
    const last = rows.at(-1);
    if (last && Math.abs(item.y - last.y) <= 0.5 * Math.max(item.size, last.size)) last.items.push(item);
    else rows.push({ y: item.y, size: item.size, items: [item] });
  }
  return rows;
}

function toLine(items: readonly PdfTextItem[], column: PdfLine['column']): PdfLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  let main = sorted[0] as PdfTextItem;
  for (const item of sorted) {
    const gap = item.x - right;
    if (text !== '' && gap > 0.15 * item.size && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
    text += item.text;
    right = Math.max(right, item.x + item.width);
    if (item.text.trim().length > main.text.trim().length) main = item;
  }
  return { text: text.trim(), x: sorted[0]?.x ?? 0, right, y: main.y, size: main.size, column };
}

function edgeBand(line: PdfLine, index: number, count: number, height: number): 'top' | 'bottom' | null {
  if (index < EDGE_LINES && line.y < EDGE_BAND * height) return 'top';
  if (index >= count - EDGE_LINES && line.y > (1 - EDGE_BAND) * height) return 'bottom';
  return null;
}

const repeatKey = (band: string, text: string) =>
  `${band}:${text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;

/** Lines of every page in reading order, without running headers, footers and page numbers. */
export function bodyLines(pages: readonly PdfPageText[]): PdfLine[][] {
  const rowsByPage = pages.map((p) => withoutPageNumbers(pageRows(p.items), p.height));
  const linesByPage = rowsByPage.map((rows) => rows.map((row) => toLine(row.items, 0)));
  const seenOn = new Map<string, Set<number>>();
  linesByPage.forEach((lines, pageIndex) => {
    const height = pages[pageIndex]?.height ?? 0;
    lines.forEach((line, i) => {
      const band = edgeBand(line, i, lines.length, height);
      if (!band) return;
      const key = repeatKey(band, line.text);
      seenOn.set(key, (seenOn.get(key) ?? new Set()).add(pageIndex));
    });
  });
  // One page gives no evidence that a line runs on every page, so a lone page keeps its header.
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return rowsByPage.map((rows, pageIndex) => {
    const height = pages[pageIndex]?.height ?? 0;
    const lines = linesByPage[pageIndex] ?? [];
    const body = rows.filter((_, i) => {
      const line = lines[i] as PdfLine;
      const band = edgeBand(line, i, lines.length, height);
      return !band || (seenOn.get(repeatKey(band, line.text))?.size ?? 0) < threshold;
    });
    return columnRuns(body).map((run) => toLine(run.items, run.column));
  });
}

/**
 * The page's rows without a bare page number in the first row (if in the top band) or the last (if
 * in the bottom band): the whole row, or its first or last cell when set apart by a wide gap, as in
 * "Mission report ... Page 3". This needs no other page as evidence. A number further in, such as
 * "2024" under a title, is kept; on a longer document repetition removes it if it runs on every page.
 */
function withoutPageNumbers(rows: PdfRow[], height: number): PdfRow[] {
  const body = [...rows];
  const first = body[0];
  if (first && first.y < EDGE_BAND * height) body.splice(0, 1, ...keptPart(first));
  const last = body.at(-1);
  if (last && last !== first && last.y > (1 - EDGE_BAND) * height) body.splice(-1, 1, ...keptPart(last));
  return body;
}

function keptPart(row: PdfRow): PdfRow[] {
  const cells: PdfTextItem[][] = [];
  let right = -Infinity;
  for (const item of [...row.items].sort((a, b) => a.x - b.x)) {
    const cell = cells.at(-1);
    if (cell && item.x - right <= 2 * item.size) cell.push(item);
    else cells.push([item]);
    right = Math.max(right, item.x + item.width);
  }
  const edgeNumber = (cell: PdfTextItem[], i: number) =>
    (i === 0 || i === cells.length - 1) && isPageNumberLine(toLine(cell, 0).text);
  const items = cells.filter((cell, i) => !edgeNumber(cell, i)).flat();
  return items.length > 0 ? [{ ...row, items }] : [];
}
