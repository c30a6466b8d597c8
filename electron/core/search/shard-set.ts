/**
 * A search worker's shards: which saved shards it holds, loading them at start, installing the
 * ones background builds make, and knowing which shard holds each document's current version.
 * What counts as current is the library's business (doc-index.ts); it is asked through
 * `isCurrent`, so a shard's copy of an edited or deleted document simply stops counting.
 */
import type lunr from 'lunr';
import type { IndexStoreRepo } from '../repos/index-store-repo';
import { yieldToEventLoop } from './build-index';
import type { IndexStats } from './corpus-stats';
import { IndexFileDamaged, isDamagedFile } from './index-damage';
import type { Partition } from './partition';
import type { PhraseStreams } from './phrase-streams';
import { docIdOf } from './segments';
import { loadShard, prepareTokenSet } from './shard-format';

/** Documents per shard, and text per shard: a shard builds in a few seconds, loads in a fraction of one. */
export const SHARD_DOCS = 2_000;
/** Rebuild a shard when fewer than this share of its documents are still current. */
const MIN_VALID_SHARE = 0.6;
/** Terms added to a loaded shard's token set per turn of the event loop (a few ms each). */
const TOKEN_SET_STEP = 2_000;

/** A shard built elsewhere (a builder thread): its saved form (shard-format.ts) and the documents it holds. */
export interface BuiltShard {
  json: string;
  docs: [string, string, string][];
}

export interface Searchable {
  index: lunr.Index;
  phrases: PhraseStreams;
  /** The document a ref stands for, if this index holds its current version; else null. */
  docOf(ref: string): string | null;
}

/** Documents to build into one new shard, and the shards it replaces. */
export interface Job {
  docIds: string[];
  replaces: number[];
}

interface Shard {
  id: number;
  docs: Map<string, string>;
  /** Document id by ordinal: a shard's refs are ordinals in base 36. */
  ordinals: string[];
  languages: Set<string>;
  index: lunr.Index | null;
  stats: IndexStats | null;
  phrases: PhraseStreams | null;
}

export interface ShardSetDeps {
  partition: Partition;
  store: IndexStoreRepo;
  now(): string;
  log(message: string, error?: unknown): void;
  /** Whether this version of the document is the library's. */
  isCurrent(docId: string, version: string): boolean;
}

export class ShardSet {
  private readonly shards = new Map<number, Shard>();
  /** The shard holding a document's current version. */
  private readonly located = new Map<string, number>();
  private nextShardId: number;
  private unloadedCount = 0;
  private preparing = false;
  private stopped = false;

  constructor(private readonly deps: ShardSetDeps) {
    // Shard ids are unique across partitions: partition k numbers its shards k, k + count, …
    this.nextShardId = deps.partition.index + deps.partition.count;
  }

  /** Saved shards not loaded yet: until they are, search is warming up. */
  get unloaded(): number {
    return this.unloadedCount;
  }

  /** Reads which saved shards are this partition's and what they hold; `load` reads the indexes. */
  open(): void {
    const { index: part, count } = this.deps.partition;
    for (const record of this.deps.store.shards()) {
      if (record.id % count !== part) continue;
      this.add(record.id, record.docs, null);
      this.nextShardId = Math.max(this.nextShardId, record.id + count);
    }
    this.unloadedCount = this.shards.size;
  }

  /**
   * Loads the saved shards one by one, calling `onLoaded` after each; a shard that will not load is
   * dropped (its documents are then missing, and rebuilt) and `onLoaded` is told so. When SQLite
   * says the file itself is damaged, rejects with `IndexFileDamaged` (index-damage.ts).
   */
  async load(onLoaded: (damaged: boolean) => void): Promise<void> {
    for (const shard of [...this.shards.values()]) {
      if (this.stopped) return;
      let damaged = false;
      try {
        const json = this.deps.store.indexJson(shard.id);
        if (json === null) throw new Error('missing');
        ({ index: shard.index, stats: shard.stats, phrases: shard.phrases } = loadShard(json));
      } catch (error) {
        if (isDamagedFile(error)) throw new IndexFileDamaged(error);
        this.deps.log(`search: saved shard ${shard.id} could not be loaded; rebuilding it`, error);
        damaged = true;
        this.drop(shard.id);
      }
      this.unloadedCount--;
      onLoaded(damaged);
      await yieldToEventLoop();
    }
    void this.prepareTokenSets();
  }

  /** Saves a shard a builder made and puts it in place of the shards it replaces. */
  install(built: BuiltShard, replaces: readonly number[]): void {
    const loaded = loadShard(built.json);
    const id = this.nextShardId;
    this.nextShardId += this.deps.partition.count;
    this.deps.store.putShard(id, built.docs, built.json, this.deps.now(), [...replaces]);
    for (const old of replaces) this.forgetShard(old);
    const shard = this.add(id, built.docs, loaded);
    for (const [docId, version] of shard.docs) if (this.deps.isCurrent(docId, version)) this.located.set(docId, id);
    void this.prepareTokenSets();
  }

  /** Finds the shard holding this version of the document; false when none does. */
  locate(docId: string, version: string): boolean {
    const known = this.located.get(docId);
    if (known !== undefined && this.shards.get(known)?.docs.get(docId) === version) return true;
    this.located.delete(docId);
    for (const shard of this.shards.values()) {
      if (shard.docs.get(docId) === version) {
        this.located.set(docId, shard.id);
        return true;
      }
    }
    return false;
  }

  /** The document is gone from the library. */
  forget(docId: string): void {
    this.located.delete(docId);
  }

  /** Whether a loaded shard answers for this version of the document. */
  answersFor(docId: string, version: string): boolean {
    const shard = this.shards.get(this.located.get(docId) ?? -1);
    return Boolean(shard?.index) && shard?.docs.get(docId) === version;
  }

  searchables(): Searchable[] {
    const out: Searchable[] = [];
    for (const shard of this.shards.values()) {
      if (!shard.index || !shard.phrases) continue;
      out.push({
        index: shard.index,
        phrases: shard.phrases,
        docOf: (ref) => {
          const id = shard.ordinals[parseInt(docIdOf(ref), 36)];
          const version = id === undefined ? undefined : shard.docs.get(id);
          return id !== undefined && version !== undefined && this.deps.isCurrent(id, version) ? id : null;
        },
      });
    }
    return out;
  }

  /** The corpus counts of every loaded shard, for the delta to score against. */
  stats(): IndexStats[] {
    return [...this.shards.values()].flatMap((s) => (s.stats ? [s.stats] : []));
  }

  languages(): string[] {
    return [...this.shards.values()].flatMap((s) => [...s.languages]);
  }

  /** A rebuild the shards need: one whose current share has fallen too low, or four small ones merged. */
  housekeeping(): Job | null {
    const current = (shard: Shard) => [...shard.docs.keys()].filter((id) => this.located.get(id) === shard.id);
    for (const shard of this.shards.values()) {
      const ids = current(shard);
      if (ids.length < shard.docs.size * MIN_VALID_SHARE) return { docIds: ids, replaces: [shard.id] };
    }
    const small = [...this.shards.values()].filter((s) => s.docs.size < SHARD_DOCS / 4);
    if (small.length < 4) return null;
    return { docIds: small.flatMap(current).slice(0, SHARD_DOCS), replaces: small.map((s) => s.id) };
  }

  diagnostics(): { shards: number; segments: number } {
    let segments = 0;
    for (const shard of this.shards.values()) {
      const vectors = (shard.index as unknown as { fieldVectors?: object } | null)?.fieldVectors;
      segments += vectors ? Object.keys(vectors).length / 3 : 0;
    }
    return { shards: this.shards.size, segments };
  }

  stop(): void {
    this.stopped = true;
  }

  private add(
    id: number,
    docs: [string, string, string][],
    loaded: Pick<Shard, 'index' | 'stats' | 'phrases'> | null,
  ): Shard {
    const shard: Shard = {
      id,
      docs: new Map(docs.map(([docId, version]) => [docId, version])),
      ordinals: docs.map(([docId]) => docId),
      languages: new Set(docs.map(([, , language]) => language)),
      index: loaded?.index ?? null,
      stats: loaded?.stats ?? null,
      phrases: loaded?.phrases ?? null,
    };
    this.shards.set(id, shard);
    return shard;
  }

  private forgetShard(id: number): void {
    const shard = this.shards.get(id);
    this.shards.delete(id);
    for (const docId of shard?.docs.keys() ?? []) if (this.located.get(docId) === id) this.located.delete(docId);
  }

  private drop(id: number): void {
    this.forgetShard(id);
    try {
      this.deps.store.deleteShard(id);
    } catch (error) {
      this.deps.log('search: could not delete a damaged shard', error);
    }
  }

  /**
   * Completes the loaded shards' token sets between queries, so the first fuzzy query after a
   * start does not wait for them. Shards added meanwhile are visited too (a Map iterates in order).
   */
  private async prepareTokenSets(): Promise<void> {
    if (this.preparing) return;
    this.preparing = true;
    try {
      for (const shard of this.shards.values()) {
        while (!this.stopped && shard.index && !prepareTokenSet(shard.index, TOKEN_SET_STEP)) {
          await yieldToEventLoop();
        }
      }
    } finally {
      this.preparing = false;
    }
  }
}
