/**
 * Maps a DOM selection in the reader back to document offsets: every segment element carries
 * `data-start`, so a point inside its text node is `data-start + offset`. Points that land on
 * element boundaries (triple-click, drags past a block) snap to the nearest segment edge.
 */
import type { TextRange } from '../../store/reader-slice';

function pointToOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (segment && root.contains(segment)) return Number(segment.dataset.start) + offset;
  }
  const probe = document.createRange();
  probe.setStart(node, offset);
  const segments = root.querySelectorAll<HTMLElement>('[data-start]');
  let last: HTMLElement | null = null;
  for (const segment of segments) {
    if (probe.comparePoint(segment, 0) >= 0) return Number(segment.dataset.start);
    last = segment;
  }
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : null;
}

/** The selection's document range, trimmed of surrounding whitespace; null when empty or outside. */
export function selectionToRange(root: HTMLElement, selection: Selection, text: string): TextRange | null {
  if (selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = pointToOffset(root, range.startContainer, range.startOffset);
  let end = pointToOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (start > end) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}
