/**
 * The brief tree written as Markdown (CommonMark with GFM footnotes and tables). All escaping is
 * mdast-util-to-markdown's: text in the tree comes back as the same text when the output is parsed.
 */
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

export function briefMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
  });
}
