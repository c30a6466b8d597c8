/**
 * Markdown to blocks with a real CommonMark parser (mdast). Raw HTML in the source is dropped,
 * never kept: the reader renders blocks as text. The title comes from front matter or the first heading.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { DraftBlock } from './build-document';

export interface MarkdownResult {
  blocks: DraftBlock[];
  title: string | null;
}

export function markdownBlocks(source: string): MarkdownResult {
  const { body, title } = splitFrontMatter(source);
  const tree: Root = fromMarkdown(body);
  const blocks: DraftBlock[] = [];
  for (const node of tree.children) collect(node, blocks, false);
  const heading = blocks.find((b) => b.type === 'heading');
  return { blocks, title: title ?? heading?.text ?? null };
}

function collect(node: RootContent, out: DraftBlock[], inQuote: boolean): void {
  switch (node.type) {
    case 'heading':
      out.push({ type: 'heading', text: inlineText(node), level: node.depth });
      return;
    case 'paragraph':
      out.push({ type: inQuote ? 'quote' : 'paragraph', text: inlineText(node) });
      return;
    case 'blockquote':
      for (const child of node.children) collect(child, out, true);
      return;
    case 'list':
      for (const item of node.children) {
        out.push({ type: 'list_item', text: item.children.map(inlineText).join(' '), ordered: node.ordered ?? false });
      }
      return;
    case 'code':
      out.push({ type: 'code', text: node.value });
      return;
    case 'table':
      for (const row of node.children) out.push({ type: 'paragraph', text: row.children.map(inlineText).join(' | ') });
      return;
    default:
      return;
  }
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'break':
      return ' ';
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map((c) => inlineText(c as Nodes)).join('') : '';
  }
}

/** YAML front matter: only `title:` is read; the block itself never reaches the text. */
function splitFrontMatter(source: string): { body: string; title: string | null } {
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(source);
  if (!match) return { body: source, title: null };
  const titleLine = /^title:\s*(.+)$/m.exec(match[1] ?? '');
  const title = titleLine?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2') || null;
  return { body: source.slice(match[0].length), title };
}
