/**
 * A parsed query as a lunr query, built with lunr's programmatic API (never its query parser).
 *
 * Every clause becomes the set of index terms it can match: a word's stems in each language of
 * the library, a prefix's or a fuzzy word's expansions over the index's own vocabulary. A clause
 * with several terms is one lunr clause whose terms are alternatives (see `alternativesTerm`), so
 * "+gouvernements" in an English and French library requires the English stem or the French one,
 * not both. lunr drops a required clause as soon as one of its terms is missing from the index,
 * so only terms the index holds are sent: that is why `applyQuery` wants the index.
 *
 * Without the index (enough to learn whether a query has anything for lunr to look for), a
 * required word with several stems can only be sent as optional terms, which rank documents
 * holding it first but no longer leave out those without it; prefixes and fuzzy words are then
 * left to lunr's own expansion of the folded word alone.
 */
import lunr from 'lunr';
import { ALTERNATIVES_LABEL, alternativesTerm, analyzeWord, foldWord, looseForms } from './languages';
import type { ParsedQuery, TermClause } from './query-language';
import { isLoadedShard } from './shard-format';

interface IndexInternals {
  invertedIndex: Record<string, unknown>;
  tokenSet: lunr.TokenSet;
  /** lunr's types say functions; it serialises a pipeline as the labels they were registered with. */
  pipeline: { toJSON(): unknown[] };
}

interface TokenSetStatics {
  fromString(text: string): lunr.TokenSet;
  fromFuzzyString(text: string, editDistance: number): lunr.TokenSet;
}
const TokenSets = lunr.TokenSet as unknown as TokenSetStatics;

const PRESENCE = {
  optional: lunr.Query.presence.OPTIONAL,
  required: lunr.Query.presence.REQUIRED,
  excluded: lunr.Query.presence.PROHIBITED,
} as const;

/** A term no index holds: a word the library lacks still has to match nothing, not everything. */
const ABSENT = '\u0000';

type Presence = TermClause['presence'];
type Field = TermClause['field'];

/**
 * Adds the query's words to `q` (not its phrases). Returns false when nothing is left for lunr to
 * look for (only phrases, filters, exclusions or stop words): lunr would then return every
 * document, so the caller goes by phrases or filters instead, or says the words were all stop words.
 */
export function applyQuery(
  q: lunr.Query,
  parsed: ParsedQuery,
  languages: readonly string[],
  index?: lunr.Index,
): boolean {
  const vocabulary = index ? (index as unknown as IndexInternals) : null;
  // Phrases are not lunr's: the phrase streams find them (phrase-search.ts).
  let positive = false;
  for (const term of parsed.terms) {
    if (term.kind === 'word' && analyzeWord(term.text, languages).length === 0) continue;
    if (term.presence !== 'excluded') positive = true;
    if (vocabulary) addExact(q, expand(term, languages, vocabulary), term.field, term.presence, vocabulary);
    else addUnchecked(q, term, languages);
  }
  return positive;
}

/**
 * The excluded words as optional clauses: the documents this finds are the ones to leave out when
 * the query had nothing positive and the caller lists by filters. False when nothing is excluded.
 */
export function applyExclusions(
  q: lunr.Query,
  parsed: ParsedQuery,
  languages: readonly string[],
  index?: lunr.Index,
): boolean {
  const excluded = parsed.terms.filter((t) => t.presence === 'excluded');
  const optional = excluded.map((t): TermClause => ({ ...t, presence: 'optional' }));
  return applyQuery(q, { ...parsed, terms: optional, phrases: [] }, languages, index);
}

/** The index terms a clause can match, all present in the index. */
function expand(term: TermClause, languages: readonly string[], vocabulary: IndexInternals): string[] {
  if (term.kind === 'word') return analyzeWord(term.text, languages).filter((t) => t in vocabulary.invertedIndex);
  const found = new Set<string>();
  for (const variant of looseForms(term.text, term.kind, languages)) {
    const pattern =
      term.kind === 'prefix'
        ? TokenSets.fromString(`${variant}*`)
        : TokenSets.fromFuzzyString(variant, term.editDistance);
    for (const t of vocabulary.tokenSet.intersect(pattern).toArray()) {
      // A word the token set holds and the index does not: lunr bug #314, in an index built before the fix.
      if (!(t in vocabulary.invertedIndex)) throw new CorruptTokenSetError(t);
      found.add(t);
    }
  }
  return [...found].sort();
}

function addExact(q: lunr.Query, terms: string[], field: Field, presence: Presence, vocabulary: IndexInternals): void {
  const options = { presence: PRESENCE[presence], usePipeline: false, ...(field ? { fields: [field] } : {}) };
  if (terms.length === 0) {
    if (presence !== 'excluded') q.term(ABSENT, options);
  } else if (terms.length === 1 || presence !== 'required') {
    // Optional and excluded terms need no grouping: separate clauses mean the same.
    q.term(terms, options);
  } else if (vocabulary.pipeline.toJSON().includes(ALTERNATIVES_LABEL)) {
    q.term(alternativesTerm(terms), { ...options, usePipeline: true });
  } else {
    // An index built without configureBuilder cannot group alternatives: require none, rank by all.
    q.term(terms, { ...options, presence: PRESENCE.optional });
  }
}

function addUnchecked(q: lunr.Query, term: TermClause, languages: readonly string[]): void {
  const fields = term.field ? { fields: [term.field] } : {};
  if (term.kind !== 'word') {
    const extra =
      term.kind === 'prefix' ? { wildcard: lunr.Query.wildcard.TRAILING } : { editDistance: term.editDistance };
    q.term(foldWord(term.text), { presence: PRESENCE[term.presence], usePipeline: false, ...fields, ...extra });
    return;
  }
  const terms = analyzeWord(term.text, languages);
  const presence = term.presence === 'required' && terms.length > 1 ? 'optional' : term.presence;
  q.term(terms, { presence: PRESENCE[presence], usePipeline: false, ...fields });
}

class CorruptTokenSetError extends Error {
  constructor(term: string) {
    super(`The search index lists “${term}” but holds no document for it (lunr bug #314).`);
    this.name = 'CorruptTokenSetError';
  }
}

const isTokenSetBug = (error: unknown) =>
  error instanceof CorruptTokenSetError || (error instanceof TypeError && error.message.includes("reading '_index'"));

/**
 * Runs a query, surviving lunr bug #314 in an index built before the fix in languages.ts: when
 * lunr throws on it, or `applyQuery` meets a word the token set invented, the index is reloaded
 * from its own JSON (which rebuilds the token set, now correctly) and the query runs once more.
 * `onReload` receives the repaired index so the caller can keep it.
 */
export function safeQuery(
  index: lunr.Index,
  build: (q: lunr.Query, index: lunr.Index) => unknown,
  onReload?: (repaired: lunr.Index) => void,
): lunr.Index.Result[] {
  try {
    return index.query((q) => void build(q, index));
  } catch (error) {
    // A loaded shard's token set is made from its own terms, so the bug cannot be in it.
    if (!isTokenSetBug(error) || isLoadedShard(index)) throw error;
    const repaired = lunr.Index.load(JSON.parse(JSON.stringify(index)) as object);
    onReload?.(repaired);
    return repaired.query((q) => void build(q, repaired));
  }
}
