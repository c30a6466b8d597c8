/**
 * Exact answers at any library size: a phrase finds and counts every document that holds it, even
 * when its words are common enough that lunr returns far more candidates than a page; accented and
 * unaccented spellings of a word find the same documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchReady } from '../testing/search-ready';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;

const filler = 'harbour customs ledger convoy ration tariff dockside cargo ';
const noisy = (i: number) =>
  `Patrol report ${i}\n` +
  Array.from({ length: 12 }, () => 'police patrol police near the checkpoint; checkpoint police. ').join('') +
  `Filed as note ${i}.`;
const phraseDocs = [0, 1, 2, 3].map(
  (i) => `Quiet harbour day ${i}\n${filler.repeat(80)}They stopped at a police checkpoint. ${filler.repeat(80)}`,
);
const french = [
  'Les députés de l’Assemblée nationale ont examiné le projet de loi sur la protection des données ' +
    'personnelles. Le texte adopté par l’Assemblée prévoit que les données de santé soient hébergées en France, ' +
    'et le Sénat doit encore se prononcer sur la réforme avant la fin de la session parlementaire.',
  'Les deputes de l Assemblee nationale ont vote la loi sur les donnees publiques. Le texte adopte par les ' +
    'deputes prevoit que les donnees soient ouvertes a tous, et le Senat doit encore se prononcer sur la ' +
    'reforme avant la fin de la session parlementaire de cette annee.',
];

beforeAll(async () => {
  t = tempCore();
  const files = [
    ...Array.from({ length: 900 }, (_, i) => fileOf(`noisy-${i}.txt`, noisy(i))),
    ...phraseDocs.map((text, i) => fileOf(`phrase-${i}.txt`, text)),
    ...french.map((text, i) => fileOf(`fr-${i}.txt`, `Article ${i}\n${text}`)),
  ];
  for (let i = 0; i < files.length; i += 100) await t.call('documents.import', { files: files.slice(i, i + 100) });
  await searchReady(t.core);
}, 120_000);
afterAll(() => t.dispose());

const titles = async (q: string) => {
  const { documents } = await t.call('search.query', { q, limit: 200 });
  return { titles: documents.hits.map((h) => h.title).sort(), total: documents.total, atLeast: documents.atLeast };
};

describe('exact search', () => {
  it('a phrase of common words finds every document holding it, however many hold the words apart', async () => {
    const found = await titles('"police checkpoint"');
    expect(found.titles).toEqual([
      'Quiet harbour day 0',
      'Quiet harbour day 1',
      'Quiet harbour day 2',
      'Quiet harbour day 3',
    ]);
    expect(found).toMatchObject({ total: 4, atLeast: false });
  });

  it('counts a phrase exactly when more documents hold it than a page shows', async () => {
    const { documents } = await t.call('search.query', { q: '"checkpoint police"', limit: 10 });
    expect(documents.hits).toHaveLength(10);
    expect(documents).toMatchObject({ total: 900, atLeast: false });
  });

  it.each([
    ['assemblee', 'Assemblée'],
    ['donnees', 'données'],
    ['deputes', 'députés'],
    ['adopte', 'adopté'],
  ])('"%s" and "%s" find the same French documents, both spellings', async (plain, accented) => {
    const a = await titles(plain);
    const b = await titles(accented);
    expect(a.titles).toEqual(['Article 0', 'Article 1']);
    expect(b.titles).toEqual(a.titles);
  });
});
