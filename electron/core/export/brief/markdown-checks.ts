/**
 * Test support: reads an exported brief back with a real CommonMark + GFM parser (micromark) and
 * checks what the brief promises: every footnote reference has its definition and every definition
 * is referenced, no raw HTML anywhere, and each block quote is its passage's quote, verbatim.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

export const parseMarkdown = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

export function allNodes(node: Nodes): Nodes[] {
  const out: Nodes[] = [node];
  if ('children' in node) for (const child of node.children) out.push(...allNodes(child));
  return out;
}

export interface BriefReading {
  root: Root;
  /** Highlight id of each footnote label, read from the deep link in its definition. */
  highlightOfLabel: Map<string, string>;
  /** Each block quote's text with the highlight its attribution line cites (null: the analyst's own). */
  quotes: { highlightId: string | null; text: string }[];
  problems: string[];
}

export function readBrief(markdown: string): BriefReading {
  const root = parseMarkdown(markdown);
  const nodes = allNodes(root);
  const problems: string[] = [];
  if (nodes.some((n) => n.type === 'html')) problems.push('raw HTML node');
  const refs = new Set(nodes.flatMap((n) => (n.type === 'footnoteReference' ? [n.identifier] : [])));
  const defs = nodes.flatMap((n) => (n.type === 'footnoteDefinition' ? [n] : []));
  const defIds = new Set(defs.map((d) => d.identifier));
  if (defIds.size !== defs.length) problems.push('a footnote defined twice');
  for (const ref of refs) if (!defIds.has(ref)) problems.push(`reference [^${ref}] has no definition`);
  for (const id of defIds) if (!refs.has(id)) problems.push(`definition [^${id}] is never referenced`);

  const highlightOfLabel = new Map<string, string>();
  for (const def of defs) {
    const link = allNodes(def).find((n) => n.type === 'link' && n.url.startsWith('dossier://open?'));
    const id = link?.type === 'link' ? new URL(link.url).searchParams.get('highlight') : null;
    if (id) highlightOfLabel.set(def.identifier, id);
    else problems.push(`footnote [^${def.identifier}] has no deep link`);
  }

  const quotes: BriefReading['quotes'] = [];
  for (const parent of nodes.filter((n): n is Parents => 'children' in n)) {
    parent.children.forEach((child, i) => {
      if (child.type !== 'blockquote') return;
      // A passage's quote is followed by its note ("**Note:** …") if any, then "— *Title*, … [^label]".
      // Block quotes the analyst wrote in a summary or judgment have no such line and cite nothing.
      const next = parent.children.slice(i + 1, i + 3) as Nodes[];
      const attribution = next.find((n, k) => (k === 0 || isNote(next[0])) && isAttribution(n));
      const ref = attribution ? allNodes(attribution).find((m) => m.type === 'footnoteReference') : undefined;
      const label = ref?.type === 'footnoteReference' ? ref.identifier : null;
      quotes.push({ highlightId: label ? (highlightOfLabel.get(label) ?? null) : null, text: toString(child) });
    });
  }
  return { root, highlightOfLabel, quotes, problems };
}

function isNote(node: Nodes | undefined): boolean {
  return node?.type === 'paragraph' && node.children[0]?.type === 'strong' && toString(node.children[0]) === 'Note:';
}

function isAttribution(node: Nodes): boolean {
  return (
    node.type === 'paragraph' &&
    node.children[0]?.type === 'text' &&
    node.children[0].value.startsWith('— ') &&
    node.children.some((c) => c.type === 'footnoteReference')
  );
}
