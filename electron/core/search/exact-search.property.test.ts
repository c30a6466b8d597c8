/**
 * Search against a brute-force oracle. A library of 720 generated documents in seven languages,
 * a third of them written without accents, most sharing a few common words (so a phrase of them
 * has hundreds of candidates, far past the 200 the old verifier looked at). For phrases and words
 * drawn from the documents, accented or not, the documents `search.query` finds and counts are
 * those a scan of every document's words finds, under the index's own analysis (`phraseKey`,
 * `analyzeWord`: folding, stop words and stemming in the document's language).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../create-core';
import { openDatabase } from '../db/open';
import { buildDocument } from '../importers/build-document';
import { plainTextBlocks } from '../importers/plain-text';
import { createContext } from '../services/context';
import { insertDocument } from '../services/library-service';
import { ensureProject } from '../services/project-service';
import { makeTempDir, tempCore, type TempCore } from '../testing/temp-core';
import { analyzeWord, phraseKey } from './languages';
import { foldDiacritics, splitWords } from './words';

const COMMON = 'police checkpoint security state union report'.split(' ');
const VOCABULARY: Record<string, string[]> = {
  en: 'the of and naïve café résumé officers deployed border crossing'.split(' '),
  fr: 'la de les Assemblée données députés élection sécurité réforme santé ministère été'.split(' '),
  es: 'el de los año organización política económica según también niños'.split(' '),
  pt: 'o de os ação eleições público saúde governo também órgão'.split(' '),
  de: 'der die und Straße Bürger Übergang größer Regierung Maße für'.split(' '),
  it: 'il di la città perché libertà società governo più'.split(' '),
  sv: 'och att Göteborg säkerhet förslag regeringen år också'.split(' '),
};
const LANGUAGES = Object.keys(VOCABULARY);

interface Doc {
  title: string;
  source: string;
  text: string;
  language: string;
}

/** A seeded generator, so the library is the same on every run and a failure can be replayed. */
function library(count: number, seed: number): Doc[] {
  let state = seed;
  // mulberry32
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const words = (n: number, language: string) =>
    Array.from({ length: n }, () => (random() < 0.45 ? pick(COMMON) : pick(VOCABULARY[language]!))).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const language = LANGUAGES[i % LANGUAGES.length]!;
    const plain = random() < 0.33;
    const spell = (text: string) => (plain ? foldDiacritics(text.toLowerCase()) : text);
    return {
      language,
      title: spell(`${words(3, language)} ${i}`),
      source: spell(words(2, language)),
      text: spell(`${words(40, language)}. ${words(40, language)}`),
    };
  });
}

function seed(dataDir: string, docs: readonly Doc[]): string[] {
  const db = openDatabase(`${dataDir}/${DB_FILE_NAME}`);
  try {
    const clock = () => new Date('2025-01-01T00:00:00Z');
    const { project } = ensureProject(db, clock().toISOString());
    const ctx = createContext(db, project.id, clock, () => undefined);
    return ctx.mutate(
      'Seed generated documents',
      (w) =>
        docs.map((doc, i) => {
          const built = buildDocument(plainTextBlocks(doc.text));
          return insertDocument(ctx, w, {
            fileName: `doc-${i}.txt`,
            format: 'text',
            title: doc.title,
            author: null,
            source: doc.source,
            publishedDate: null,
            url: null,
            language: doc.language,
            text: built.text,
            blocksJson: JSON.stringify(built.blocks),
            wordCount: splitWords(built.text).length,
            contentHash: createHash('sha256').update(`${i}:${built.text}`).digest('hex'),
            warnings: [],
          });
        }),
      'system',
    );
  } finally {
    db.close();
  }
}

const DOCS = library(720, 9);
let ids: string[] = [];
let t: TempCore;

beforeAll(async () => {
  const dataDir = makeTempDir();
  ids = seed(dataDir, DOCS);
  t = tempCore({}, dataDir);
  await new Promise<void>((resolve) => {
    const check = (state: string) => state === 'ready' && (off(), resolve());
    const off = t.core.on('search.status', (status) => void check(status.state));
    void t.call('search.status', {}).then((status) => void check(status.state));
  });
}, 120_000);
afterAll(() => t.dispose());

const fieldsOf = (doc: Doc) => [doc.title, doc.source, doc.text].map(splitWords);

/** The oracle for a phrase: some run of consecutive words of one field has the keys of the phrase's words. */
function holdsPhrase(doc: Doc, phrase: readonly string[]): boolean {
  const wanted = phrase.map((w) => phraseKey(w, doc.language));
  return fieldsOf(doc).some((words) => {
    const keys = words.map((w) => phraseKey(w, doc.language));
    for (let i = 0; i + wanted.length <= keys.length; i++) {
      if (wanted.every((key, k) => keys[i + k] === key)) return true;
    }
    return false;
  });
}

/** The oracle for a word: some word of the document gives, in its language, a term the query word gives in any. */
function holdsWord(doc: Doc, word: string): boolean {
  const terms = new Set(analyzeWord(word, LANGUAGES));
  return fieldsOf(doc).some((words) => words.some((w) => analyzeWord(w, [doc.language]).some((x) => terms.has(x))));
}

async function agrees(query: string, holds: (doc: Doc) => boolean): Promise<void> {
  const expected = ids.filter((_, i) => holds(DOCS[i]!)).sort();
  const { documents } = await t.call('search.query', { q: query, limit: 200 });
  expect({ query, total: documents.total, atLeast: documents.atLeast }).toEqual({
    query,
    total: expected.length,
    atLeast: false,
  });
  const found = documents.hits.map((h) => h.documentId as string);
  expect(found.every((id) => expected.includes(id))).toBe(true);
  if (expected.length <= 200) expect(found.sort()).toEqual(expected);
}

/** A run of 1–4 words from a field of a document, as written or folded. */
const drawn = fc
  .record({
    doc: fc.nat(DOCS.length - 1),
    field: fc.nat(2),
    start: fc.nat(80),
    length: fc.integer({ min: 1, max: 4 }),
    fold: fc.boolean(),
  })
  .map(({ doc, field, start, length, fold }) => {
    const words = fieldsOf(DOCS[doc]!)[field]!;
    const from = start % words.length;
    const run = words.slice(from, from + length);
    return fold ? run.map((w) => foldDiacritics(w.toLowerCase())) : run;
  });

describe('search against a brute-force oracle', () => {
  it('common phrases have candidates far past one page in each worker', () => {
    const holding = DOCS.filter((d) => holdsPhrase(d, ['police', 'checkpoint'])).length;
    expect(holding).toBeGreaterThan(200);
    expect(DOCS.filter((d) => d.text.includes('police')).length).toBeGreaterThan(500);
  });

  it('a phrase finds exactly the documents that hold it', async () => {
    await fc.assert(
      fc.asyncProperty(drawn, (words) => agrees(`"${words.join(' ')}"`, (doc) => holdsPhrase(doc, words))),
      { numRuns: 120, seed: 42 },
    );
  }, 120_000);

  it('a word finds exactly the documents holding one of its forms, accented or not', async () => {
    const word = drawn
      .map((words) => words[0]!)
      .filter((w) => analyzeWord(w, LANGUAGES).length > 0)
      .chain((w) => fc.constantFrom(w, foldDiacritics(w.toLowerCase()), w.toUpperCase()));
    await fc.assert(
      fc.asyncProperty(word, (w) => agrees(w, (doc) => holdsWord(doc, w))),
      { numRuns: 120, seed: 7 },
    );
  }, 120_000);

  it('an accented word and its plain spelling find the same documents', async () => {
    const accented = [...new Set(Object.values(VOCABULARY).flat())].filter((w) => foldDiacritics(w) !== w);
    for (const w of accented) {
      const a = await t.call('search.query', { q: w, limit: 200 });
      const b = await t.call('search.query', { q: foldDiacritics(w.toLowerCase()), limit: 200 });
      expect({ w, total: b.documents.total }).toEqual({ w, total: a.documents.total });
      expect(b.documents.hits.map((h) => h.documentId).sort()).toEqual(
        a.documents.hits.map((h) => h.documentId).sort(),
      );
    }
  }, 120_000);
});
