/**
 * The search bench's 200 queries (SEARCH-PERF.md §2), drawn once from the first 1,000 documents so
 * every N and every engine gets the same set, written twice: in Dossier's query language
 * (electron/contract/search.ts `searchSyntax`) and as an FTS5 MATCH expression. FTS5 has no fuzzy
 * operator: a fuzzy query carries its word and the reference expands it over the FTS5 vocabulary.
 */
import lunr from 'lunr';
import { seededRandom } from './pseudo-words';
import type { CorpusDocument } from './search-corpus';

export const queryClasses = ['single', 'two-term', 'phrase', 'prefix', 'fuzzy', 'field'] as const;
export type QueryClass = (typeof queryClasses)[number];

export interface BenchQuery {
  kind: QueryClass;
  dossier: string;
  /** The MATCH expression; for `fuzzy`, empty: the reference builds it from `fuzzyWord`. */
  fts5: string;
  fuzzyWord?: string;
}

const counts: Record<QueryClass, number> = { single: 40, 'two-term': 40, phrase: 40, prefix: 30, fuzzy: 25, field: 25 };

/** The four queries of the reference's anchor table, first of their classes. */
export const anchorQueries = ['haiti', 'gang*', 'guteres~1', 'title:haiti'];

const quote = (word: string) => `"${word.replace(/"/g, '""')}"`;
const isStopWord = (word: string) =>
  (lunr.stopWordFilter(new lunr.Token(word, {})) as lunr.Token | undefined) === undefined;
const plainWord = /^[A-Za-z]+$/;
/** Porter, as lunr and FTS5's `porter` tokenizer apply it. */
export const stem = (word: string) => lunr.stemmer(new lunr.Token(word, {})).toString();

export function makeQueries(docs: readonly CorpusDocument[], seed = 2024): BenchQuery[] {
  const pool = docs.slice(0, 1_000);
  const random = seededRandom(seed);
  const tokensOf = new Map<number, string[]>();
  const randomDoc = () => Math.floor(random() * pool.length);
  const tokens = (i: number) => {
    let list = tokensOf.get(i);
    if (!list) tokensOf.set(i, (list = (pool[i] as CorpusDocument).text.split(/\s+/)));
    return list;
  };
  /** A content word of a random document (letters only, not a stop word, at least `min` letters). */
  const contentWord = (min: number, doc = randomDoc()): string => {
    for (;;) {
      const list = tokens(doc);
      const raw = (list[Math.floor(random() * list.length)] ?? '').replace(/^["“(]+|[.,;:!?"”)]+$/g, '');
      const word = raw.toLowerCase();
      if (word.length >= min && plainWord.test(raw) && !isStopWord(word)) return word;
    }
  };

  const queries: BenchQuery[] = [];
  const seen = new Set<string>();
  const add = (kind: QueryClass, dossier: string, fts5: string, fuzzyWord?: string) => {
    if (seen.has(dossier) || queries.filter((q) => q.kind === kind).length >= counts[kind]) return;
    seen.add(dossier);
    queries.push(fuzzyWord ? { kind, dossier, fts5, fuzzyWord } : { kind, dossier, fts5 });
  };
  const fill = (kind: QueryClass, make: () => void) => {
    while (queries.filter((q) => q.kind === kind).length < counts[kind]) make();
  };

  add('single', 'haiti', quote('haiti'));
  fill('single', () => {
    const w = contentWord(4);
    add('single', w, quote(w));
  });
  fill('two-term', () => {
    const doc = randomDoc();
    const a = contentWord(4, doc);
    const b = contentWord(4, doc);
    if (a !== b) add('two-term', `${a} ${b}`, `${quote(a)} OR ${quote(b)}`);
  });
  fill('phrase', () => {
    const list = tokens(randomDoc());
    const start = Math.floor(random() * (list.length - 3));
    const words = list.slice(start, start + 3);
    if (words.length < 3 || !words.every((w) => plainWord.test(w))) return;
    const lower = words.map((w) => w.toLowerCase());
    if (lower.filter((w) => !isStopWord(w)).length < 2) return;
    add('phrase', `"${lower.join(' ')}"`, quote(lower.join(' ')));
  });
  add('prefix', 'gang*', `${quote('gang')}*`);
  fill('prefix', () => {
    const w = contentWord(6);
    const prefix = w.slice(0, 4 + Math.floor(random() * 2));
    // Both engines index stems: "durin*" cannot find "during" (stem "dure"), so skip such prefixes.
    if (stem(w).startsWith(prefix)) add('prefix', `${prefix}*`, `${quote(prefix)}*`);
  });
  add('fuzzy', 'guteres~1', '', 'guteres');
  fill('fuzzy', () => {
    const word = contentWord(6);
    const typo = oneEdit(word, random);
    // Stemmed indexes hold "relat" for "relations": the typo "relatins" (stem "relatin") is two edits away.
    if (withinOneEdit(stem(typo), stem(word)) || withinOneEdit(typo, stem(word))) add('fuzzy', `${typo}~1`, '', typo);
  });
  add('field', 'title:haiti', `title : ${quote('haiti')}`);
  fill('field', () => {
    const title = (pool[randomDoc()] as CorpusDocument).title.split(/[^A-Za-z]+/);
    const w = (title[Math.floor(random() * title.length)] ?? '').toLowerCase();
    if (w.length >= 4 && !isStopWord(w)) add('field', `title:${w}`, `title : ${quote(w)}`);
  });
  return queryClasses.flatMap((kind) => queries.filter((q) => q.kind === kind));
}

/** One typo after the first letter: a letter replaced, dropped or added. */
function oneEdit(word: string, random: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const at = 1 + Math.floor(random() * (word.length - 1));
  const letter = letters[Math.floor(random() * letters.length)] as string;
  const edit = Math.floor(random() * 3);
  const typo =
    edit === 0
      ? word.slice(0, at) + letter + word.slice(at + 1)
      : edit === 1
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + letter + word.slice(at);
  return typo === word ? word.slice(0, at) + word.slice(at + 1) : typo;
}

/** Damerau–Levenshtein distance ≤ 1 (lunr's fuzzy match also allows one transposition). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
