/** Plain-text rendering for the terminal: aligned tables and search snippets with marked words. */
import type { SearchSnippet } from '../contract';

/** Left-aligned columns separated by two spaces; the last column is never padded. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '))
    .join('\n');
}

/** The snippet text with every matched range wrapped as [[word]]. */
export function markSnippet(snippet: SearchSnippet): string {
  const marks = [...snippet.marks].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    out += snippet.text.slice(at, start) + '[[' + snippet.text.slice(start, end) + ']]';
    at = end;
  }
  return out + snippet.text.slice(at);
}
