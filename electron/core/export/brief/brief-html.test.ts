/** The HTML brief: one self-contained file, nothing runnable, hostile text shown as text. */
import { describe, expect, it } from 'vitest';
import { briefHtml } from './brief-html';
import { doc, passage, sampleProject } from './brief-fixtures';
import { buildBriefTree } from './build-brief-tree';

describe('briefHtml', () => {
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> & "q"';

  it('escapes hostile titles, quotes and notes', () => {
    const { spec, data } = sampleProject();
    const html = briefHtml(
      buildBriefTree(
        { ...spec, title: hostile },
        {
          ...data,
          documents: [...data.documents, doc('d9', hostile, { url: 'javascript:alert(3)' })],
          passages: [...data.passages, passage('h9', 'd9', hostile, { note: hostile, tags: [hostile] })],
        },
      ),
      hostile,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<title>&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('<p>&#x3C;script>alert(1)&#x3C;/script>&#x3C;img src=x onerror=alert(2)> &#x26; "q"</p>');
  });

  it("keeps the analyst's code fences and links without their info strings and titles", () => {
    const { spec, data } = sampleProject();
    const summary =
      '```<script>alert(1)</script>\nx\n```\n\n```ts\ny\n```\n\n[a](https://example.org/ "<b onclick=alert(1)>")';
    const html = briefHtml(buildBriefTree({ ...spec, summary }, data), spec.title);
    expect(html).not.toMatch(/<script|<b\b/i);
    expect(html).toContain('<pre><code>x\n</code></pre>');
    expect(html).toContain('<pre><code class="language-ts">y\n</code></pre>');
    expect(html).toContain('<a href="https://example.org/">a</a>');
  });

  it('is one file: a policy that forbids scripts and fetching, print styles, no outside resources', () => {
    const { spec, data } = sampleProject();
    const html = briefHtml(buildBriefTree(spec, data), spec.title);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;`);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(/i);
  });

  it('renders the footnotes as a list with links back to each citation and to the passage', () => {
    const { spec, data } = sampleProject();
    const html = briefHtml(buildBriefTree(spec, data), spec.title);
    expect(html).toMatch(/<section data-footnotes class="footnotes"><h2[^>]*>Sources of the passages<\/h2>\s*<ol>/);
    expect(html.match(/<li id="user-content-fn-/g)).toHaveLength(3);
    expect(html).toMatch(/data-footnote-backref="" aria-label="Back to citation 1"/);
    expect(html).toContain('<a href="dossier://open?doc=d1&#x26;highlight=h1">Open this passage in Dossier</a>');
    expect(html).toContain('<blockquote>\n<p>The port closed on 25 June.</p>\n</blockquote>');
  });
});
