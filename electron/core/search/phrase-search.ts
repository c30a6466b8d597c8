/**
 * Phrases in one index: which documents hold every positive phrase and none of the excluded ones
 * (phrase-streams.ts finds them, where each phrase's rarest word stands), and how each
 * ranks. lunr is not asked: its answer for common words would be thousands of documents to score
 * only to keep a few. The score is lunr's own for the phrase's words (the cosine of the query
 * vector with the document's field vectors), so phrases rank as their words would.
 *
 * A phrase word matches a word of a document when both give the same term in the document's
 * language, or are the same stop word folded (`phraseKey`): the same analysis as the index.
 */
import lunr from 'lunr';
import { analyzeWord, phraseKey } from './languages';
import type { PhraseStreams } from './phrase-streams';
import type { PhraseClause } from './query-language';
import { termNumber } from './shard-format';

export interface PhraseSource {
  index: lunr.Index;
  phrases: PhraseStreams;
}

interface IndexInternals {
  fields: string[];
  fieldVectors: Record<string, lunr.Vector | undefined>;
}

export interface PhraseMatches {
  /** Documents (by key) holding every positive phrase, with their score; null when there is none. */
  matched: Map<string, number> | null;
  /** Documents holding an excluded phrase. */
  excluded: Set<string>;
}

export function matchPhrases(
  source: PhraseSource,
  phrases: readonly PhraseClause[],
  languages: readonly string[],
): PhraseMatches {
  const occurrences = (phrase: PhraseClause) =>
    source.phrases.find((language) => phrase.words.map((w) => phraseKey(w, language)), phrase.field);

  const excluded = new Set<string>();
  for (const phrase of phrases) if (phrase.excluded) for (const key of occurrences(phrase)) excluded.add(key);
  const positive = phrases.filter((p) => !p.excluded);
  if (positive.length === 0) return { matched: null, excluded };
  const [first, ...others] = positive.map(occurrences);
  const keys = [...(first ?? [])].filter((key) => others.every((found) => found.has(key)));
  const score = scorer(source.index, positive, languages);
  return { matched: new Map(keys.map((key) => [key, score(key)])), excluded };
}

/** lunr's score for the phrases' words, per document: the best of its parts, as a lunr query would rank them. */
function scorer(
  lunrIndex: lunr.Index,
  phrases: readonly PhraseClause[],
  languages: readonly string[],
): (key: string) => number {
  const index = lunrIndex as unknown as IndexInternals;
  const queryVectors = new Map<string, lunr.Vector>();
  for (const phrase of phrases) {
    const fields = phrase.field ? [phrase.field] : index.fields;
    for (const word of phrase.words) {
      for (const term of analyzeWord(word, languages)) {
        const number = termNumber(lunrIndex, term);
        if (number === undefined) continue;
        for (const field of fields) {
          let vector = queryVectors.get(field);
          if (!vector) queryVectors.set(field, (vector = new lunr.Vector([])));
          vector.upsert(number, 1, (a, b) => a + b);
        }
      }
    }
  }
  const scoreOf = (ref: string) => {
    let score = 0;
    for (const [field, query] of queryVectors) {
      const vector = index.fieldVectors[`${field}/${ref}`];
      if (vector) score += query.similarity(vector);
    }
    return score;
  };
  return (key) => {
    let best = scoreOf(key);
    // The later parts of a long document are refs `key#1`, `key#2`…
    for (let part = 1; index.fieldVectors[`body/${key}#${part}`]; part++) {
      best = Math.max(best, scoreOf(`${key}#${part}`));
    }
    return best;
  };
}
