/**
 * The brief tree as one self-contained HTML file for reading and printing: no script, nothing
 * fetched from elsewhere (a Content-Security-Policy says so to the browser too), and no raw HTML
 * from anyone's text, since the tree never holds any and conversion runs with dangerous HTML off.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, 'Times New Roman', serif; color: #111; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4 { font-family: 'Helvetica Neue', Arial, sans-serif; line-height: 1.25; break-after: avoid; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.35rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
blockquote { margin: 1rem 0 .4rem; padding: .2rem 1rem; border-left: 3px solid #888; background: #f6f6f6; break-inside: avoid; }
a { color: #124e8c; }
table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: .2rem .5rem; }
code { font-family: Menlo, Consolas, monospace; font-size: .9em; }
.footnotes { font-size: .9rem; border-top: 1px solid #ccc; margin-top: 2rem; }
.footnotes li { margin-bottom: .4rem; }
sup a { text-decoration: none; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  a { color: inherit; }
  blockquote { background: none; }
}
`;

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

export function briefHtml(tree: Root, title: string): string {
  const body = toHast(tree, {
    allowDangerousHtml: false,
    footnoteLabel: 'Sources of the passages',
    footnoteLabelProperties: {},
    footnoteBackLabel: (index) => `Back to citation ${index + 1}`,
  });
  const content: ElementContent[] =
    body.type === 'root' ? (body.children as ElementContent[]) : [body as ElementContent];
  const document: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      element('html', { lang: 'en' }, [
        element('head', {}, [
          element('meta', { charSet: 'utf-8' }, []),
          element('meta', { httpEquiv: ['Content-Security-Policy'], content: CSP }, []),
          element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []),
          element('title', {}, [{ type: 'text', value: title.trim() || 'Brief' }]),
          element('style', {}, [{ type: 'text', value: CSS }]),
        ]),
        element('body', {}, [element('main', {}, content)]),
      ]),
    ],
  };
  return `${toHtml(document, { allowDangerousHtml: false })}\n`;
}
