/**
 * Where each word stands, for phrases. lunr keeps no positions (they would double its heap), so
 * beside every index (a shard, a delta index, the annotations) the words of each document are kept
 * in order as small integers: one per word, naming its phrase key (its term, or a stop word folded;
 * see `phraseKey`). A phrase occurs where consecutive words carry the keys of its words, so a
 * phrase is checked in every document that holds its rarest word, in memory, without reading a
 * text: every document holding the phrase is found and counted, at any library size.
 *
 * A document's words are its title's, then its source's (with the author), then its body's, all
 * parts of a long body in order; a phrase never runs from one field into the next.
 */
import { isStopKey, UNINDEXED_WORD } from './languages';

export type PhraseField = 'title' | 'source' | 'body';
const FIELDS: readonly PhraseField[] = ['title', 'source', 'body'];

/** A phrase as the keys of its words in one language; null where the index has no such word. */
export type PhraseKeys = (language: string) => readonly string[];

export interface PhraseStreams {
  /** The documents (by key: the ref of their first part) where the phrase occurs, within `field` if given. */
  find(keys: PhraseKeys, field: PhraseField | null, candidates?: (key: string) => Iterable<string>): Set<string>;
  /** The documents this index holds, by key. */
  readonly size: number;
}

export interface SavedStreams {
  words: string[];
  /** The word numbers of every document, one after another: Int32 little-endian, base64. */
  stream: string;
  /** Where each document's title, source and body start in `stream` (3 per document, then the end). */
  bounds: number[];
  keys: string[];
  languages: string[];
}

/** Records the words of an index's documents as lunr's tokenizer reads them (languages.ts `listenToWords`). */
export class PhraseStreamsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private stream = new Int32Array(1 << 14);
  private length = 0;
  private readonly bounds: number[] = [];
  private readonly keys: string[] = [];
  private readonly languages: string[] = [];
  private field = 0;

  /** The document whose words come next; a later part of the same document continues its body. */
  document(key: string, language: string): void {
    if (this.keys.at(-1) === key) return;
    this.closeFields();
    this.keys.push(key);
    this.languages.push(language);
    this.bounds.push(this.length, this.length, this.length);
    this.field = 0;
  }

  /** One word of the current document, in the named field. */
  word(key: string, field: string): void {
    const f = FIELDS.indexOf(field as PhraseField);
    if (f < 0 || this.keys.length === 0) return;
    const base = this.bounds.length - 3;
    for (; this.field < f; this.field++) this.bounds[base + this.field + 1] = this.length;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(key, id);
      this.words.push(key);
    }
    if (this.length === this.stream.length) {
      const grown = new Int32Array(this.stream.length * 2);
      grown.set(this.stream);
      this.stream = grown;
    }
    this.stream[this.length++] = id;
  }

  finish(): PhraseStreams & { save(): SavedStreams } {
    this.closeFields();
    const stream = this.stream.slice(0, this.length);
    return new Streams(
      [...this.words],
      stream,
      Int32Array.from([...this.bounds, this.length]),
      [...this.keys],
      [...this.languages],
    );
  }

  private closeFields(): void {
    if (this.keys.length === 0) return;
    const base = this.bounds.length - 3;
    for (; this.field < 2; this.field++) this.bounds[base + this.field + 1] = this.length;
  }
}

export function loadStreams(saved: SavedStreams): PhraseStreams & { save(): SavedStreams } {
  const { words, keys, languages, bounds } = saved;
  if (bounds.length !== keys.length * 3 + 1 || languages.length !== keys.length) {
    throw new Error('Saved phrase streams list documents and bounds of different lengths.');
  }
  const bytes = Buffer.from(saved.stream, 'base64');
  if (bytes.length % 4 !== 0 || bytes.length / 4 !== bounds.at(-1)) {
    throw new Error('Saved phrase streams are shorter or longer than their bounds.');
  }
  // A copy, so the numbers start on a 4-byte boundary; Dossier runs on little-endian machines.
  const stream = new Int32Array(new Uint8Array(bytes).buffer);
  return new Streams(words, stream, Int32Array.from(bounds), keys, languages);
}

class Streams implements PhraseStreams {
  private readonly ids: Map<string, number>;
  private readonly documentOf: Map<string, number>;
  /** How often each word occurs: a phrase is looked for through its rarest word. */
  private readonly counts: Int32Array;

  constructor(
    private readonly words: readonly string[],
    private readonly stream: Int32Array,
    private readonly bounds: Int32Array,
    private readonly keys: readonly string[],
    private readonly languages: readonly string[],
  ) {
    this.ids = new Map(words.map((w, i) => [w, i]));
    this.documentOf = new Map(keys.map((k, i) => [k, i]));
    this.counts = new Int32Array(words.length);
    for (const id of stream) {
      if (!(id >= 0 && id < words.length)) throw new Error('Phrase streams name a word they do not list.');
      this.counts[id]!++;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  find(keys: PhraseKeys, field: PhraseField | null, candidates?: (key: string) => Iterable<string>): Set<string> {
    const found = new Set<string>();
    const byLanguage = new Map<string, { ids: Int32Array; rarest: number } | null>();
    const phraseIn = (language: string) => {
      let phrase = byLanguage.get(language);
      if (phrase === undefined) {
        const ids = keys(language).map((k) => (k === UNINDEXED_WORD ? undefined : this.ids.get(k)));
        phrase = null;
        if (ids.length > 0 && ids.every((id) => id !== undefined)) {
          const numbers = Int32Array.from(ids);
          let rarest = 0;
          for (let k = 1; k < numbers.length; k++) {
            if (this.counts[numbers[k]!]! < this.counts[numbers[rarest]!]!) rarest = k;
          }
          phrase = { ids: numbers, rarest };
        }
        byLanguage.set(language, phrase);
      }
      return phrase;
    };
    const check = (doc: number) => {
      const phrase = phraseIn(this.languages[doc]!);
      if (phrase && this.occursIn(doc, phrase.ids, field)) found.add(this.keys[doc]!);
    };
    // Candidates come from the rarest word's postings; stop words have none, so a phrase of stop
    // words only is looked for in every document.
    const rarestKeys = new Set<string>();
    for (const language of new Set(this.languages)) {
      const phrase = phraseIn(language);
      if (phrase) rarestKeys.add(this.words[phrase.ids[phrase.rarest]!]!);
    }
    const postings = candidates && [...rarestKeys].every((k) => !isStopKey(k)) ? candidates : null;
    if (!postings) {
      for (let doc = 0; doc < this.keys.length; doc++) check(doc);
      return found;
    }
    const seen = new Set<number>();
    for (const rarest of rarestKeys) {
      for (const key of postings(rarest)) {
        const doc = this.documentOf.get(key);
        if (doc === undefined || seen.has(doc)) continue;
        seen.add(doc);
        check(doc);
      }
    }
    return found;
  }

  private occursIn(doc: number, ids: Int32Array, field: PhraseField | null): boolean {
    const from = field ? FIELDS.indexOf(field) : 0;
    const to = field ? from + 1 : 3;
    const n = ids.length;
    const first = ids[0]!;
    const stream = this.stream;
    for (let f = from; f < to; f++) {
      const end = this.bounds[doc * 3 + f + 1]! - n;
      for (let i = this.bounds[doc * 3 + f]!; i <= end; i++) {
        if (stream[i] !== first) continue;
        let k = 1;
        while (k < n && stream[i + k] === ids[k]) k++;
        if (k === n) return true;
      }
    }
    return false;
  }

  save(): SavedStreams {
    return {
      words: [...this.words],
      stream: Buffer.from(this.stream.buffer, this.stream.byteOffset, this.stream.byteLength).toString('base64'),
      bounds: [...this.bounds],
      keys: [...this.keys],
      languages: [...this.languages],
    };
  }
}
