/**
 * How a shard is saved and loaded. lunr's own JSON spells every posting as an object
 * (`"body": {"7q": {}, "1h6": {}}`): a 2,000-document shard holds some 675,000 of them, and
 * parsing and loading them took about half a second per shard, most of a cold start. Here each
 * term's postings are one string, decoded only when a query asks for that term, and the token set
 * (which only prefix and fuzzy expansion need) is built later, in steps, or at once when such a
 * query comes first. A loaded shard is a real `lunr.Index`: lunr's `query` runs on it unchanged.
 * Beside the index, a shard keeps its documents' words in order, for phrases (phrase-streams.ts).
 */
import lunr from 'lunr';
import type { IndexStats } from './corpus-stats';
import { loadStreams, type PhraseStreams, type SavedStreams } from './phrase-streams';

export const SHARD_FORMAT = 'dossier-shard-2';

interface SavedShard {
  format: typeof SHARD_FORMAT;
  fields: string[];
  pipeline: unknown[];
  /** Every term, sorted. */
  terms: string[];
  /** Each term's position in the field vectors (lunr's `_index`). */
  termIndex: number[];
  /** Each term's refs per field: refs joined by ',', fields by ';'. */
  postings: string[];
  fieldVectors: [string, number[]][];
  documentCount: number;
  averageFieldLength: Record<string, number>;
  phrases: SavedStreams;
}

export interface LoadedShard {
  index: lunr.Index;
  stats: IndexStats;
  phrases: PhraseStreams;
}

interface IndexInternals {
  fields: string[];
  invertedIndex: Record<string, Record<string, Record<string, object> | number>>;
  fieldVectors: Record<string, lunr.Vector>;
  tokenSet: lunr.TokenSet;
  pipeline: lunr.Pipeline;
  toJSON(): { fieldVectors: [string, number[]][]; pipeline: unknown[] };
}

interface TokenSetBuilder {
  root: lunr.TokenSet;
  insert(word: string): void;
  finish(): void;
}
/** lunr's builder of token sets from sorted words; its type definitions leave it out. */
const TokenSetBuilder = (lunr.TokenSet as unknown as { Builder: new () => TokenSetBuilder }).Builder;

/** lunr copies a posting's metadata; Dossier stores none, so every ref shares this empty record. */
const NO_METADATA = Object.freeze(Object.create(null) as object);

/** A loaded shard's term numbers (lunr's `_index`), read without decoding the term's postings. */
const loadedTermNumbers = new WeakMap<lunr.Index, (term: string) => number | undefined>();

/** A term's position in the index's field vectors, or undefined when the index lacks the term. */
export function termNumber(index: lunr.Index, term: string): number | undefined {
  const loaded = loadedTermNumbers.get(index);
  if (loaded) return loaded(term);
  const posting = (index as unknown as IndexInternals).invertedIndex[term];
  return posting === undefined ? undefined : (posting._index as number);
}

export function serializeShard(
  index: lunr.Index,
  stats: Omit<IndexStats, 'documentsWith'>,
  phrases: SavedStreams,
): string {
  const internals = index as unknown as IndexInternals;
  const { fieldVectors, pipeline } = internals.toJSON();
  const terms = Object.keys(internals.invertedIndex).sort();
  const termIndex: number[] = [];
  const postings: string[] = [];
  for (const term of terms) {
    const posting = internals.invertedIndex[term] ?? {};
    termIndex.push(posting._index as number);
    const perField = internals.fields.map((field) => {
      const refs = Object.keys((posting[field] as Record<string, object> | undefined) ?? {});
      for (const ref of refs) if (/[,;]/.test(ref)) throw new Error(`A shard ref cannot hold “,” or “;”: ${ref}`);
      return refs.join(',');
    });
    postings.push(perField.join(';'));
  }
  const saved: SavedShard = {
    format: SHARD_FORMAT,
    fields: internals.fields,
    pipeline,
    terms,
    termIndex,
    postings,
    fieldVectors,
    documentCount: stats.documentCount,
    averageFieldLength: { ...stats.averageFieldLength },
    phrases,
  };
  return JSON.stringify(saved);
}

export function loadShard(json: string): LoadedShard {
  const saved = JSON.parse(json) as Partial<SavedShard>;
  if (saved.format !== SHARD_FORMAT) throw new Error(`Not a saved shard of format ${SHARD_FORMAT}.`);
  const { fields = [], terms = [], termIndex = [], postings = [] } = saved;
  if (terms.length !== termIndex.length || terms.length !== postings.length) {
    throw new Error('A saved shard lists terms and postings of different lengths.');
  }
  const { documentCount, averageFieldLength } = saved;
  if (typeof documentCount !== 'number' || typeof averageFieldLength !== 'object' || averageFieldLength === null) {
    throw new Error('A saved shard lacks its document count or field lengths.');
  }
  if (!saved.phrases) throw new Error('A saved shard lacks its phrase streams.');
  const phrases = loadStreams(saved.phrases);
  const position = new Map<string, number>();
  for (const [i, term] of terms.entries()) position.set(term, i);

  const decode = (i: number) => {
    const posting: Record<string, unknown> = { _index: termIndex[i] };
    const perField = (postings[i] ?? '').split(';');
    for (const [k, field] of fields.entries()) {
      const refs: Record<string, object> = Object.create(null) as Record<string, object>;
      const list = perField[k];
      if (list) for (const ref of list.split(',')) refs[ref] = NO_METADATA;
      posting[field] = refs;
    }
    return posting;
  };
  const invertedIndex = new Proxy(Object.create(null) as object, {
    has: (_, term) => typeof term === 'string' && position.has(term),
    get: (_, term) => {
      const i = typeof term === 'string' ? position.get(term) : undefined;
      return i === undefined ? undefined : decode(i);
    },
  });

  const fieldVectors: Record<string, lunr.Vector> = Object.create(null) as Record<string, lunr.Vector>;
  for (const [ref, elements] of saved.fieldVectors ?? []) fieldVectors[ref] = new lunr.Vector(elements);

  // lunr's types name the vectors `documentVectors`; lunr itself reads `fieldVectors`.
  const attributes = {
    invertedIndex,
    fieldVectors,
    tokenSet: new Vocabulary(terms, position),
    fields,
    pipeline: lunr.Pipeline.load(saved.pipeline ?? []),
  };
  const index = new lunr.Index(attributes as unknown as lunr.Index.Attributes);
  loadedTermNumbers.set(index, (term) => {
    const i = position.get(term);
    return i === undefined ? undefined : termIndex[i];
  });
  const documentsWith = (term: string) => {
    const i = position.get(term);
    return i === undefined ? 0 : refCount(postings[i] ?? '');
  };
  return { index, stats: { documentCount, averageFieldLength, documentsWith }, phrases };
}

/**
 * Completes the token set of a loaded shard by up to `terms` more terms; true once it is whole.
 * Indexes built in this thread already have theirs.
 */
export function prepareTokenSet(index: lunr.Index, terms: number): boolean {
  const tokenSet = (index as unknown as IndexInternals).tokenSet;
  return tokenSet instanceof Vocabulary ? tokenSet.prepare(terms) : true;
}

/** Whether this index was loaded by `loadShard` (it cannot be turned back into lunr's JSON). */
export function isLoadedShard(index: lunr.Index): boolean {
  return (index as unknown as IndexInternals).tokenSet instanceof Vocabulary;
}

interface TokenSetNode {
  final: boolean;
  edges: Record<string, TokenSetNode>;
}

/**
 * Stands in for the shard's token set in `intersect`, the one call lunr and compile-query make on
 * it. A plain word is a lookup and a prefix a binary search over the sorted terms; anything else
 * (fuzzy words) goes to the real token set.
 */
class Vocabulary {
  private builder: TokenSetBuilder | null = new TokenSetBuilder();
  private inserted = 0;
  private whole: lunr.TokenSet | null = null;

  constructor(
    private readonly terms: readonly string[],
    private readonly position: ReadonlyMap<string, number>,
  ) {}

  intersect(pattern: lunr.TokenSet): { toArray(): string[] } {
    const simple = simplePattern(pattern as unknown as TokenSetNode);
    if (simple?.prefix === false) return listOf(this.position.has(simple.text) ? [simple.text] : []);
    if (simple?.prefix) return listOf(this.withPrefix(simple.text));
    this.prepare(Infinity);
    return (this.whole as lunr.TokenSet).intersect(pattern);
  }

  prepare(count: number): boolean {
    const builder = this.builder;
    if (!builder) return true;
    const end = Math.min(this.terms.length, this.inserted + count);
    for (; this.inserted < end; this.inserted++) builder.insert(this.terms[this.inserted] as string);
    if (this.inserted < this.terms.length) return false;
    builder.finish();
    this.whole = builder.root;
    this.builder = null;
    return true;
  }

  private withPrefix(prefix: string): string[] {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.terms[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.terms.length && (this.terms[i] as string).startsWith(prefix); i++) {
      found.push(this.terms[i] as string);
    }
    return found;
  }
}

const listOf = (terms: string[]) => ({ toArray: () => terms });

/** Refs in a saved posting (refs joined by ',', fields by ';'), each field's counted apart as lunr's idf does. */
function refCount(posting: string): number {
  let count = 0;
  let empty = true;
  for (let i = 0; i < posting.length; i++) {
    const c = posting.charCodeAt(i);
    if (c === 44 /* , */) count++;
    else if (c === 59 /* ; */) {
      if (!empty) count++;
      empty = true;
      continue;
    }
    empty = false;
  }
  return empty ? count : count + 1;
}

/** A token set made by `lunr.TokenSet.fromString` from a word, or from a word and a final `*`. */
function simplePattern(root: TokenSetNode): { text: string; prefix: boolean } | null {
  let node = root;
  let text = '';
  for (;;) {
    const keys = Object.keys(node.edges);
    if (keys.length === 0) return node.final && text !== '' ? { text, prefix: false } : null;
    if (keys.length > 1) return null;
    const char = keys[0] as string;
    const next = node.edges[char] as TokenSetNode;
    if (node.final && char !== '*') return null;
    if (char === '*') return next === node && node.final ? { text, prefix: true } : null;
    node = next;
    text += char;
  }
}
