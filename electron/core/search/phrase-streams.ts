/**
 * Where each word stands, for phrases. lunr keeps no positions (they would double its heap), so
 * beside every index (a shard, a delta index, the annotations) the words of each document are kept
 * in order as small integers: one per word, naming its phrase key (its term, or a stop word folded;
 * see `phraseKey`). A phrase occurs where consecutive words carry the keys of its words, so a
 * phrase is checked wherever its rarest word stands, in memory, without reading a
 * text: every document holding the phrase is found and counted, at any library size.
 *
 * A document's words are its title's, then its source's (with the author), then its body's, all
 * parts of a long body in order; a phrase never runs from one field into the next.
 */
import { UNINDEXED_WORD } from './languages';

export type PhraseField = 'title' | 'source' | 'body';
const FIELDS: readonly PhraseField[] = ['title', 'source', 'body'];

/** A phrase as the keys of its words in one language; null where the index has no such word. */
export type PhraseKeys = (language: string) => readonly string[];

export interface PhraseStreams {
  /** The documents (by key: the ref of their first part) where the phrase occurs, within `field` if given. */
  find(keys: PhraseKeys, field: PhraseField | null): Set<string>;
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

  /** Words of the current document, in the named field. */
  add(keys: readonly string[], field: string): void {
    const f = FIELDS.indexOf(field as PhraseField);
    if (f < 0 || this.keys.length === 0) return;
    const base = this.bounds.length - 3;
    for (; this.field < f; this.field++) this.bounds[base + this.field + 1] = this.length;
    if (this.length + keys.length > this.stream.length) {
      const grown = new Int32Array(Math.max(this.stream.length * 2, this.length + keys.length));
      grown.set(this.stream.subarray(0, this.length));
      this.stream = grown;
    }
    for (const key of keys) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(key, id);
        this.words.push(key);
      }
      this.stream[this.length++] = id;
    }
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
  /** How often each word occurs: a phrase is looked for through its rarest word. */
  private readonly counts: Int32Array;
  private positions: { offsets: Int32Array; at: Int32Array } | null = null;
  private readonly distinctLanguages: readonly string[];

  constructor(
    private readonly words: readonly string[],
    private readonly stream: Int32Array,
    private readonly bounds: Int32Array,
    private readonly keys: readonly string[],
    private readonly languages: readonly string[],
  ) {
    this.ids = new Map(words.map((w, i) => [w, i]));
    this.distinctLanguages = [...new Set(languages)];
    this.counts = new Int32Array(words.length);
    for (const id of stream) {
      if (!(id >= 0 && id < words.length)) throw new Error('Phrase streams name a word they do not list.');
      this.counts[id]!++;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  find(keys: PhraseKeys, field: PhraseField | null): Set<string> {
    const found = new Set<string>();
    const { offsets, at } = this.occurrences();
    const { stream, bounds } = this;
    const wanted = field ? FIELDS.indexOf(field) : -1;
    for (const language of this.distinctLanguages) {
      const phrase = this.phraseIn(keys, language);
      if (!phrase) continue;
      const { ids, rarest } = phrase;
      const n = ids.length;
      const word = ids[rarest]!;
      // Every place the rarest word stands, moved back to where the phrase would start there.
      for (let j = offsets[word]!; j < offsets[word + 1]!; j++) {
        const start = at[j]! - rarest;
        if (start < 0 || start + n > stream.length) continue;
        let k = 0;
        while (k < n && stream[start + k] === ids[k]) k++;
        if (k < n) continue;
        const part = this.partAt(start);
        if (start + n > bounds[part + 1]!) continue;
        const doc = (part / 3) | 0;
        if ((wanted >= 0 && part % 3 !== wanted) || this.languages[doc] !== language) continue;
        found.add(this.keys[doc]!);
      }
    }
    return found;
  }

  /** The phrase as word numbers in one language, with the place of its rarest word; null where a word is absent. */
  private phraseIn(keys: PhraseKeys, language: string): { ids: Int32Array; rarest: number } | null {
    const ids = keys(language).map((k) => (k === UNINDEXED_WORD ? undefined : this.ids.get(k)));
    if (ids.length === 0 || !ids.every((id) => id !== undefined)) return null;
    const numbers = Int32Array.from(ids);
    let rarest = 0;
    for (let k = 1; k < numbers.length; k++) {
      if (this.counts[numbers[k]!]! < this.counts[numbers[rarest]!]!) rarest = k;
    }
    return { ids: numbers, rarest };
  }

  /** The field (3 per document: title, source, body; `bounds` index) holding stream position `i`. */
  private partAt(i: number): number {
    let low = 0;
    let high = this.bounds.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.bounds[mid]! <= i) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * Every stream position of every word, grouped by word (`at[offsets[w]]` up to `at[offsets[w + 1]]`):
   * a phrase is checked where its rarest word stands, not all through each document holding it.
   * Made on the first phrase query, so loading a shard at start does not pay for it.
   */
  private occurrences(): { offsets: Int32Array; at: Int32Array } {
    if (this.positions) return this.positions;
    const offsets = new Int32Array(this.words.length + 1);
    for (let w = 0; w < this.words.length; w++) offsets[w + 1] = offsets[w]! + this.counts[w]!;
    const next = offsets.slice(0, this.words.length);
    const at = new Int32Array(this.stream.length);
    for (let i = 0; i < this.stream.length; i++) at[next[this.stream[i]!]!++] = i;
    return (this.positions = { offsets, at });
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
