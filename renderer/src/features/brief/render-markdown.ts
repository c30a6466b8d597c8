/**
 * The preview's renderer: the brief's Markdown syntax tree (the very tree the export serializes,
 * footnotes and tables included) turned into HTML's tree without any raw HTML, and into React
 * elements — never an HTML string, so nothing in a quote, note or title can become markup. Text that
 * starts with ⚠ (a cited passage that needs review, a deleted source) is wrapped so it stands out.
 * The tree comes from the core as it is; parsing the Markdown again here would take seconds for a
 * brief of thousands of passages, on the thread that draws the page.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

export const FLAG_CLASS = 'brief-flag';

export function briefHast(mdast: MdastRoot): HastRoot {
  const hast = toHast(mdast, {
    allowDangerousHtml: false,
    footnoteLabel: 'Sources of the passages',
    footnoteBackLabel: (index) => `Back to citation ${index + 1}`,
  });
  const root: HastRoot = hast.type === 'root' ? hast : { type: 'root', children: [hast] };
  markFlags(root);
  return root;
}

export function renderBriefTree(tree: MdastRoot, components: Partial<Components>): ReactNode {
  // The package types its result with the global JSX namespace, which React 19's types no longer declare.
  const rendered: unknown = toJsxRuntime(briefHast(tree), { Fragment, jsx, jsxs, components });
  return rendered as ReactNode;
}

/** Wraps every text that begins with ⚠ in a span the stylesheet colours as a warning. */
function markFlags(node: HastNodes): void {
  if (node.type !== 'root' && node.type !== 'element') return;
  node.children = node.children.map((child) => {
    if (child.type === 'text' && child.value.trimStart().startsWith('⚠')) {
      const flag: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: [FLAG_CLASS] },
        children: [child],
      };
      return flag;
    }
    markFlags(child);
    return child;
  });
}
