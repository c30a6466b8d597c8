/** A readable window of text around the matches, with the matched words marked. */
import type { SearchSnippet } from '../../contract';

const WINDOW = 220;

export function makeSnippet(text: string, matches: readonly [number, number][]): SearchSnippet | null {
  const sorted = [...matches].sort((a, b) => a[0] - b[0]);
  const first = sorted[0];
  if (!first) return null;
  // Centre on the densest run of matches that fits the window, starting at a word boundary.
  let bestStart = first[0];
  let bestCount = 0;
  for (const [s] of sorted) {
    const count = sorted.filter(([x, e]) => x >= s && e <= s + WINDOW).length;
    if (count > bestCount) [bestStart, bestCount] = [s, count];
  }
  let start = Math.max(0, bestStart - 60);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < bestStart) start = space + 1;
  }
  start = wholeCharacterAt(text, start);
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + WINDOW / 2) end = space;
  }
  end = wholeCharacterAt(text, end);
  const marks = sorted
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s - start, e - start] as [number, number]);
  // One space per newline, never fewer: the marks are offsets into this text.
  return { start, end, text: text.slice(start, end).replace(/\n/g, ' '), marks };
}

/** The offset itself, or one before it when it would cut a surrogate pair in two. */
function wholeCharacterAt(text: string, offset: number): number {
  const low = text.charCodeAt(offset);
  const high = text.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? offset - 1 : offset;
}
