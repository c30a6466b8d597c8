/**
 * What makes an exported brief safe to open in any Markdown viewer: a CommonMark parser finds no
 * raw HTML, links or images in it, and no raw tag or `javascript:` link target is left unescaped
 * for a more liberal renderer (GFM, markdown-it) to bring to life.
 */
import * as commonmark from 'commonmark';

/** Everything live in `markdown`: HTML, links and images a renderer would make from it. */
export function liveMarkup(markdown: string): string[] {
  const found: string[] = [];
  const walker = new commonmark.Parser().parse(markdown).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const node = step.node;
    if (!step.entering) continue;
    if (node.type === 'html_inline' || node.type === 'html_block') found.push(`${node.type}: ${node.literal ?? ''}`);
    if (node.type === 'link' || node.type === 'image') found.push(`${node.type}: ${node.destination ?? ''}`);
  }
  for (const line of markdown.split('\n')) {
    for (const match of line.matchAll(/<[a-z!/?]|\]\(\s*javascript:|<javascript:/gi)) {
      if (!escaped(line, match.index)) found.push(`unescaped: ${line.slice(match.index, match.index + 60)}`);
    }
  }
  return found;
}

/** True when an odd number of backslashes stands right before `index`. */
function escaped(line: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && line[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}
