/** The brief's tree through its Markdown: what shows where, once, cited, flagged, and stable. */
import { describe, expect, it } from 'vitest';
import { briefMarkdown } from './brief-markdown';
import { doc, event, GENERATED_AT, passage, sampleProject, tag } from './brief-fixtures';
import type { BriefData, BriefSpec } from './brief-spec';
import { buildBriefTree } from './build-brief-tree';
import { readBrief } from './markdown-checks';

const render = (spec: BriefSpec, data: BriefData) => briefMarkdown(buildBriefTree(spec, data));

function quotesById(markdown: string) {
  const reading = readBrief(markdown);
  expect(reading.problems).toEqual([]);
  const counts = new Map<string, number>();
  for (const q of reading.quotes) counts.set(q.highlightId ?? '?', (counts.get(q.highlightId ?? '?') ?? 0) + 1);
  return { reading, counts };
}

describe('buildBriefTree', () => {
  it('shows each passage in full once, its note under its quote, and cites it everywhere else', () => {
    const { spec, data } = sampleProject();
    const markdown = render(spec, data);
    const { reading, counts } = quotesById(markdown);
    expect(Object.fromEntries(counts)).toEqual({ h1: 1, h2: 1, h3: 1 });
    for (const q of reading.quotes) {
      expect(q.text).toBe(data.passages.find((p) => p.highlight.id === q.highlightId)?.highlight.quote);
    }
    expect(markdown).toMatch(
      /> The port closed on 25 June\.\n\n\*\*Note:\*\* First report\.\n\n— \*Port closure report\*, 2024-06-25 · Grade B2/,
    );
    // h2 carries Fuel (under Logistics) and Logistics: in full under Logistics, cited under Fuel.
    expect(markdown).toMatch(/### Logistics › Fuel\n\nCited above: \[\^p[0-9a-f]{8}\]/);
    expect(reading.highlightOfLabel.size).toBe(3);
  });

  it('writes one footnote per passage with where it comes from, its grade and a deep link', () => {
    const { spec, data } = sampleProject();
    const markdown = render(spec, data);
    const footnote = markdown.split('\n').find((l) => l.includes('highlight=h1'));
    expect(footnote).toContain('*Port closure report*, Le Nouvelliste, by R. Pierre, published 2024-06-25');
    expect(footnote).toContain('<https://example.org/d1>');
    expect(footnote).toContain('Imported 2025-01-02');
    expect(footnote).toContain('Grade: B2 — source usually reliable; information probably true');
    expect(footnote).toContain('[Open this passage in Dossier](dossier://open?doc=d1\\&highlight=h1)');
  });

  it('gives the PDF page where it is known', () => {
    const { spec, data } = sampleProject();
    const markdown = render(spec, { ...data, pageOf: new Map([['h2', 7]]) });
    expect(markdown.split('\n').find((l) => l.includes('highlight=h2'))).toContain('PDF page 7');
    expect(markdown.split('\n').find((l) => l.includes('highlight=h1'))).not.toContain('PDF page');
  });

  it('puts passages in full under their events when the structure is chronological', () => {
    const { spec, data } = sampleProject();
    const markdown = render({ ...spec, structure: 'chronological' }, data);
    const { counts } = quotesById(markdown);
    expect(Object.fromEntries(counts)).toEqual({ h1: 1, h2: 1, h3: 1 });
    const timeline = markdown.slice(markdown.indexOf('## Timeline'), markdown.indexOf('## Passages in date order'));
    expect(timeline).toContain('> The port closed on 25 June.');
    expect(timeline).toContain('> We had no warning.');
    const rest = markdown.slice(markdown.indexOf('## Passages in date order'), markdown.indexOf('## Sources'));
    expect(rest).toContain('> Fuel ran short within days.');
    expect(rest).not.toContain('> The port closed');
  });

  it('groups by source document when asked', () => {
    const { spec, data } = sampleProject();
    const markdown = render({ ...spec, structure: 'source' }, data);
    expect(markdown).toContain('### Port closure report (Le Nouvelliste, 2024-06-25)');
    expect(markdown.indexOf('> The port closed')).toBeLessThan(markdown.indexOf('> Fuel ran short'));
    expect(markdown.indexOf('> Fuel ran short')).toBeLessThan(markdown.indexOf('### Harbour master interview'));
  });

  it('flags every judgment, event and quote resting on a passage that needs review', () => {
    const { spec, data } = sampleProject();
    const changed = data.passages.map((p) =>
      p.highlight.id === 'h1' ? { ...p, highlight: { ...p.highlight, status: 'needs_review' as const } } : p,
    );
    const events = data.events.map((e) => ({
      ...e,
      passages: e.passages.map((p) => changed.find((c) => c.highlight.id === p.highlight.id) ?? p),
    }));
    const markdown = render(spec, { ...data, passages: changed, events });
    const warning = '⚠ the cited passage needs review: it was not found again when its document was replaced';
    const judgments = markdown.slice(markdown.indexOf('## Key judgments'), markdown.indexOf('## Timeline'));
    const timeline = markdown.slice(markdown.indexOf('## Timeline'), markdown.indexOf('## Passages by tag'));
    const passages = markdown.slice(markdown.indexOf('## Passages by tag'), markdown.indexOf('## Sources'));
    expect(judgments).toContain(warning);
    expect(timeline).toContain(warning);
    expect(passages).toContain(warning);
    expect(markdown.split('\n').find((l) => l.includes('highlight=h1'))).toContain(warning);
    expect(markdown.split('\n').find((l) => l.includes('highlight=h2'))).not.toContain('⚠');
  });

  it('flags a missing document and a deleted passage', () => {
    const { spec, data } = sampleProject();
    const missing = render(spec, { ...data, documents: data.documents.filter((d) => d.id !== 'd2') });
    expect(readBrief(missing).problems).toEqual([]);
    expect(missing).toContain('the cited passage’s document is no longer in the project');
    const deleted = render({ ...spec, judgments: [{ id: 'j', text: 'Rests on air.', citations: ['gone'] }] }, data);
    expect(readBrief(deleted).problems).toEqual([]);
    expect(deleted).toContain('a cited passage was deleted from the project');
  });

  it('says so when a section is empty', () => {
    const empty: BriefData = { documents: [], events: [], tags: [], passages: [], generatedAt: GENERATED_AT };
    const { spec } = sampleProject();
    const markdown = render({ ...spec, summary: '', judgments: [] }, empty);
    expect(markdown).toContain('No summary written.');
    expect(markdown).toContain('No key judgments written.');
    expect(markdown).toContain('No events in this scope.');
    expect(markdown).toContain('No passages in this scope.');
    expect(markdown).toContain('No sources cited.');
    expect(readBrief(markdown).problems).toEqual([]);
  });

  it('leaves out the sections the analyst turned off', () => {
    const { spec, data } = sampleProject();
    const markdown = render(
      {
        ...spec,
        sections: { summary: false, keyJudgments: false, timeline: true, passagesByTag: false, sources: false },
      },
      data,
    );
    expect(markdown).not.toContain('## Summary');
    expect(markdown).not.toContain('## Sources');
    // With no passages section the timeline is where its passages are shown in full.
    expect(markdown).toContain('> The port closed on 25 June.');
  });

  it('drops raw HTML, images and unsafe links from the analyst’s Markdown', () => {
    const { spec, data } = sampleProject();
    const summary =
      'Hi <b onclick="x()">there</b>\n\n<script>alert(1)</script>\n\n![tracker](https://x.test/p.png) [bad](javascript:alert(1)) [ok](https://ok.test)\n\n# Heading';
    const markdown = render({ ...spec, summary }, data);
    expect(readBrief(markdown).problems).toEqual([]);
    expect(markdown).not.toMatch(/<script|onclick|javascript:|!\[/);
    expect(markdown).toContain('[ok](https://ok.test)');
    expect(markdown).toContain('### Heading');
  });

  it('exports an unchanged project byte for byte the same, apart from the date line', () => {
    const { spec, data } = sampleProject();
    const first = render(spec, data);
    expect(render(spec, sampleProject().data)).toBe(first);
    const later = render(spec, { ...data, generatedAt: new Date('2027-03-01T00:00:00Z') });
    const differing = first.split('\n').filter((line, i) => line !== later.split('\n')[i]);
    expect(differing).toEqual(['*Prepared 2026-01-15 with Dossier.*']);
  });

  it('shows one changed note as a small diff', () => {
    const { spec, data } = sampleProject();
    const before = render(spec, data).split('\n');
    const passages = data.passages.map((p) =>
      p.highlight.id === 'h2' ? { ...p, highlight: { ...p.highlight, note: 'Rationing began.' } } : p,
    );
    const after = render(spec, { ...data, passages }).split('\n');
    // The new note and its blank line are inserted; every other line stays as it was, in order.
    const at = after.indexOf('**Note:** Rationing began.');
    expect(at).toBeGreaterThan(0);
    expect([...after.slice(0, at), ...after.slice(at + 2)]).toEqual(before);
  });
});

describe('scope', () => {
  const project = () => {
    const d1 = doc('d1', 'Early', { publishedDate: '2024-01' });
    const d2 = doc('d2', 'Late', { publishedDate: '2024-09-10', reliability: 'D' });
    const a = passage('a', 'd1', 'alpha', { tags: ['Parent'] });
    const b = passage('b', 'd1', 'beta', { tags: ['Child'], credibility: 4 });
    const c = passage('c', 'd2', 'gamma', { tags: [], reliability: 'D' });
    const data: BriefData = {
      documents: [d1, d2],
      tags: [tag('t1', 'Parent'), tag('t2', 'Child', 't1')],
      passages: [a, b, c],
      events: [
        event('e1', 'Spring', '2024-03-01', '2024-03-31', [c]),
        event('e2', 'Autumn', '2024-10-01', '2024-10-01', []),
      ],
      generatedAt: GENERATED_AT,
    };
    const spec: BriefSpec = { ...sampleProject().spec, structure: 'source', judgments: [] };
    return { spec, data };
  };
  const shown = (spec: BriefSpec, data: BriefData) =>
    readBrief(render(spec, data))
      .quotes.map((q) => q.text)
      .sort();

  it('keeps passages with the chosen tags, with or without sub-tags', () => {
    const { spec, data } = project();
    expect(shown({ ...spec, scope: { tags: { ids: ['t1'], includeSubTags: false } } }, data)).toEqual(['alpha']);
    expect(shown({ ...spec, scope: { tags: { ids: ['t1'], includeSubTags: true } } }, data)).toEqual(['alpha', 'beta']);
  });

  it('keeps passages of the chosen documents, events and grade', () => {
    const { spec, data } = project();
    expect(shown({ ...spec, scope: { documentIds: ['d2'] } }, data)).toEqual(['gamma']);
    expect(shown({ ...spec, scope: { eventIds: ['e1'] } }, data)).toEqual(['gamma']);
    expect(shown({ ...spec, scope: { minGrade: { reliability: 'B', credibility: 3 } } }, data)).toEqual(['alpha']);
  });

  it('keeps events and passages in the date range', () => {
    const { spec, data } = project();
    const markdown = render({ ...spec, scope: { dateRange: { from: '2024-01-15', to: '2024-03-05' } } }, data);
    expect(markdown).toContain('Spring');
    expect(markdown).not.toContain('Autumn');
    // alpha, beta: published "2024-01" overlaps; gamma: published later, but its event is in range.
    expect(
      readBrief(markdown)
        .quotes.map((q) => q.text)
        .sort(),
    ).toEqual(['alpha', 'beta', 'gamma']);
    expect(shown({ ...spec, scope: { dateRange: { from: '2024-09-01' } } }, data)).toEqual(['gamma']);
  });

  it('treats an empty choice as no narrowing', () => {
    const { spec, data } = project();
    const scope = { tags: { ids: [], includeSubTags: true }, eventIds: [], documentIds: [] };
    expect(shown({ ...spec, scope }, data)).toEqual(['alpha', 'beta', 'gamma']);
    expect(render({ ...spec, scope }, data)).toContain('Scope: the whole project.');
  });

  it('cites a judgment’s passage outside the scope with its quote in the footnote', () => {
    const { spec, data } = sampleProject();
    const markdown = render({ ...spec, scope: { documentIds: ['d1'] } }, data);
    const reading = readBrief(markdown);
    expect(reading.problems).toEqual([]);
    expect(reading.quotes.map((q) => q.highlightId)).toEqual(['h1', 'h2']);
    expect(markdown.split('\n').find((l) => l.includes('highlight=h3'))).toContain('Quoted: “We had no warning.”');
    expect(markdown.split('\n').find((l) => l.includes('highlight=h1'))).not.toContain('Quoted:');
  });

  it('says what the scope is under the title', () => {
    const { spec, data } = project();
    const markdown = render(
      { ...spec, scope: { tags: { ids: ['t1'], includeSubTags: true }, minGrade: { reliability: 'B' } } },
      data,
    );
    expect(markdown).toContain('Scope: tag “Parent” and its sub-tags; sources graded B or better.');
  });
});
