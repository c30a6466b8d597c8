/**
 * The query language end to end through `search.query`: phrases verified in the text, prefix,
 * fuzzy, exclusion, field scopes and filters, and results grouped into documents, highlights and
 * notes, tags and timeline events.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary, SearchResponse } from '../../contract';
import { highlightPhrase } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let docs: Record<string, DocumentSummary>;

const files = {
  'ports.txt':
    'Harbour security plan\nThe coast guard announced a harbour security plan for the northern ports. ' +
    'Security at the harbour was the first concern of the new plan.',
  'plan.txt':
    'Plan for the capital\nThe plan puts security first; harbour traffic resumes later. ' +
    'Nothing here is about a security plan for a harbour.',
  'kenya.txt':
    'Kenyan officers deploy\nKenyan police officers deployed to Port-au-Prince in June. ' +
    'Secretary-General Guterres welcomed the deployment.',
  'budget.txt': 'Funding gap\nThe mission budget is short of funds; donors pledged less than half.',
  'rapport.txt':
    'Le gouvernement haïtien\nLe gouvernement a annoncé des élections. Les gouvernements voisins ont ' +
    'salué la décision, et le gouvernement prépare le scrutin dans toutes les régions du pays.',
};

beforeEach(async () => {
  t = tempCore();
  const report = await t.call('documents.import', {
    files: Object.entries(files).map(([name, text]) => fileOf(name, text)),
  });
  docs = Object.fromEntries(report.imported.map((d) => [d.fileName, d]));
  await t.call('documents.update', {
    id: docs['ports.txt']!.id,
    source: 'Coastal Gazette',
    publishedDate: '2024-03-02',
  });
  await t.call('documents.update', { id: docs['kenya.txt']!.id, source: 'Nairobi Daily', publishedDate: '2024-06-26' });
  await t.call('documents.update', { id: docs['budget.txt']!.id, publishedDate: '2023-11' });
});
afterEach(() => t.dispose());

const query = (q: string): Promise<SearchResponse> => t.call('search.query', { q });
const titles = async (q: string) => (await query(q)).documents.hits.map((h) => h.title);

describe('query language', () => {
  it('an exact phrase matches only the words in that order', async () => {
    expect(await titles('"harbour security plan"')).toEqual(['Harbour security plan']);
    expect((await titles('harbour security plan')).sort()).toEqual(['Harbour security plan', 'Plan for the capital']);
  });

  it('a phrase is marked as one range in the snippet', async () => {
    const [hit] = (await query('"coast guard"')).documents.hits;
    const snippet = hit?.snippet;
    expect(snippet && snippet.marks.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['coast guard']);
  });

  it('prefix*, fuzzy~1 and -exclude', async () => {
    expect(await titles('deploy*')).toEqual(['Kenyan officers deploy']);
    expect(await titles('guteres~1')).toEqual(['Kenyan officers deploy']);
    expect(await titles('guteres')).toEqual([]);
    expect((await titles('security -kenyan')).sort()).toEqual(['Harbour security plan', 'Plan for the capital']);
    expect(await titles('security -"coast guard"')).toEqual(['Plan for the capital']);
  });

  it('title: and source: scope a word to the title or the source', async () => {
    expect(await titles('title:plan')).toEqual(
      expect.arrayContaining(['Harbour security plan', 'Plan for the capital']),
    );
    expect(await titles('title:kenyan')).toEqual(['Kenyan officers deploy']);
    expect(await titles('title:donors')).toEqual([]);
    expect(await titles('source:gazette')).toEqual(['Harbour security plan']);
  });

  it('date: keeps documents published in the year, month or range', async () => {
    expect(await titles('date:2024')).toEqual(['Kenyan officers deploy', 'Harbour security plan']);
    expect(await titles('security date:2024-03')).toEqual(['Harbour security plan']);
    expect(await titles('date:2023-10..2024-04')).toEqual(['Harbour security plan', 'Funding gap']);
    expect(await titles('date:..2023')).toEqual(['Funding gap']);
  });

  it('doc: keeps documents whose title has the word', async () => {
    expect(await titles('security doc:capital')).toEqual(['Plan for the capital']);
  });

  it('a French document is found through its own stemmer', async () => {
    expect(await titles('gouvernements')).toEqual(['Le gouvernement haïtien']);
    expect(await titles('election')).toEqual(['Le gouvernement haïtien']);
  });
});

describe('grouped results', () => {
  beforeEach(async () => {
    const kenya = await t.call('documents.get', { id: docs['kenya.txt']!.id });
    const h = await highlightPhrase(t, kenya, 'Kenyan police officers deployed', ['deployment', 'Kenya']);
    await t.call('highlights.update', { id: h.id, note: 'Confirms the zanzibarite timetable.', color: 'pink' });
    const budget = await t.call('documents.get', { id: docs['budget.txt']!.id });
    await highlightPhrase(t, budget, 'donors pledged less than half', ['funding']);
    await t.call('events.create', {
      date: '2024-06',
      title: 'Officers land in the quixotic capital',
      description: 'First contingent.',
      highlightIds: [h.id],
    });
  });

  it('finds a note by its words and marks them', async () => {
    const { highlights } = await query('zanzibarite');
    expect(highlights.total).toBe(1);
    const hit = highlights.hits[0]!;
    expect(hit).toMatchObject({
      documentTitle: 'Kenyan officers deploy',
      color: 'pink',
      quote: { text: 'Kenyan police officers deployed' },
    });
    expect(hit.note && hit.note.marks.map(([s, e]) => hit.note!.text.slice(s, e))).toEqual(['zanzibarite']);
  });

  it('finds an event by its title, and a highlight by its quote', async () => {
    const r = await query('quixotic');
    expect(r.events.hits.map((e) => e.title.text)).toEqual(['Officers land in the quixotic capital']);
    expect(r.events.hits[0]?.date).toBe('2024-06');
    expect((await query('pledged')).highlights.hits.map((h) => h.quote.text)).toEqual([
      'donors pledged less than half',
    ]);
  });

  it('tags match by name, and tag: and color: filter highlights, documents and events', async () => {
    expect((await query('fund*')).tags.hits.map((h) => [h.name, h.count])).toEqual([['funding', 1]]);
    const byTag = await query('tag:deployment');
    expect(byTag.highlights.hits.map((h) => h.quote.text)).toEqual(['Kenyan police officers deployed']);
    expect(byTag.documents.hits.map((h) => h.title)).toEqual(['Kenyan officers deploy']);
    expect(byTag.events.hits.map((e) => e.title.text)).toEqual(['Officers land in the quixotic capital']);
    const byColor = await query('color:pink');
    expect(byColor.highlights.total).toBe(1);
    expect((await query('color:yellow')).highlights.hits.map((h) => h.quote.text)).toEqual([
      'donors pledged less than half',
    ]);
  });

  it('date: applies to events too', async () => {
    expect((await query('date:2024-06')).events.total).toBe(1);
    expect((await query('date:2023')).events.total).toBe(0);
  });

  it('field scopes search documents only', async () => {
    const r = await query('title:kenyan');
    expect(r.documents.total).toBe(1);
    expect(r.highlights.total + r.events.total + r.tags.total).toBe(0);
  });

  it('every response says how ready the index is', async () => {
    expect((await query('kenyan')).status).toMatchObject({ state: 'ready', indexed: 5, total: 5 });
  });
});
