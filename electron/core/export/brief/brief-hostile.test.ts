/**
 * Property tests: whatever the analyst, the documents or the codebook contain, the exported
 * Markdown parses (CommonMark + GFM) with every footnote resolved, no raw HTML, each passage in full
 * exactly once with its quote verbatim, and the HTML carries no script and no event handler.
 */
import fc from 'fast-check';
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
