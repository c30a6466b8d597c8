/**
 * PDF text items to lines: items sharing a baseline become one line read left to right, and
 * running headers, footers and page numbers (lines repeated in the top or bottom band of most
 * pages) are dropped, so they never interrupt the paragraphs they fall between.
 */

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
}

const EDGE_LINES = 2;
const EDGE_BAND = 0.15;
const pageNumber =
  /^(?:(?:page|p\.|seite|pág\.?|página)\s*)?[-–—(]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)]?(?:\s*(?:of|\/|sur|de|von)\s*\d{1,4})?$/i;

export function isPageNumberLine(text: string): boolean {
  return pageNumber.test(text.trim());
}

export function pageLines(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { y: number; size: number; items: PdfTextItem[] }[] = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    if (last && Math.abs(item.y - last.y) <= 0.5 * Math.max(item.size, last.size)) last.items.push(item);
    else groups.push({ y: item.y, size: item.size, items: [item] });
  }
  return groups.map((g) => toLine(g.items));
}

function toLine(items: PdfTextItem[]): PdfLine {
  items.sort((a, b) => a.x - b.x);
  let text = '';
  let right = -Infinity;
  let main = items[0] as PdfTextItem;
  for (const item of items) {
    const gap = item.x - right;
    if (text !== '' && gap > 0.15 * item.size && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
    text += item.text;
    right = Math.max(right, item.x + item.width);
    if (item.text.trim().length > main.text.trim().length) main = item;
  }
  return { text: text.trim(), x: items[0]?.x ?? 0, right, y: main.y, size: main.size };
}

function edgeBand(line: PdfLine, index: number, count: number, height: number): 'top' | 'bottom' | null {
  if (index < EDGE_LINES && line.y < EDGE_BAND * height) return 'top';
  if (index >= count - EDGE_LINES && line.y > (1 - EDGE_BAND) * height) return 'bottom';
  return null;
}

const repeatKey = (band: string, text: string) =>
  `${band}:${text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;

/** Lines of every page, without running headers, footers and page numbers. */
export function bodyLines(pages: readonly PdfPageText[]): PdfLine[][] {
  const linesByPage = pages.map((p) => pageLines(p.items));
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
  const threshold = Math.max(2, Math.ceil(pages.length / 2));
  return linesByPage.map((lines, pageIndex) => {
    const height = pages[pageIndex]?.height ?? 0;
    return lines.filter((line, i) => {
      const band = edgeBand(line, i, lines.length, height);
      if (!band) return true;
      if (isPageNumberLine(line.text)) return false;
      return (seenOn.get(repeatKey(band, line.text))?.size ?? 0) < threshold;
    });
  });
}
