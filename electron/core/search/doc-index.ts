/**
 * The document index as the search worker holds it: big shards (persisted, loaded at start,
 * built in the background) plus a small delta (delta-index.ts) that takes every change at once,
 * so a new or edited document is searchable right after its commit. Which copy of a document
 * counts is decided by version: a shard's copy is valid only while its version equals the
 * library's, so an edit or a deletion needs no tombstone, and after a crash the next full sync
 * finds what is missing.
 */
import type lunr from 'lunr';
import type { IndexStoreRepo } from '../repos/index-store-repo';
import type { SearchSourceRepo } from '../repos/search-source-repo';
import { yieldToEventLoop } from './build-index';
import type { IndexStats } from './corpus-stats';
import { DeltaIndex } from './delta-index';
import { indexLanguage } from './languages';
import { partitionOf, type Partition } from './partition';
import { docIdOf, segmentsOf } from './segments';
import { loadShard, prepareTokenSet } from './shard-format';
import type { PartStatus } from './status';

/** Documents per shard, and text per shard: a shard builds in a few seconds, loads in a fraction of one. */
export const SHARD_DOCS = 2_000;
/** The delta stays small so merging it takes milliseconds. */
const DELTA_DOCS = 24;
const DELTA_CHARS = 600_000;
/** Fold the delta into a shard once it holds this many documents (and nothing else is running). */
const DELTA_FOLD = 12;
/**
 * Housekeeping (folding the delta, merging small shards) waits for this long without a change:
 * installing its result pauses the worker briefly, and that should not land on a burst of edits.
 */
const QUIET_MS = 1_500;
/** Rebuild a shard when fewer than this share of its documents are still current. */
const MIN_VALID_SHARE = 0.6;
/** Terms added to a loaded shard's token set per turn of the event loop (a few ms each). */
const TOKEN_SET_STEP = 2_000;

interface Shard {
  id: number;
  docs: Map<string, string>;
  /** Document id by ordinal: a shard's refs are ordinals in base 36. */
  ordinals: string[];
  languages: Set<string>;
  index: lunr.Index | null;
  stats: IndexStats | null;
}

interface Job {
  docIds: string[];
  replaces: number[];
}

export interface Searchable {
  index: lunr.Index;
  /** The document a ref stands for, if this index holds its current version; else null. */
  docOf(ref: string): string | null;
}

/** A shard built elsewhere (a builder thread): its saved form (shard-format.ts) and the documents it holds. */
export interface BuiltShard {
  json: string;
  docs: [string, string, string][];
}

export interface DocIndexDeps {
  partition: Partition;
  /** Builds a shard from these documents off this thread; resolves null when it was stopped. */
  build(docIds: readonly string[]): Promise<BuiltShard | null>;
  /** How many builds may run at once. */
  parallelBuilds: number;
  source: SearchSourceRepo;
  store: IndexStoreRepo;
  projectId: string;
  now(): string;
  onStatus(status: PartStatus): void;
  log(message: string, error?: unknown): void;
}

export class DocIndex {
  private library = new Map<string, { version: string }>();
  private readonly shards = new Map<number, Shard>();
  /** The shard holding a document's current version. */
  private readonly located = new Map<string, number>();
  private readonly delta = new DeltaIndex(() => [...this.shards.values()].flatMap((s) => (s.stats ? [s.stats] : [])));
  /** Documents neither current in a shard nor in the delta: waiting for a background build. */
  private readonly pending = new Set<string>();
  /** Documents a running build has taken: not pending, not yet in a shard. */
  private readonly inFlight = new Set<string>();
  private unloaded = 0;
  private running = 0;
  private lastChange = 0;
  private quietTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private preparing = false;
  private notice: string | null = null;
  private lastStatus = '';
  /** Refreshed by every change (each ends in `emitStatus`), so a query does not recount. */
  private lastPartStatus: PartStatus = { state: 'warming', indexed: 0, total: 0, notice: null };
  private nextShardId: number;

  constructor(private readonly deps: DocIndexDeps) {
    // Shard ids are unique across partitions: partition k numbers its shards k, k + count, …
    this.nextShardId = deps.partition.index + deps.partition.count;
  }

  /** Reads what the saved index holds; loading the shards themselves happens in `warm`. */
  open(notice: string | null): void {
    this.notice = notice;
    const { index: part, count } = this.deps.partition;
    for (const record of this.deps.store.shards()) {
      if (record.id % count !== part) continue;
      const shard: Shard = {
        id: record.id,
        docs: new Map(record.docs.map(([id, version]) => [id, version])),
        ordinals: record.docs.map(([id]) => id),
        languages: new Set(record.docs.map(([, , language]) => language)),
        index: null,
        stats: null,
      };
      this.shards.set(shard.id, shard);
      this.nextShardId = Math.max(this.nextShardId, shard.id + count);
    }
    this.unloaded = this.shards.size;
    this.sync();
  }

  /** Loads the saved shards one by one; queries are answered from what is loaded meanwhile. */
  async warm(): Promise<void> {
    for (const shard of [...this.shards.values()]) {
      if (this.stopped) return;
      try {
        const json = this.deps.store.indexJson(shard.id);
        if (json === null) throw new Error('missing');
        ({ index: shard.index, stats: shard.stats } = loadShard(json));
      } catch (error) {
        this.deps.log(`search: saved shard ${shard.id} could not be loaded; rebuilding it`, error);
        this.notice = 'Part of the saved search index was damaged; Dossier is rebuilding it.';
        this.dropShard(shard.id);
      }
      this.unloaded--;
      this.emitStatus();
      await yieldToEventLoop();
    }
    this.sync();
    void this.prepareTokenSets();
  }

  /**
   * Brings the index in line with the library: call after every commit that touched documents.
   * Given the documents that changed, it re-reads just those; else it compares the whole library.
   */
  sync(changed?: readonly string[]): void {
    const ids = changed ? this.reread(changed.filter((id) => this.owns(id))) : this.rereadAll();
    const needs: string[] = [];
    for (const id of ids) {
      const version = this.library.get(id)?.version;
      if (version === undefined) {
        this.located.delete(id);
        this.pending.delete(id);
        this.delta.remove(id);
        continue;
      }
      if (this.locate(id, version)) {
        this.pending.delete(id);
        this.delta.remove(id);
        continue;
      }
      const inDelta = this.delta.versionOf(id);
      if (inDelta === version) continue;
      if (inDelta !== undefined) this.delta.remove(id);
      needs.push(id);
    }
    // A document a running build holds still goes to the delta if it fits (it may have changed
    // since the build read it); it is never queued twice.
    const fresh = needs.filter((id) => !this.pending.has(id));
    if (!this.addToDelta(fresh)) for (const id of fresh) if (!this.inFlight.has(id)) this.pending.add(id);
    this.emitStatus();
    this.schedule();
  }

  /** The library's versions of these documents; a document no longer there is dropped. */
  private reread(ids: readonly string[]): readonly string[] {
    const found = new Map(this.deps.source.versionsOf(this.deps.projectId, ids).map((r) => [r.id, r.version]));
    for (const id of ids) {
      const version = found.get(id);
      if (version === undefined) this.library.delete(id);
      else this.library.set(id, { version });
    }
    return ids;
  }

  /** Every document of this part of the library, and every one that has left it. */
  private rereadAll(): readonly string[] {
    const { index: part, count } = this.deps.partition;
    const rows = this.deps.source.versions(this.deps.projectId).filter((r) => partitionOf(r.id, count) === part);
    const before = this.library;
    this.library = new Map(rows.map((r) => [r.id, { version: r.version }]));
    const gone = [...before.keys(), ...this.pending, ...this.delta.ids()].filter((id) => !this.library.has(id));
    return [...this.library.keys(), ...new Set(gone)];
  }

  /** Finds the shard holding this version of the document; false when none does. */
  private locate(id: string, version: string): boolean {
    const known = this.located.get(id);
    if (known !== undefined && this.shards.get(known)?.docs.get(id) === version) return true;
    this.located.delete(id);
    for (const shard of this.shards.values()) {
      if (shard.docs.get(id) === version) {
        this.located.set(id, shard.id);
        return true;
      }
    }
    return false;
  }

  /** Puts these documents in the delta when they fit; false when they wait for a background build. */
  private addToDelta(ids: readonly string[]): boolean {
    if (ids.length === 0) return true;
    if (this.delta.size + ids.length > DELTA_DOCS) return false;
    const docs = this.deps.source.documents(ids);
    const added = docs.reduce((n, d) => n + d.text.length, 0);
    if (this.delta.textLength + added > DELTA_CHARS) return false;
    this.delta.add(
      docs.flatMap((doc) => {
        const version = this.library.get(doc.id)?.version;
        if (version === undefined) return [];
        const language = indexLanguage(doc.language, doc.text);
        return [{ id: doc.id, version, language, segments: segmentsOf(doc, language) }];
      }),
    );
    this.lastChange = performance.now();
    return true;
  }

  /** Every index to query, with its validity check. */
  searchables(): Searchable[] {
    const out: Searchable[] = [];
    for (const shard of this.shards.values()) {
      const index = shard.index;
      if (index) {
        out.push({
          index,
          docOf: (ref) => this.current(shard.docs, shard.ordinals[parseInt(docIdOf(ref), 36)]),
        });
      }
    }
    for (const part of this.delta.parts()) {
      out.push({
        index: part.index,
        docOf: (ref) => {
          const id = part.docOf(docIdOf(ref));
          return id !== null && this.delta.versionOf(id) === this.library.get(id)?.version ? id : null;
        },
      });
    }
    return out;
  }

  /** Whether a document belongs to this index's part of the library. */
  owns(docId: string): boolean {
    return partitionOf(docId, this.deps.partition.count) === this.deps.partition.index;
  }

  languages(): string[] {
    const all = new Set<string>(['en']);
    for (const shard of this.shards.values()) for (const l of shard.languages) all.add(l);
    for (const l of this.delta.languages()) all.add(l);
    return [...all];
  }

  status(): PartStatus {
    return this.lastPartStatus;
  }

  private measure(): PartStatus {
    const total = this.library.size;
    let indexed = 0;
    for (const [id, { version }] of this.library) {
      const shard = this.shards.get(this.located.get(id) ?? -1);
      if ((shard?.index && shard.docs.get(id) === version) || this.delta.versionOf(id) === version) indexed++;
    }
    const state = this.unloaded > 0 ? 'warming' : indexed < total ? 'indexing' : 'ready';
    return { state, indexed, total, notice: state === 'ready' ? null : this.notice };
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.quietTimer);
    this.delta.stop();
  }

  diagnostics(): { shards: number; segments: number; delta: number; pending: number } {
    let segments = 0;
    for (const shard of this.shards.values())
      segments += shard.index
        ? Object.keys((shard.index as unknown as { fieldVectors: object }).fieldVectors).length / 3
        : 0;
    return { shards: this.shards.size, segments, delta: this.delta.size, pending: this.pending.size };
  }

  private current(holder: Map<string, string>, id: string | undefined): string | null {
    const version = id === undefined ? undefined : holder.get(id);
    return id !== undefined && version !== undefined && version === this.library.get(id)?.version ? id : null;
  }

  private dropShard(id: number): void {
    const shard = this.shards.get(id);
    if (!shard) return;
    this.shards.delete(id);
    for (const docId of shard.docs.keys()) if (this.located.get(docId) === id) this.located.delete(docId);
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

  private schedule(): void {
    while (!this.stopped && this.unloaded === 0 && this.running < this.deps.parallelBuilds) {
      const job = this.nextJob();
      if (!job) return;
      this.running++;
      for (const id of job.docIds) this.inFlight.add(id);
      void this.runJob(job)
        .catch((error: unknown) => this.deps.log('search: a background index build failed', error))
        .finally(() => {
          this.running--;
          for (const id of job.docIds) this.inFlight.delete(id);
          if (!this.stopped) this.sync();
        });
    }
  }

  private nextJob(): Job | null {
    if (this.pending.size > 0) {
      const ids = [...this.pending].slice(0, SHARD_DOCS);
      for (const id of ids) this.pending.delete(id);
      return { docIds: ids, replaces: [] };
    }
    // Housekeeping only when nothing else runs, so two jobs never hold the same document, and only
    // after a quiet spell.
    if (this.running > 0) return null;
    const quietFor = performance.now() - this.lastChange;
    if (quietFor < QUIET_MS) {
      clearTimeout(this.quietTimer);
      this.quietTimer = setTimeout(() => this.schedule(), QUIET_MS - quietFor + 10);
      return null;
    }
    for (const shard of this.shards.values()) {
      const current = [...shard.docs.keys()].filter((id) => this.located.get(id) === shard.id);
      if (current.length < shard.docs.size * MIN_VALID_SHARE) return { docIds: current, replaces: [shard.id] };
    }
    const small = [...this.shards.values()].filter((s) => s.docs.size < SHARD_DOCS / 4);
    if (small.length >= 4) {
      const ids = small.flatMap((s) => [...s.docs.keys()].filter((id) => this.located.get(id) === s.id));
      return { docIds: ids.slice(0, SHARD_DOCS), replaces: small.map((s) => s.id) };
    }
    if (this.delta.size >= DELTA_FOLD) return { docIds: this.delta.ids(), replaces: [] };
    return null;
  }

  private async runJob(job: Job): Promise<void> {
    const built = await this.deps.build(job.docIds);
    if (!built || this.stopped) return;
    const { index, stats } = loadShard(built.json);
    const id = this.nextShardId;
    this.nextShardId += this.deps.partition.count;
    this.deps.store.putShard(id, built.docs, built.json, this.deps.now(), job.replaces);
    for (const old of job.replaces) {
      const gone = this.shards.get(old);
      this.shards.delete(old);
      for (const docId of gone?.docs.keys() ?? []) if (this.located.get(docId) === old) this.located.delete(docId);
    }
    const shard: Shard = {
      id,
      docs: new Map(built.docs.map(([docId, version]) => [docId, version])),
      ordinals: built.docs.map(([docId]) => docId),
      languages: new Set(built.docs.map(([, , language]) => language)),
      index,
      stats,
    };
    this.shards.set(id, shard);
    for (const [docId, version] of shard.docs) {
      if (this.library.get(docId)?.version === version) this.located.set(docId, id);
    }
    if (this.pending.size === 0 && this.running <= 1) this.notice = null;
    void this.prepareTokenSets();
  }

  private emitStatus(): void {
    const status = (this.lastPartStatus = this.measure());
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    this.deps.onStatus(status);
  }
}
