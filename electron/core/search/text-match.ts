/**
 * Where a query matched inside a text: the words to mark in a snippet or a highlight, and whole
 * phrases. (Which documents hold a phrase is the phrase streams' answer, phrase-search.ts.) Texts
 * are scanned with the same words and the same analysis as the index: a word matches when one of its index terms is one of
 * the query word's; a prefix on the folded word or its terms; a fuzzy word within its edit distance
 * (with transpositions, as lunr counts them). Offsets are UTF-16 code units into the given text.
 *
 * Stemmed forms keep the first letter of the folded word (the stemmers change endings; Arabic's,
 * which strips prefixes, is the exception), so a word whose first letter cannot start any target
 * is skipped without being cut out of the text; the others are judged once per distinct word.
 */
import { analyzeWord, foldWord, looseForms } from './languages';
import { foldDiacritics, forEachWord, MAX_WORD_LENGTH } from './words';
import type { ParsedQuery, TermClause } from './query-language';

export type TextField = 'title' | 'source' | 'body';
type Range = [number, number];
type ClauseField = TermClause['field'];

export interface TextMatcher {
  /**
   * Words of `text` matching a positive term or phrase word, in order, at most `limit`. `field`
   * says which text this is: a title: clause marks only titles; the body gets unscoped clauses.
   */
  findMatches(text: string, limit?: number, field?: TextField): Range[];
  /** Each occurrence of a positive phrase as one range, from its first word to its last. */
  phraseMatches(text: string, limit?: number, field?: TextField): Range[];
  /**
   * What a hit marks, in one pass over `text`: each phrase whole, then the matching words that are
   * not inside one, in order, at most `limit` (each kind first found up to `limit`).
   */
  marks(text: string, limit?: number, field?: TextField): Range[];
}

interface Word {
  raw: string;
  folded: string;
  terms?: string[];
}

interface Rule {
  kind: TermClause['kind'];
  field: ClauseField;
  /** Index terms of the query word (word), or the folded word and its terms (prefix, fuzzy). */
  targets: string[];
  distance: number;
  firstLetters: Set<string>;
}

interface PhraseWord {
  folded: string;
  terms: Set<string>;
  firstLetters: Set<string>;
  verdicts: Map<string, boolean>;
}

interface PhraseRule {
  words: PhraseWord[];
  field: ClauseField;
  excluded: boolean;
}

/** Arabic stemming strips prefixes ("والحكومة" → "حكم"), so first letters prove nothing there. */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const CACHE_LIMIT = 100_000;
const FIELDS: readonly TextField[] = ['title', 'source', 'body'];

export function createMatcher(parsed: ParsedQuery, languages: readonly string[]): TextMatcher {
  const arabic = languages.includes('ar');
  const words = new Map<string, Word>();
  const wordOf = (raw: string): Word => {
    let word = words.get(raw);
    if (!word) {
      if (words.size >= CACHE_LIMIT) words.clear();
      word = { raw, folded: foldDiacritics(raw.toLowerCase()) };
      words.set(raw, word);
    }
    return word;
  };
  const termsOf = (word: Word) => (word.terms ??= analyzeWord(word.raw, languages));
  const mayStartAs = (word: Word, letters: Set<string>) =>
    letters.has(word.folded.charAt(0)) || (arabic && ARABIC.test(word.folded.charAt(0)));

  const rules: Rule[] = [];
  for (const term of parsed.terms) {
    if (term.presence === 'excluded') continue;
    const targets =
      term.kind === 'word' ? analyzeWord(term.text, languages) : looseForms(term.text, term.kind, languages);
    if (targets.length > 0) rules.push(rule(term.kind, term.field, targets, term.editDistance));
  }
  const phrases: PhraseRule[] = parsed.phrases.map((p) => ({
    field: p.field,
    excluded: p.excluded,
    words: p.words.map((w) => {
      const folded = foldWord(w);
      const terms = analyzeWord(w, languages);
      return { folded, terms: new Set(terms), firstLetters: lettersStarting([folded, ...terms]), verdicts: new Map() };
    }),
  }));
  for (const p of phrases) {
    if (p.excluded) continue;
    for (const w of p.words) if (w.terms.size > 0) rules.push(rule('word', p.field, [...w.terms], 0));
  }

  const matchesRule = (word: Word, r: Rule): boolean => {
    if (r.kind === 'word') return mayStartAs(word, r.firstLetters) && termsOf(word).some((t) => r.targets.includes(t));
    if (r.kind === 'prefix') {
      if (r.targets.some((p) => word.folded.startsWith(p))) return true;
      return mayStartAs(word, r.firstLetters) && termsOf(word).some((t) => r.targets.some((p) => t.startsWith(p)));
    }
    const close = (s: string) => r.targets.some((t) => withinEdits(s, t, r.distance));
    if (close(word.folded)) return true;
    // Stemming every word is what costs. A stem is the word's beginning with at most its last
    // letter rewritten ("happy" → "happi"), so the word must begin near the target.
    const near = (t: string) => beginsNear(word.folded, t, r.distance + 1);
    if (!r.targets.some(near) && !(arabic && ARABIC.test(word.folded.charAt(0)))) return false;
    return termsOf(word).some(close);
  };
  const matchesPhraseWord = (word: Word, p: PhraseWord): boolean => {
    let verdict = p.verdicts.get(word.raw);
    if (verdict === undefined) {
      verdict =
        word.folded === p.folded || (mayStartAs(word, p.firstLetters) && termsOf(word).some((t) => p.terms.has(t)));
      if (p.verdicts.size >= CACHE_LIMIT) p.verdicts.clear();
      p.verdicts.set(word.raw, verdict);
    }
    return verdict;
  };

  const applies = (clauseField: ClauseField, field: TextField) => clauseField === null || clauseField === field;
  const verdicts = new Map<TextField, Map<string, boolean>>(FIELDS.map((f) => [f, new Map()]));
  const arabicAt = (text: string, start: number) => arabic && ARABIC.test(text.charAt(start));

  /** Collects the occurrences of one phrase into `found`; true once it has `limit`. */
  const phraseScanner = (text: string, phrase: PhraseRule, limit: number, found: Range[]): Visit => {
    const n = phrase.words.length;
    const last = phrase.words[n - 1]!;
    // The last n words, in a ring; a window is tested from its last word back, once it is complete.
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    let count = 0;
    const matchesAt = (p: PhraseWord, start: number, end: number): boolean => {
      if (!p.firstLetters.has(foldedFirstLetter(text, start)) && !arabicAt(text, start)) return false;
      return matchesPhraseWord(wordOf(text.slice(start, end)), p);
    };
    return (start, end) => {
      starts[count % n] = start;
      ends[count % n] = end;
      count++;
      if (count < n || !matchesAt(last, start, end)) return false;
      for (let k = n - 2; k >= 0; k--) {
        const at = (count - n + k) % n;
        if (!matchesAt(phrase.words[k]!, starts[at]!, ends[at]!)) return false;
      }
      found.push([starts[(count - n) % n]!, end]);
      count = 0;
      return found.length >= limit;
    };
  };

  /** Collects the words matching a rule that applies to `field` into `found`; true once it has `limit`. */
  const wordScanner = (text: string, field: TextField, limit: number, found: Range[]): Visit | null => {
    const active = rules.filter((r) => applies(r.field, field));
    if (active.length === 0 || limit <= 0) return null;
    const letters = new Set(active.flatMap((r) => (r.kind === 'fuzzy' ? [] : [...r.firstLetters])));
    // A fuzzy target can change any letter, but not a word's length by much.
    const fuzzyLength = Math.min(
      ...active.flatMap((r) => (r.kind === 'fuzzy' ? r.targets.map((t) => t.length - r.distance - 2) : [])),
    );
    const seen = verdicts.get(field)!;
    return (start, end) => {
      if (end - start > MAX_WORD_LENGTH) return false;
      if (end - start < fuzzyLength && !letters.has(foldedFirstLetter(text, start)) && !arabicAt(text, start)) {
        return false;
      }
      const raw = text.slice(start, end);
      let hit = seen.get(raw);
      if (hit === undefined) {
        const word = wordOf(raw);
        hit = active.some((r) => matchesRule(word, r));
        if (seen.size >= CACHE_LIMIT) seen.clear();
        seen.set(raw, hit);
      }
      return hit && found.push([start, end]) >= limit;
    };
  };

  const phrasesFor = (field: TextField) =>
    phrases.filter((p) => !p.excluded && p.words.length > 0 && applies(p.field, field));
  const byStart = (a: Range, b: Range) => a[0] - b[0];

  return {
    findMatches(text, limit = Infinity, field = 'body') {
      const found: Range[] = [];
      scan(text, [wordScanner(text, field, limit, found)]);
      return found;
    },
    phraseMatches(text, limit = Infinity, field = 'body') {
      const found = phrasesFor(field).map(() => [] as Range[]);
      scan(
        text,
        phrasesFor(field).map((p, i) => phraseScanner(text, p, limit, found[i]!)),
      );
      return found.flat().sort(byStart).slice(0, limit);
    },
    marks(text, limit = Infinity, field = 'body') {
      const words: Range[] = [];
      const wanted = phrasesFor(field);
      const found = wanted.map(() => [] as Range[]);
      scan(text, [
        wordScanner(text, field, limit, words),
        ...wanted.map((p, i) => phraseScanner(text, p, limit, found[i]!)),
      ]);
      const whole = found.flat().sort(byStart).slice(0, limit);
      const single = words.filter(([s, e]) => !whole.some(([ps, pe]) => s >= ps && e <= pe));
      return [...whole, ...single].sort(byStart).slice(0, limit);
    },
  };
}

/** Visits a word of the text being scanned; true when it needs no more. */
type Visit = (start: number, end: number) => boolean;

/** One pass over the words of `text` for every scanner, until each has what it needs. */
function scan(text: string, scanners: readonly (Visit | null)[]): void {
  const live = scanners.filter((s): s is Visit => s !== null);
  if (live.length === 0) return;
  const [only] = live;
  if (live.length === 1 && only) return forEachWord(text, only);
  forEachWord(text, (start, end) => {
    for (let i = 0; i < live.length; i++) {
      if (live[i]!(start, end)) live.splice(i--, 1);
    }
    return live.length === 0;
  });
}

const foldedLetters = new Map<number, string>();

/** The first letter of the folded word that starts at `start` (fold works letter by letter). */
function foldedFirstLetter(text: string, start: number): string {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(start);
  const point = text.codePointAt(start)!;
  let letter = foldedLetters.get(point);
  if (letter === undefined) {
    letter = foldDiacritics(String.fromCodePoint(point).toLowerCase()).charAt(0);
    foldedLetters.set(point, letter);
  }
  return letter;
}

function rule(kind: TermClause['kind'], field: ClauseField, targets: string[], distance: number): Rule {
  return { kind, field, targets, distance, firstLetters: lettersStarting(targets) };
}

function lettersStarting(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.charAt(0)));
}

/** Whether some beginning of `word` is within `distance` edits of `target`. */
function beginsNear(word: string, target: string, distance: number): boolean {
  const longest = Math.min(word.length, target.length + distance);
  for (let length = Math.max(1, target.length - distance); length <= longest; length++) {
    if (withinEdits(word.slice(0, length), target, distance)) return true;
  }
  return false;
}

const rows = [0, 1, 2].map(() => new Int32Array(MAX_WORD_LENGTH + 2));

/** Edit distance with adjacent transpositions (as lunr's fuzzy matching counts), up to `max`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length > MAX_WORD_LENGTH) return false;
  let [before, previous, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let cost = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        cost = Math.min(cost, before[j - 2]! + 1);
      }
      row[j] = cost;
      if (cost < best) best = cost;
    }
    if (best > max) return false;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length]! <= max;
}
