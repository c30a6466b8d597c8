import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { classifyLink } from './preview-links';
import { renderBriefTree } from './render-markdown';

/** The core builds the tree; here a CommonMark + GFM parse stands in for it, raw HTML nodes and all. */
const html = (markdown: string) =>
  renderToStaticMarkup(
    createElement(
      'div',
      null,
      renderBriefTree(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), {
        a: (props: ComponentProps<'a'>) => createElement('a', props),
      }),
    ),
  );

describe('the preview renderer', () => {
  it('keeps raw HTML in the Markdown as text, never as elements', () => {
    const out = html('<script>alert(1)</script>\n\nA <img src=x onerror=alert(2)> quote <b>bold</b>\n');
    expect(out).not.toMatch(/<script|<img|<b>|onerror=/);
    expect(out).not.toContain('alert(1)');
  });

  it('links each footnote reference to its definition and back', () => {
    const out = html(
      'We assess so.[^p1]\n\n[^p1]: *Source*, published 2024. [Open this passage in Dossier](dossier://open?doc=d1&highlight=h1)\n',
    );
    expect(out).toContain('href="#user-content-fn-p1"');
    expect(out).toContain('id="user-content-fn-p1"');
    expect(out).toContain('href="#user-content-fnref-p1"');
    expect(out).toContain('href="dossier://open?doc=d1&amp;highlight=h1"');
  });

  it('makes warning flags stand out', () => {
    const out = html('⚠ the cited passage needs review: its document changed. *Title*, publisher unknown.\n');
    expect(out).toContain('<span class="brief-flag">⚠ the cited passage needs review: its document changed. </span>');
  });

  it('renders GFM tables', () => {
    expect(html('| a | b |\n| - | - |\n| 1 | 2 |\n')).toContain('<td>2</td>');
  });
});

describe('links in the preview', () => {
  it('opens a dossier:// passage link in the app, and a document link at the document', () => {
    expect(classifyLink('dossier://open?doc=d-1&highlight=h_2')).toEqual({
      kind: 'passage',
      passage: { documentId: 'd-1', highlightId: 'h_2' },
    });
    expect(classifyLink('dossier://open?doc=d-1')).toEqual({ kind: 'document', documentId: 'd-1' });
  });

  it('scrolls to an anchor within the preview', () => {
    expect(classifyLink('#user-content-fn-1')).toEqual({ kind: 'anchor', id: 'user-content-fn-1' });
  });

  it('leaves web addresses, script URLs and malformed dossier links inert', () => {
    for (const href of [
      'https://example.org/a',
      'javascript:alert(1)',
      'dossier://open?doc=d1&highlight=<b>',
      'dossier://open?doc=&highlight=h',
    ]) {
      expect(classifyLink(href).kind).toBe('external');
    }
  });
});
