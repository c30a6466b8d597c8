/**
 * Property tests: whatever the analyst, the documents or the codebook contain, the exported
 * Markdown parses (CommonMark + GFM) with every footnote resolved, no raw HTML, each passage in full
 * exactly once with its quote verbatim, and the HTML carries no script and no event handler.
 */
import fc from 'fast-check';
import type { Nodes as HastNodes } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { briefHtml } from './brief-html';
import { briefMarkdown } from './brief-markdown';
import { buildBriefTree } from './build-brief-tree';
import { hostileProject } from './hostile-project';
import { readBrief } from './markdown-checks';

describe('the brief with hostile text', () => {
  it('parses back with every footnote resolved, no raw HTML, and every quote verbatim, once', () => {
    fc.assert(
      fc.property(hostileProject, ({ spec, data }) => {
        const markdown = briefMarkdown(buildBriefTree(spec, data));
        const reading = readBrief(markdown);
        expect(reading.problems).toEqual([]);
        const quoteOf = new Map(data.passages.map((p) => [p.highlight.id as string, p.highlight.quote]));
        const passageQuotes = reading.quotes.filter((q) => q.highlightId !== null);
        for (const q of passageQuotes) expect(q.text).toBe(quoteOf.get(q.highlightId ?? ''));
        expect(passageQuotes.map((q) => q.highlightId).sort()).toEqual([...quoteOf.keys()].sort());
        expect(reading.highlightOfLabel.size).toBe(quoteOf.size);
      }),
      { numRuns: 100 },
    );
  });

  it('writes the same bytes for the same project', () => {
    fc.assert(
      fc.property(hostileProject, ({ spec, data }) => {
        expect(briefMarkdown(buildBriefTree(spec, data))).toBe(briefMarkdown(buildBriefTree(spec, data)));
      }),
      { numRuns: 30 },
    );
  });

  it('shows in the preview (drawn from the tree) the very text and links the Markdown export holds', () => {
    fc.assert(
      fc.property(hostileProject, ({ spec, data }) => {
        const tree = buildBriefTree(spec, data);
        const reparsed = fromMarkdown(briefMarkdown(tree), {
          extensions: [gfm()],
          mdastExtensions: [gfmFromMarkdown()],
        });
        const written = shown(toHast(reparsed));
        const previewed = shown(toHast(tree));
        expect(written.text).toBe(previewed.text);
        // GFM readers also turn bare web addresses in the text into links (autolink literals); every
        // link of the tree is there, in order, and nothing else is taken away.
        expect(isSubsequence(previewed.links, written.links)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('renders HTML with no script, no event handler and the hostile text escaped', () => {
    fc.assert(
      fc.property(hostileProject, ({ spec, data }) => {
        const html = briefHtml(buildBriefTree(spec, data), spec.title);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
        expect(html).not.toMatch(/<(img|iframe|object|embed|link)\b/i);
        expect(html).not.toMatch(/href="\s*javascript:/i);
      }),
      { numRuns: 100 },
    );
  });
});

/** What a reader sees of an HTML tree: its text with runs of white space as one space, and each link's target. */
function shown(root: HastNodes): { text: string; links: string[] } {
  let text = '';
  const links: string[] = [];
  const walk = (node: HastNodes): void => {
    if (node.type === 'text') text += node.value;
    if (node.type === 'element' && node.tagName === 'a') links.push(String(node.properties.href ?? ''));
    if (node.type === 'element' && node.tagName === 'br') text += ' ';
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return { text: text.replace(/\s+/g, ' ').trim(), links };
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let at = 0;
  for (const item of long) if (item === short[at]) at++;
  return at === short.length;
}
