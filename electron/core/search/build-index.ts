/**
 * Builds one lunr index from segments, each indexed with its own language's analysis. Big shards
 * are built in an index-builder thread; the delta and the annotation index, which are small, in
 * the search worker itself. Given the rest of the corpus's statistics, the index scores its
 * documents against the whole corpus (see corpus-stats.ts).
 */
import lunr from 'lunr';
import { postingCount, type IndexStats } from './corpus-stats';
import { configureBuilder, listenToWords, setCurrentLanguage } from './languages';
import { PhraseStreamsBuilder, type PhraseStreams, type SavedStreams } from './phrase-streams';
import { docIdOf, type Segment } from './segments';

export interface BuiltIndex {
  index: lunr.Index;
  /** What this index itself holds, for other indexes to score against. */
  stats: IndexStats;
  /** Its documents' words in order, for phrases. */
  phrases: PhraseStreams & { save(): SavedStreams };
}

type Posting = Record<string, unknown>;

interface BuilderInternals {
  invertedIndex: Record<string, Posting>;
  documentCount: number;
  averageFieldLength: Record<string, number>;
  calculateAverageFieldLengths(): void;
}

type Idf = (posting: Posting, documentCount: number) => number;
const lunrStatics = lunr as unknown as { idf: Idf };

export function buildIndex(segments: Iterable<Segment>, corpus?: IndexStats): BuiltIndex {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  const streams = new PhraseStreamsBuilder();
  listenToWords((keys, field) => streams.add(keys, field));
  try {
    for (const segment of segments) {
      setCurrentLanguage(segment.language);
      streams.document(docIdOf(segment.ref), segment.language);
      builder.add({ ref: segment.ref, title: segment.title, source: segment.source, body: segment.body });
    }
  } finally {
    listenToWords(null);
  }
  const internals = builder as unknown as BuilderInternals;
  const postings = internals.invertedIndex;
  const scoring = corpus && corpus.documentCount > 0 ? corpus : null;
  // This index's own averages, before any corpus is blended in.
  let averageFieldLength: Record<string, number> = {};
  const measure = internals.calculateAverageFieldLengths.bind(builder);
  internals.calculateAverageFieldLengths = () => {
    measure();
    averageFieldLength = { ...internals.averageFieldLength };
    if (scoring) blendAverages(internals, scoring);
  };
  const index = scoring ? withCorpusIdf(builder, scoring) : builder.build();
  return {
    index,
    phrases: streams.finish(),
    stats: {
      documentCount: internals.documentCount,
      averageFieldLength,
      documentsWith: (term) => postingCount(postings[term]),
    },
  };
}

function blendAverages(internals: BuilderInternals, corpus: IndexStats): void {
  const mine = internals.documentCount;
  for (const [field, average] of Object.entries(internals.averageFieldLength)) {
    const theirs = corpus.averageFieldLength[field];
    if (theirs === undefined) continue;
    internals.averageFieldLength[field] =
      (average * mine + theirs * corpus.documentCount) / (mine + corpus.documentCount);
  }
}

/**
 * Builds with the corpus's counts added to lunr's idf. lunr looks up `lunr.idf` while it builds,
 * so it is swapped for the build, which is synchronous.
 */
function withCorpusIdf(builder: lunr.Builder, corpus: IndexStats): lunr.Index {
  const internals = builder as unknown as BuilderInternals;
  const termOf = new Map<Posting, string>();
  for (const term in internals.invertedIndex) termOf.set(internals.invertedIndex[term] as Posting, term);
  const lunrIdf = lunrStatics.idf;
  lunrStatics.idf = (posting, documentCount) => {
    const term = termOf.get(posting);
    const holding = postingCount(posting) + (term === undefined ? 0 : corpus.documentsWith(term));
    const total = documentCount + corpus.documentCount;
    return Math.log(1 + Math.abs((total - holding + 0.5) / (holding + 0.5)));
  };
  try {
    return builder.build();
  } finally {
    lunrStatics.idf = lunrIdf;
  }
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
