/**
 * The codebook and grade filters against a brute-force oracle. Random small libraries (a tag
 * forest, documents with or without a source grade, highlights with colours, tags and maybe a
 * credibility, events citing them) are written to a real database; a random query of tag:,
 * tag:=, grade:, reliability:, credibility:, color: and doc: clauses is parsed and resolved as a
 * search does, and the documents, highlights and events it keeps are exactly those the oracle
 * keeps by walking parent chains and comparing grades letter by letter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { SearchSourceRepo } from '../repos/search-source-repo';
import { createContext } from '../services/context';
import { insertDocument } from '../services/library-service';
import { ensureProject } from '../services/project-service';
import { resolveFilters } from './filters';
import { parseQuery } from './query-language';

const TAG_NAMES = ['security', 'Gang violence', 'funding', 'Police', 'ports', 'Élections', 'kenya', 'aid'];
const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
const OPERATORS = ['', '<', '<=', '=', '>=', '>'] as const;
const TITLES = ['Alpha report', 'Bravo note', 'Charlie brief', 'Delta report'];

interface Model {
  tags: { name: string; parent: number | null }[];
  docs: { reliability: (typeof LETTERS)[number] | null }[];
  highlights: { doc: number; color: (typeof COLORS)[number]; credibility: number | null; tags: number[] }[];
  events: number[][];
}

type Op = (typeof OPERATORS)[number];
type Clause =
  | { kind: 'tag'; name: string; exact: boolean }
  | { kind: 'reliability'; op: Op; letter: string }
  | { kind: 'credibility'; op: Op; digit: number }
  | { kind: 'grade'; op: Op; letter: string; digit: number }
  | { kind: 'color'; color: string }
  | { kind: 'doc'; word: string };

const model: fc.Arbitrary<Model> = fc
  .uniqueArray(fc.constantFrom(...TAG_NAMES), { minLength: 1, maxLength: TAG_NAMES.length })
  .chain((names) =>
    fc.record({
      // Tag i's parent comes before it, so the forest has no cycle.
      tags: fc
        .tuple(...names.map((name, i) => fc.option(fc.nat(), { nil: null }).map((p) => ({ name, i, p }))))
        .map((list) => list.map(({ name, i, p }) => ({ name, parent: p === null || i === 0 ? null : p % i }))),
      docs: fc.array(fc.record({ reliability: fc.option(fc.constantFrom(...LETTERS), { nil: null }) }), {
        minLength: 1,
        maxLength: TITLES.length,
      }),
      highlights: fc.array(
        fc.record({
          doc: fc.nat(),
          color: fc.constantFrom(...COLORS),
          credibility: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
          tags: fc.uniqueArray(fc.nat(names.length - 1), { maxLength: 3 }),
        }),
        { maxLength: 10 },
      ),
      events: fc.array(fc.uniqueArray(fc.nat(9), { maxLength: 3 }), { maxLength: 3 }),
    }),
  );

/** Any case, sometimes a name the codebook lacks. */
const tagName = fc
  .tuple(fc.constantFrom(...TAG_NAMES, 'unknown'), fc.boolean())
  .map(([name, upper]) => (upper ? name.toUpperCase() : name));

const clause: fc.Arbitrary<Clause> = fc.oneof(
  fc.record({ kind: fc.constant('tag' as const), name: tagName, exact: fc.boolean() }),
  fc.record({
    kind: fc.constant('reliability' as const),
    op: fc.constantFrom(...OPERATORS),
    letter: fc.constantFrom(...LETTERS, 'b', 'e'),
  }),
  fc.record({
    kind: fc.constant('credibility' as const),
    op: fc.constantFrom(...OPERATORS),
    digit: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    kind: fc.constant('grade' as const),
    op: fc.constantFrom(...OPERATORS),
    letter: fc.constantFrom(...LETTERS, 'c'),
    digit: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({ kind: fc.constant('color' as const), color: fc.constantFrom(...COLORS) }),
  fc.record({ kind: fc.constant('doc' as const), word: fc.constantFrom('report', 'note', 'BRIEF') }),
);

function queryOf(clauses: readonly Clause[]): string {
  return clauses
    .map((c) => {
      switch (c.kind) {
        case 'tag':
          return `tag:${c.exact ? '=' : ''}${c.name.includes(' ') ? `"${c.name}"` : c.name}`;
        case 'reliability':
          return `reliability:${c.op}${c.letter}`;
        case 'credibility':
          return `credibility:${c.op}${c.digit}`;
        case 'grade':
          return `grade:${c.op}${c.letter}${c.digit}`;
        case 'color':
          return `color:${c.color}`;
        case 'doc':
          return `doc:${c.word}`;
      }
    })
    .join(' ');
}

/** The oracle's comparison, lower is better: `value op bound` on the rank. */
function compare(value: number, op: Op, bound: number): boolean {
  if (op === '<') return value < bound;
  if (op === '<=') return value <= bound;
  if (op === '>=') return value >= bound;
  if (op === '>') return value > bound;
  return value === bound;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The oracle: which documents, highlights (indices) and events a query keeps. */
function oracle(m: Model, clauses: readonly Clause[]) {
  const docOf = (h: Model['highlights'][number]) => h.doc % m.docs.length;
  const underOrSelf = (tag: number, name: string, exact: boolean) => {
    if (exact) return fold(m.tags[tag]!.name) === fold(name);
    for (let t: number | null = tag; t !== null; t = m.tags[t]!.parent) {
      if (fold(m.tags[t]!.name) === fold(name)) return true;
    }
    return false;
  };
  const rank = (letter: string) => LETTERS.indexOf(letter.toUpperCase() as (typeof LETTERS)[number]);
  const docClause = (c: Clause, d: number): boolean => {
    const reliability = m.docs[d]!.reliability;
    if (c.kind === 'doc') return TITLES[d]!.toLowerCase().includes(c.word.toLowerCase());
    if (c.kind === 'reliability' || c.kind === 'grade') {
      return reliability !== null && compare(rank(reliability), c.op, rank(c.letter));
    }
    return true;
  };
  const passageClause = (c: Clause, h: Model['highlights'][number]): boolean => {
    if (c.kind === 'tag') return h.tags.some((t) => underOrSelf(t, c.name, c.exact));
    if (c.kind === 'credibility' || c.kind === 'grade') {
      return h.credibility !== null && compare(h.credibility, c.op, c.digit);
    }
    return true;
  };
  const onPassages = clauses.some((c) => ['tag', 'color', 'credibility', 'grade'].includes(c.kind));
  // Several color: clauses accept any of their colours; every other clause must hold.
  const colors = clauses.flatMap((c) => (c.kind === 'color' ? [c.color] : []));
  const highlightKept = (h: Model['highlights'][number]) =>
    (colors.length === 0 || colors.includes(h.color)) &&
    clauses.every((c) => passageClause(c, h) && docClause(c, docOf(h)));
  const highlights = m.highlights.flatMap((h, i) => (highlightKept(h) ? [i] : []));
  const documents = m.docs.flatMap((_, d) => {
    if (!clauses.every((c) => docClause(c, d))) return [];
    if (onPassages && !m.highlights.some((h) => docOf(h) === d && highlightKept(h))) return [];
    return [d];
  });
  const events = m.events.flatMap((linked, e) =>
    linked.some((i) => i < m.highlights.length && highlightKept(m.highlights[i]!)) ? [e] : [],
  );
  return { documents, highlights, events };
}

/** Writes the model to a fresh database; returns the repo and the ids in model order. */
function write(m: Model) {
  const db = openDatabase(':memory:');
  const clock = () => new Date('2025-01-01T00:00:00Z');
  const { project } = ensureProject(db, clock().toISOString());
  const ctx = createContext(db, project.id, clock, () => undefined);
  const now = clock().toISOString();
  const ids = ctx.mutate('Seed', (w) => {
    const tagIds = m.tags.map((_, i) => `tag-${i}`);
    m.tags.forEach((t, i) =>
      w.insert('tags', {
        id: tagIds[i]!,
        project_id: project.id,
        name: t.name,
        created_at: now,
        parent_id: t.parent === null ? null : tagIds[t.parent]!,
      }),
    );
    const docIds = m.docs.map((d, i) => {
      const text = `${TITLES[i]!} body text for passages.`;
      const id = insertDocument(ctx, w, {
        fileName: `d${i}.txt`,
        format: 'text',
        title: TITLES[i]!,
        author: null,
        source: null,
        publishedDate: null,
        url: null,
        language: 'en',
        text,
        blocksJson: '[]',
        wordCount: 6,
        contentHash: `hash-${i}`,
        warnings: [],
      });
      w.update('documents', { id }, { reliability: d.reliability });
      return id;
    });
    const highlightIds = m.highlights.map((h, i) => {
      const id = `h-${i}`;
      w.insert('highlights', {
        id,
        project_id: project.id,
        document_id: docIds[h.doc % m.docs.length]!,
        start_offset: 0,
        end_offset: 4,
        quote: 'body',
        prefix: '',
        suffix: '',
        color: h.color,
        note: '',
        status: 'anchored',
        created_at: now,
        updated_at: now,
        credibility: h.credibility,
      });
      for (const t of h.tags) w.insert('highlight_tags', { highlight_id: id, tag_id: tagIds[t]! });
      return id;
    });
    const eventIds = m.events.map((linked, e) => {
      const id = `e-${e}`;
      w.insert('events', {
        id,
        project_id: project.id,
        date: '2024',
        earliest: '2024-01-01',
        latest: '2024-12-31',
        title: `Event ${e}`,
        description: '',
        created_at: now,
        updated_at: now,
      });
      for (const i of linked) {
        const highlight = highlightIds[i];
        if (highlight) w.insert('event_highlights', { event_id: id, highlight_id: highlight, linked_at: now });
      }
      return id;
    });
    return { docIds, highlightIds, eventIds };
  });
  return { db, source: new SearchSourceRepo(db), projectId: project.id, ...ids };
}

describe('search filters over the codebook tree and grades', () => {
  it('keep exactly the documents, highlights and events the oracle keeps', () => {
    fc.assert(
      fc.property(model, fc.array(clause, { minLength: 1, maxLength: 3 }), (m, clauses) => {
        const { db, source, projectId, docIds, highlightIds, eventIds } = write(m);
        try {
          const rows = source.highlights(projectId);
          const filters = resolveFilters(parseQuery(queryOf(clauses)).filters, {
            source,
            projectId,
            highlights: () => rows,
          });
          const expected = oracle(m, clauses);
          expect(docIds.filter((id) => filters.document(id))).toEqual(expected.documents.map((d) => docIds[d]));
          const kept = new Set(rows.filter((h) => filters.highlight(h)).map((h) => h.id));
          expect(highlightIds.filter((id) => kept.has(id))).toEqual(expected.highlights.map((i) => highlightIds[i]));
          const events = new Set(
            source
              .events(projectId)
              .filter((e) => filters.event(e))
              .map((e) => e.id),
          );
          expect(eventIds.filter((id) => events.has(id))).toEqual(expected.events.map((e) => eventIds[e]));
        } finally {
          db.close();
        }
      }),
      { numRuns: 300 },
    );
  });
});
