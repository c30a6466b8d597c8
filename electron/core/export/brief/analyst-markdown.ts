/**
 * The analyst's own Markdown (summary, judgments) read into syntax-tree nodes the brief can hold.
 * Whatever could run or fetch something in an exported file is dropped here, once, for every format:
 * raw HTML, images (an external resource), and links other than web, mail and Dossier links.
 * Footnotes and link definitions are the brief's own business, so the analyst's are folded into text;
 * link titles and code fences' info strings (attributes in HTML) are dropped but for a plain language.
 */
import type { Definition, Nodes, Parents, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const SAFE_PROTOCOL = /^(https?:|mailto:|dossier:)/i;

/** A URL safe to put in an exported link, or null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return SAFE_PROTOCOL.test(trimmed) ? trimmed : null;
}

/**
 * Block nodes of the analyst's Markdown. Headings are pushed `headingShift` levels down so they sit
 * under the brief's own section headings.
 */
export function analystBlocks(markdown: string, headingShift: number): RootContent[] {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const definitions = new Map<string, Definition>();
  collectDefinitions(tree, definitions);
  return clean(tree.children, definitions, headingShift);
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === 'definition' && !into.has(node.identifier)) into.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, into);
}

function clean<T extends RootContent>(nodes: readonly T[], defs: Map<string, Definition>, shift: number): T[] {
  const out: RootContent[] = [];
  for (const node of nodes) out.push(...cleanNode(node, defs, shift));
  return out as T[];
}

function cleanNode(node: RootContent, defs: Map<string, Definition>, shift: number): RootContent[] {
  delete node.position;
  switch (node.type) {
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return [];
    case 'footnoteReference':
      return [{ type: 'text', value: `[^${node.label ?? node.identifier}]` }];
    case 'image':
    case 'imageReference':
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    case 'link': {
      const children = clean(node.children, defs, shift);
      const url = safeUrl(node.url);
      // A link's title would become an attribute nobody reads in a brief: only the text is kept.
      return url ? [{ type: 'link', url, title: null, children }] : children;
    }
    case 'linkReference': {
      const children = clean(node.children, defs, shift);
      const url = safeUrl(defs.get(node.identifier)?.url);
      return url ? [{ type: 'link', url, title: null, children }] : children;
    }
    case 'code':
      // A fence's info string ends up as a class name in HTML: only a plain language name is kept.
      return [{ ...node, lang: node.lang && /^[\w#+.-]{1,32}$/.test(node.lang) ? node.lang : null, meta: null }];
    case 'heading': {
      const children = clean(node.children, defs, shift);
      return [{ ...node, depth: Math.min(6, node.depth + shift) as 1 | 2 | 3 | 4 | 5 | 6, children }];
    }
    default:
      if ('children' in node) {
        const parent = node as Parents & RootContent;
        (parent as { children: RootContent[] }).children = clean(parent.children as RootContent[], defs, shift);
        // A paragraph that held only raw HTML would otherwise serialize as a blank line.
        if (node.type === 'paragraph' && node.children.length === 0) return [];
      }
      return [node];
  }
}

/** Plain text (an event's description) as paragraphs: blank lines split them, single newlines stay. */
export function plainParagraphs(text: string): RootContent[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .filter((chunk) => chunk.trim().length > 0)
    .map((chunk) => ({ type: 'paragraph', children: [{ type: 'text', value: chunk.trim() }] }));
}

export const text = (value: string): PhrasingContent => ({ type: 'text', value });
export const emphasis = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
