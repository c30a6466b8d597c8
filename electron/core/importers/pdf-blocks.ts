/**
 * PDF lines to blocks. A PDF only knows where glyphs sit, so paragraphs are rebuilt from the
 * layout: a wider gap than the document's usual line spacing, an indented first line, or a short
 * line ending a sentence starts a new one; larger type is a heading (level by size rank);
 * words hyphenated at a line end are joined again. Each column of a page is measured on its own,
 * and a paragraph runs on across a column or page break when its sentence does.
 */
import type { DraftBlock } from './build-document';
import type { PdfLine } from './pdf-lines';
import { finishText } from './pdf-text';

const HEADING_RATIO = 1.2;
const listMarker = /^(?:[•◦▪‣●○■□]\s*|(\d{1,3})[.)]\s+)(?=\S)/u;
const sentenceEnd = /[.!?:]["”’)\]]?$/u;

interface Layout {
  body: number;
  lineGap: number;
  headingLevels: Map<number, number>;
}

const sizeKey = (size: number) => Math.round(size * 2) / 2;
const sameSize = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(a, b);

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(pages: readonly PdfLine[][]): Layout {
  const chars = new Map<number, number>();
  for (const line of pages.flat())
    chars.set(sizeKey(line.size), (chars.get(sizeKey(line.size)) ?? 0) + line.text.length);
  const body = [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [prev, line] = [lines[i - 1] as PdfLine, lines[i] as PdfLine];
      const gap = line.y - prev.y;
      if (sameSize(prev.size, body) && sameSize(line.size, body) && gap > 0 && gap < 3 * body) gaps.push(gap);
    }
  }
  const headingSizes = [...chars.keys()].filter((s) => s >= body * HEADING_RATIO).sort((a, b) => b - a);
  return {
    body,
    lineGap: median(gaps) ?? body * 1.2,
    headingLevels: new Map(headingSizes.map((s, i) => [s, Math.min(i + 1, 6)])),
  };
}

/** Joins two wrapped lines, undoing a line-end hyphenation only before a lowercase letter. */
export function joinLines(a: string, b: string): string {
  if (a.endsWith('\u00AD')) return a.slice(0, -1) + b;
  if (/[\p{L}\p{N}]-$/u.test(a)) return /^\p{Ll}/u.test(b) && /\p{L}-$/u.test(a) ? a.slice(0, -1) + b : a + b;
  return `${a} ${b}`;
}

interface Open {
  draft: DraftBlock;
  last: PdfLine;
}

interface ColumnBox {
  margin: number;
  rightEdge: number;
  width: number;
}

/** Left margin and right edge of each column of a page, from its body-size lines where it has any. */
function columnBoxes(lines: readonly PdfLine[], layout: Layout): Map<PdfLine['column'], ColumnBox> {
  const boxes = new Map<PdfLine['column'], ColumnBox>();
  for (const column of new Set(lines.map((l) => l.column))) {
    const inColumn = lines.filter((l) => l.column === column);
    const body = inColumn.filter((l) => sameSize(l.size, layout.body));
    const reference = body.length > 0 ? body : inColumn;
    const margin = Math.min(...reference.map((l) => l.x));
    const rightEdge = Math.max(...reference.map((l) => l.right));
    boxes.set(column, { margin, rightEdge, width: rightEdge - margin });
  }
  return boxes;
}

export function pdfBlocks(pages: readonly PdfLine[][]): DraftBlock[] {
  const layout = measure(pages);
  const drafts: DraftBlock[] = [];
  pages.forEach((lines, pageIndex) => {
    const boxes = columnBoxes(lines, layout);
    let open: Open | null = null;
    for (const line of lines) {
      const level = layout.headingLevels.get(sizeKey(line.size));
      const marker = level === undefined ? listMarker.exec(line.text) : null;
      const column = boxes.get(line.column) as ColumnBox;
      // The text flows on from the previous line unless this one starts a page or a column.
      const flowBreak = !open || open.last.column !== line.column;
      if (open && !flowBreak && continues(open, line, level, marker, layout, column)) {
        open.draft.text = joinLines(open.draft.text, line.text);
        open.last = line;
        continue;
      }
      const draft: DraftBlock =
        level !== undefined
          ? { type: 'heading', text: line.text, level }
          : marker
            ? { type: 'list_item', text: line.text.slice(marker[0].length), ordered: marker[1] !== undefined }
            : { type: 'paragraph', text: line.text };
      draft.page = pageIndex + 1;
      const previous = drafts.at(-1);
      if (flowBreak && previous && continuesAcrossBreak(previous, draft)) {
        previous.text = joinLines(previous.text, draft.text);
        open = { draft: previous, last: line };
      } else {
        drafts.push(draft);
        open = { draft, last: line };
      }
    }
  });
  return drafts
    .map((d) => ({ ...d, text: finishText(d.text) }))
    .filter((d) => d.text !== '')
    .map((d) => (d.type === 'heading' && d.text.length > 200 ? { type: 'paragraph', text: d.text, page: d.page } : d));
}

function continues(
  open: Open,
  line: PdfLine,
  level: number | undefined,
  marker: RegExpExecArray | null,
  layout: Layout,
  column: ColumnBox,
): boolean {
  const prev = open.last;
  const gap = line.y - prev.y;
  if (gap <= 0 || !sameSize(prev.size, line.size)) return false;
  if (open.draft.type === 'heading') return level !== undefined && gap <= 1.7 * line.size;
  if (level !== undefined || marker) return false;
  if (gap > layout.lineGap * (line.size / layout.body) * 1.3) return false;
  const indent = 0.8 * line.size;
  if (open.draft.type !== 'list_item' && line.x > column.margin + indent && line.x > prev.x + indent) return false;
  const shortLine = prev.right < column.rightEdge - 0.25 * column.width;
  return !(shortLine && sentenceEnd.test(prev.text) && /^[\p{Lu}\p{N}"“‘(]/u.test(line.text));
}

/** A paragraph cut by a page or column break: no closing punctuation before it, lowercase after. */
function continuesAcrossBreak(previous: DraftBlock, next: DraftBlock): boolean {
  return (
    previous.type === 'paragraph' &&
    next.type === 'paragraph' &&
    !sentenceEnd.test(previous.text) &&
    /^\p{Ll}/u.test(next.text)
  );
}
