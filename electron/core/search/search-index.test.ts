/** Full-text search through `search.query`: ranking, folding, stemming, snippets and bad queries. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoPaths } from '../repo-paths';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(() => {
  t = tempCore({ sampleDir: repoPaths.sampleCorpus });
});
afterEach(() => t.dispose());

const search = async (q: string) => (await t.call('search.query', { q })).documents;

describe('search.query', () => {
  it('returns hits ranked by score, each with a snippet', async () => {
    const { hits, total } = await search('peacekeeping mission');
    expect(total).toBeGreaterThan(1);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const hit of hits) expect(hit.snippet?.text.length).toBeGreaterThan(0);
  });

  it('a title match outranks a passing mention in the body', async () => {
    await t.call('documents.import', {
      files: [
        fileOf(
          'zebra-title.txt',
          'Zebrafish\nA report on a laboratory animal, with nothing else to say about it at all.',
        ),
        fileOf(
          'zebra-mention.txt',
          'A long article about the port.\nAmong many other things, it mentions zebrafish once, in passing, near the end.',
        ),
      ],
    });
    const { hits } = await search('zebrafish');
    expect(hits.map((h) => h.title)).toEqual(['Zebrafish', 'A long article about the port']);
  });

  it('folds diacritics both ways: "Antonio" finds "António" and "António" finds "Antonio"', async () => {
    const plain = await search('Antonio');
    const accented = await search('António');
    expect(plain.total).toBeGreaterThan(0);
    expect(plain.hits.map((h) => h.documentId).sort()).toEqual(accented.hits.map((h) => h.documentId).sort());
    const words = plain.hits.flatMap((h) => h.snippet?.marks.map(([s, e]) => h.snippet?.text.slice(s, e)) ?? []);
    expect(words).toContain('António');
  });

  it('stems: "deployed" finds documents that say "deploy" or "deployment"', async () => {
    const { hits } = await search('deployed');
    expect(hits.length).toBeGreaterThan(0);
    const words = hits.flatMap(
      (h) => h.snippet?.marks.map(([s, e]) => h.snippet?.text.slice(s, e).toLowerCase()) ?? [],
    );
    expect(words.some((w) => w !== 'deployed' && w?.startsWith('deploy'))).toBe(true);
  });

  it('snippet marks and firstMatch point at the matched words', async () => {
    const { hits } = await search('Guterres');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const snippet = hit.snippet;
      if (!snippet) throw new Error('no snippet');
      expect(snippet.marks.length).toBeGreaterThan(0);
      for (const [s, e] of snippet.marks) expect(snippet.text.slice(s, e)).toBe('Guterres');
      const doc = await t.call('documents.get', { id: hit.documentId });
      expect(hit.firstMatch && doc.text.slice(...hit.firstMatch)).toBe('Guterres');
    }
  });

  it.each([
    ['title:', /title:police/],
    ['color:orange', /yellow, green, blue, pink, purple/],
    ['date:2024-13', /no month 13/],
    ['date:2025..2024', /date:/],
    ['-', /leaves out the word/],
  ])('answers the bad query %j with invalid_query and what to change', async (q, advice) => {
    const error = await t.fails('search.query', { q });
    expect(error.code).toBe('invalid_query');
    expect(error.message).toMatch(advice);
  });

  it('reads what lunr could not: a field-like word, a bare tilde, an unclosed quote', async () => {
    expect((await search('foo:bar')).total).toBe(0);
    expect((await search('deploy~')).total).toBeGreaterThan(0);
    const unclosed = await t.call('search.query', { q: '"security support' });
    expect(unclosed.notice).toMatch(/quote mark was not closed/);
    expect(unclosed.documents.total).toBeGreaterThan(0);
  });

  it('an empty or stop-word-only query returns nothing', async () => {
    expect(await search('   ')).toMatchObject({ hits: [], total: 0 });
    expect(await search('the of and')).toMatchObject({ hits: [], total: 0 });
  });

  it('a deleted document disappears from results and a newly imported one appears', async () => {
    const [hit] = (await search('Guterres')).hits;
    if (!hit) throw new Error('no hit');
    await t.call('documents.delete', { id: hit.documentId });
    expect((await search('Guterres')).hits.map((h) => h.documentId)).not.toContain(hit.documentId);

    const report = await t.call('documents.import', {
      files: [fileOf('new.txt', 'Quixotic plans\nThe quixotic plan was announced.')],
    });
    const [hit2] = (await search('quixotic')).hits;
    expect(hit2?.documentId).toBe(report.imported[0]?.id);
  });

  it('a retitled document is found by its new title, and undo takes the new title back out', async () => {
    const [doc] = await t.call('documents.list', {});
    if (!doc) throw new Error('no sample document');
    expect((await search('Quixotic')).total).toBe(0);
    await t.call('documents.update', { id: doc.id, title: 'Quixotic dispatch' });
    expect((await search('Quixotic')).hits.map((h) => h.documentId)).toEqual([doc.id]);
    await t.call('history.undo', {});
    expect((await search('Quixotic')).total).toBe(0);
  });
});
