/**
 * The codebook and grade filters through `search.query`: tag: takes sub-tags and tag:= does not,
 * grade:, reliability: and credibility: keep graded passages and their documents, and every
 * answer follows the library at once — a tag moved, a passage tagged or graded, a source graded —
 * in both search workers, each holding half the documents.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail, Highlight, SearchResponse, TagSummary } from '../../contract';
import { highlightPhrase } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';
import { PARTITIONS } from './engine';
import { partitionOf } from './partition';

let t: TempCore;
/** One document in each search worker's half of the library. */
let docs: DocumentDetail[];
let highlights: Highlight[];

/** Imports documents until both workers hold one; ids are random, so it may take a few. */
async function oneDocumentPerWorker(): Promise<DocumentDetail[]> {
  const found = new Map<number, string>();
  for (let i = 0; found.size < PARTITIONS && i < 40; i++) {
    const text = `Report ${i}\nPolice officers patrolled the harbour district at dawn, report ${i} said.`;
    const { imported } = await t.call('documents.import', { files: [fileOf(`r${i}.txt`, text)] });
    const id = imported[0]?.id;
    if (id && !found.has(partitionOf(id, PARTITIONS))) found.set(partitionOf(id, PARTITIONS), id);
  }
  const ids = [...found.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
  expect(ids).toHaveLength(PARTITIONS);
  return Promise.all(ids.map((id) => t.call('documents.get', { id })));
}

beforeEach(async () => {
  t = tempCore();
  docs = await oneDocumentPerWorker();
  highlights = [];
  for (const doc of docs) highlights.push(await highlightPhrase(t, doc, 'Police officers patrolled'));
});
afterEach(() => t.dispose());

const query = (q: string): Promise<SearchResponse> => t.call('search.query', { q });
/** Which of the test's documents and highlights a query keeps, by their index. */
async function kept(q: string): Promise<{ documents: number[]; highlights: number[] }> {
  const r = await query(q);
  const documents = r.documents.hits.map((h) => docs.findIndex((d) => d.id === h.documentId));
  const passages = r.highlights.hits.map((h) => highlights.findIndex((x) => x.id === h.highlightId));
  return { documents: documents.sort(), highlights: passages.sort() };
}
const tag = (name: string, parentId: string | null = null): Promise<TagSummary> =>
  t.call('tags.create', { name, parentId });

describe('tag: over the codebook tree', () => {
  it('takes sub-tags, tag:= only the tag itself, and follows a move and a new coding at once', async () => {
    const security = await tag('Security');
    const gangs = await tag('gang violence');
    await t.call('highlights.addTag', { id: highlights[0]!.id, name: 'Security' });
    await t.call('highlights.addTag', { id: highlights[1]!.id, name: 'gang violence' });

    expect(await kept('tag:security')).toEqual({ documents: [0], highlights: [0] });
    expect(await kept('tag:"Gang Violence"')).toEqual({ documents: [1], highlights: [1] });

    await t.call('tags.move', { id: gangs.id, parentId: security.id });
    expect(await kept('tag:SECURITY')).toEqual({ documents: [0, 1], highlights: [0, 1] });
    expect(await kept('tag:=security')).toEqual({ documents: [0], highlights: [0] });
    expect(await kept('tag:="gang violence"')).toEqual({ documents: [1], highlights: [1] });
    expect(await kept('tag:security tag:="gang violence"')).toEqual({ documents: [1], highlights: [1] });

    // Both workers answered above, so both hold the highlights: a new coding must reach each.
    for (const h of highlights) await t.call('highlights.addTag', { id: h.id, name: 'funding' });
    expect(await kept('tag:funding')).toEqual({ documents: [0, 1], highlights: [0, 1] });
    await t.call('tags.move', { id: gangs.id, parentId: null });
    expect(await kept('tag:security')).toEqual({ documents: [0], highlights: [0] });
    expect(await kept('tag:nothing-like-it')).toEqual({ documents: [], highlights: [] });
  });
});

describe('grade:, reliability: and credibility:', () => {
  it('keep graded passages and their documents, never ungraded ones, and follow every change', async () => {
    expect(await kept('reliability:<=F')).toEqual({ documents: [], highlights: [] });
    expect(await kept('credibility:<=6')).toEqual({ documents: [], highlights: [] });

    await t.call('documents.update', { id: docs[0]!.id, reliability: 'B' });
    await t.call('documents.update', { id: docs[1]!.id, reliability: 'D' });
    await t.call('highlights.update', { id: highlights[0]!.id, credibility: 2 });
    await t.call('highlights.update', { id: highlights[1]!.id, credibility: 4 });
    expect(await kept('grade:B2')).toEqual({ documents: [0], highlights: [0] });
    expect(await kept('grade:b-4')).toEqual({ documents: [], highlights: [] });
    expect(await kept('reliability:<=B')).toEqual({ documents: [0], highlights: [0] });
    expect(await kept('reliability:>B')).toEqual({ documents: [1], highlights: [1] });
    expect(await kept('credibility:<=3')).toEqual({ documents: [0], highlights: [0] });
    expect(await kept('credibility:>=2 police')).toEqual({ documents: [0, 1], highlights: [0, 1] });
    expect(await kept('grade:<=D4')).toEqual({ documents: [0, 1], highlights: [0, 1] });

    // A passage of the second worker's document graded better; then its whole source.
    await t.call('highlights.update', { id: highlights[1]!.id, credibility: 1 });
    expect(await kept('credibility:<=3')).toEqual({ documents: [0, 1], highlights: [0, 1] });
    await t.call('documents.update', { id: docs[1]!.id, source: 'Harbour Watch' });
    await t.call('documents.gradeSource', { source: 'harbour watch', reliability: 'A' });
    expect(await kept('grade:A1')).toEqual({ documents: [1], highlights: [1] });
    await t.call('documents.update', { id: docs[1]!.id, reliability: null });
    expect(await kept('reliability:<=F')).toEqual({ documents: [0], highlights: [0] });
  });

  it('refuses a value that is not a grade, saying what to write', async () => {
    const error = await t.fails('search.query', { q: 'reliability:G' });
    expect(error.code).toBe('invalid_query');
    expect(error.message).toMatch(/reliability is a letter A–F .*, as in reliability:<=B\./);
  });
});
