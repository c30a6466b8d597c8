/**
 * What makes an exported brief safe to open in any Markdown viewer: a CommonMark parser finds no
 * raw HTML or images in it and no links but the brief's own (a passage's dossier:// deep link, a
 * source's web address), and no raw tag or `javascript:` link target is left unescaped for a more
 * liberal renderer (GFM, markdown-it) to bring to life.
 */
import * as commonmark from 'commonmark';

/** The brief's own links: deep links back to a passage, and web addresses of sources. */
const OWN_LINK = /^(dossier:\/\/open\?doc=[^\s<>]+|https?:\/\/[^\s<>]+)$/;
/** A source's web address written as an autolink, which is a link (checked above), not a tag. */
const AUTOLINK = /^<https?:\/\/[^\s<>]*>/i;

/** Everything live in `markdown`: HTML, images and foreign links a renderer would make from it. */
export function liveMarkup(markdown: string): string[] {
  const found: string[] = [];
  const walker = new commonmark.Parser().parse(markdown).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const node = step.node;
    if (!step.entering) continue;
    if (node.type === 'html_inline' || node.type === 'html_block') found.push(`${node.type}: ${node.literal ?? ''}`);
    if (node.type === 'image') found.push(`image: ${node.destination ?? ''}`);
    if (node.type === 'link' && !OWN_LINK.test(node.destination ?? '')) found.push(`link: ${node.destination ?? ''}`);
  }
  for (const line of markdown.split('\n')) {
    for (const match of line.matchAll(/<[a-z!/?]|\]\(\s*javascript:|<javascript:/gi)) {
      if (AUTOLINK.test(line.slice(match.index))) continue;
      if (!escaped(line, match.index)) found.push(`unescaped: ${line.slice(match.index, match.index + 60)}`);
    }
  }
  return found;
}

/** The text a reader sees once `markdown` is rendered: every text and code span, literally. */
export function renderedText(markdown: string): string {
  const parts: string[] = [];
  const walker = new commonmark.Parser().parse(markdown).walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const node = step.node;
    if (!step.entering) continue;
    if (node.type === 'text' || node.type === 'code') parts.push(node.literal ?? '');
    if (node.type === 'softbreak' || node.type === 'linebreak' || node.type === 'paragraph') parts.push('\n');
  }
  return parts.join('');
}

/** True when an odd number of backslashes stands right before `index`. */
function escaped(line: string, index: number): boolean {
  let slashes = 0;
  for (let i = index - 1; i >= 0 && line[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}
