/**
 * The brief's impact flags (ICD 206: judgments affected when a source is modified or withdrawn): a
 * passage taken before its document was replaced is marked in its footnote, under its quote, and
 * under every judgment and event resting on it; one taken after the replacement is not.
 */
import { describe, expect, it } from 'vitest';
import { briefMarkdown } from './brief-markdown';
import { passage, sampleProject } from './brief-fixtures';
import type { BriefData, BriefSpec } from './brief-spec';
import { buildBriefTree } from './build-brief-tree';
import { readBrief } from './markdown-checks';

const render = (spec: BriefSpec, data: BriefData) => briefMarkdown(buildBriefTree(spec, data));

const REPLACED = '⚠ the cited document was replaced by a new version on 2026-12-06, after this passage was taken';
const NEEDS_REVIEW = '⚠ the cited passage needs review';

/** The sample project with d1 replaced on 6 December 2026, after h1 was taken and before h2 was. */
function replacedProject() {
  const { spec, data } = sampleProject();
  const later = (p: BriefData['passages'][number]) =>
    p.highlight.id === 'h2'
      ? passage('h2', 'd1', p.highlight.quote, { ...p.highlight, createdAt: '2026-12-07T09:00:00.000Z' })
      : p;
  const passages = data.passages.map(later);
  const events = data.events.map((e) => ({ ...e, passages: e.passages.map(later) }));
  const replacedAt = new Map([['d1', '2026-12-06T15:30:00.000Z']]);
  return { spec, data: { ...data, passages, events, replacedAt } };
}

function sections(markdown: string) {
  const between = (from: string, to: string) => markdown.slice(markdown.indexOf(from), markdown.indexOf(to));
  return {
    judgments: between('## Key judgments', '## Timeline'),
    timeline: between('## Timeline', '## Passages by tag'),
    passages: between('## Passages by tag', '## Sources'),
    footnote: (highlightId: string) => markdown.split('\n').find((l) => l.includes(`highlight=${highlightId}`)) ?? '',
  };
}

describe('brief impact of a replaced document', () => {
  it('flags a passage taken before the replacement in its footnote, under its quote, its judgment and its event', () => {
    const { spec, data } = replacedProject();
    const markdown = render(spec, data);
    expect(readBrief(markdown).problems).toEqual([]);
    const { judgments, timeline, passages, footnote } = sections(markdown);
    expect(footnote('h1')).toContain(`${REPLACED}: check the quote.`);
    expect(judgments).toContain(REPLACED);
    expect(timeline).toContain(REPLACED);
    expect(passages).toMatch(/> The port closed on 25 June\.\n(?:.*\n)*?\*\*⚠ the cited document was replaced/);
    // The judgment's warning points at the passage it is about.
    const h1Label = [...readBrief(markdown).highlightOfLabel].find(([, id]) => id === 'h1')?.[0];
    expect(judgments).toContain(`${REPLACED}: check the quote**[^${h1Label}]`);
  });

  it('does not flag a passage taken after the replacement, nor one from another document', () => {
    const { spec, data } = replacedProject();
    const markdown = render(spec, data);
    const { footnote } = sections(markdown);
    expect(footnote('h2')).not.toContain('⚠');
    expect(footnote('h3')).not.toContain('⚠');
    // h3 is cited by the same judgment and event as h1: each flag names its own passage, once.
    expect(markdown.split(REPLACED).length - 1).toBe(4);
  });

  it('says "needs review", not "replaced", for a passage that could not be placed again', () => {
    const { spec, data } = replacedProject();
    const review = (p: BriefData['passages'][number]) =>
      p.highlight.id === 'h1' ? { ...p, highlight: { ...p.highlight, status: 'needs_review' as const } } : p;
    const markdown = render(spec, {
      ...data,
      passages: data.passages.map(review),
      events: data.events.map((e) => ({ ...e, passages: e.passages.map(review) })),
    });
    const { judgments, timeline, footnote } = sections(markdown);
    expect(footnote('h1')).toContain(NEEDS_REVIEW);
    expect(judgments).toContain(NEEDS_REVIEW);
    expect(timeline).toContain(NEEDS_REVIEW);
    expect(markdown).not.toContain('was replaced by a new version');
  });

  it('writes the same bytes as before when no cited passage predates a replacement', () => {
    const { spec, data } = sampleProject();
    const plain = render(spec, data);
    expect(render(spec, { ...data, replacedAt: new Map() })).toBe(plain);
    expect(render(spec, { ...data, replacedAt: new Map([['d1', '2025-01-02T23:59:59.000Z']]) })).toBe(plain);
    expect(render(spec, { ...data, replacedAt: new Map([['gone', '2026-12-06T00:00:00.000Z']]) })).toBe(plain);
  });
});
