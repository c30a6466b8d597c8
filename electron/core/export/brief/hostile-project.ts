/**
 * Test support: fast-check arbitraries for projects whose every string is hostile to Markdown and
 * HTML (emphasis marks, footnote syntax, raw HTML, backticks, pipes, leading #, >, 1., entities,
 * newlines, bidi controls, emoji), cleaned by the library's own text hygiene as real input would be.
 */
import fc from 'fast-check';
import { cleanLine, cleanText } from '../../../contract';
import { doc, event, GENERATED_AT, passage, tag } from './brief-fixtures';
import type { BriefData, BriefSpec, BriefStructure } from './brief-spec';
import { ALL_SECTIONS } from './brief-spec';

const SNIPPETS = [
  '*',
  '_',
  '**',
  '[^1]',
  '[^p0000abcd]',
  '[^1]: defined',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '`',
  '```',
  '|',
  '| a | b |\n|---|---|',
  '# ',
  '> ',
  '1. ',
  '- ',
  '+ ',
  '&amp;',
  '&#x3C;',
  '&lt;',
  '\n',
  '\n\n',
  '  ',
  '\\',
  '~~',
  '[x](javascript:alert(1))',
  '<https://x.test>',
  'www.x.test',
  '![i](https://x.test/i.png)',
  '---',
  '===',
  'é',
  'e\u0301',
  '🙂',
  '\u202E',
  'مرحبا',
  '\t',
  '    ',
  '[',
  ']',
  '(',
  ')',
  '$',
  '^',
  '<!-- c -->',
  '{{x}}',
];

const raw = fc
  .array(fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 10 })
  .map((parts) => parts.join(''));

export const hostileText = raw.map(cleanText);
export const hostileLine = raw.map(cleanLine);

export interface HostileProject {
  spec: BriefSpec;
  data: BriefData;
}

export const hostileProject: fc.Arbitrary<HostileProject> = fc
  .record({
    titles: fc.array(hostileLine, { minLength: 1, maxLength: 3 }),
    quotes: fc.array(
      fc.record({ quote: hostileText, note: hostileText, doc: fc.nat(), tags: fc.array(fc.nat(), { maxLength: 2 }) }),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
    tagNames: fc.uniqueArray(
      hostileLine.filter((n) => n.trim().length > 0),
      { minLength: 1, maxLength: 3 },
    ),
    eventTitle: hostileLine,
    eventText: hostileText,
    summary: hostileText,
    judgment: hostileText,
    briefTitle: hostileLine,
    source: hostileLine,
    structure: fc.constantFrom<BriefStructure>('tag', 'source', 'chronological'),
  })
  .map((r) => {
    const documents = r.titles.map((title, i) => doc(`d${i}`, title, { source: r.source, author: r.source }));
    const tags = r.tagNames.map((name, i) => tag(`t${i}`, name, i > 0 ? 't0' : null));
    const passages = r.quotes.map((q, i) =>
      passage(`h${i}`, `d${q.doc % documents.length}`, q.quote, {
        note: q.note,
        start: i,
        tags: [...new Set(q.tags.map((t) => r.tagNames[t % r.tagNames.length] as string))],
      }),
    );
    const evented = passages.filter((_, i) => i % 2 === 0);
    const spec: BriefSpec = {
      title: r.briefTitle,
      scope: {},
      structure: r.structure,
      sections: { ...ALL_SECTIONS },
      summary: r.summary,
      judgments: [{ id: 'j1', text: r.judgment, citations: passages.slice(0, 2).map((p) => p.highlight.id) }],
    };
    const data: BriefData = {
      documents,
      tags,
      passages,
      events: [
        {
          ...event('e1', r.eventTitle, '2024-06-01', '2024-06-30', evented),
          description: r.eventText,
          dateLabel: r.eventTitle,
        },
      ],
      // The first document was replaced after every passage was taken, so the flags meet hostile text too.
      replacedAt: new Map([['d0', '2026-12-06T00:00:00.000Z']]),
      generatedAt: GENERATED_AT,
    };
    return { spec, data };
  });
