/**
 * The document index as the search worker holds it: big shards (shard-set.ts: persisted, loaded at
 * start, built in the background) plus a small delta (delta-index.ts) that takes every change at once,
 * so a new or edited document is searchable right after its commit. Which copy of a document
 * counts is decided by version: a shard's copy is valid only while its version equals the
 * library's, so an edit or a deletion needs no tombstone, and after a crash the next full sync
 * finds what is missing.
 */
import type { IndexStoreRepo } from '../repos/index-store-repo';
import type { SearchSourceRepo } from '../repos/search-source-repo';
import { DeltaIndex } from './delta-index';
import { indexLanguage } from './languages';
import { partitionOf, type Partition } from './partition';
import { docIdOf, segmentsOf } from './segments';
import { SHARD_DOCS, ShardSet, type BuiltShard, type Job, type Searchable } from './shard-set';
import type { PartStatus } from './status';

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
  private readonly shards: ShardSet;
  private readonly delta: DeltaIndex;
  /** Documents neither current in a shard nor in the delta: waiting for a background build. */
  private readonly pending = new Set<string>();
  /** Documents a running build has taken: not pending, not yet in a shard. */
  private readonly inFlight = new Set<string>();
  private running = 0;
  private lastChange = 0;
  private quietTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private notice: string | null = null;
  private lastStatus = '';
  /** Refreshed by every change (each ends in `emitStatus`), so a query does not recount. */
  private lastPartStatus: PartStatus = { state: 'warming', indexed: 0, total: 0, notice: null };

  constructor(private readonly deps: DocIndexDeps) {
    this.shards = new ShardSet({ ...deps, isCurrent: (id, version) => this.library.get(id)?.version === version });
    this.delta = new DeltaIndex(() => this.shards.stats());
  }

  /** Reads what the saved index holds; loading the shards themselves happens in `warm`. */
  open(notice: string | null): void {
    this.notice = notice;
    this.shards.open();
    this.sync();
  }

  /** Loads the saved shards one by one; queries are answered from what is loaded meanwhile. */
  async warm(): Promise<void> {
    await this.shards.load((damaged) => {
      if (damaged) this.notice = 'Part of the saved search index was damaged; Dossier is rebuilding it.';
      this.emitStatus();
    });
    if (!this.stopped) this.sync();
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
        this.shards.forget(id);
        this.pending.delete(id);
        this.delta.remove(id);
        continue;
      }
      if (this.shards.locate(id, version)) {
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
    // Pending and delta documents are always library documents, so `before` names every one that left.
    const gone = [...before.keys()].filter((id) => !this.library.has(id));
    return [...this.library.keys(), ...gone];
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
    const out = this.shards.searchables();
    for (const part of this.delta.parts()) {
      out.push({
        index: part.index,
        phrases: part.phrases,
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
    for (const l of this.shards.languages()) all.add(l);
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
      if (this.shards.answersFor(id, version) || this.delta.versionOf(id) === version) indexed++;
    }
    const state = this.shards.unloaded > 0 ? 'warming' : indexed < total ? 'indexing' : 'ready';
    return { state, indexed, total, notice: state === 'ready' ? null : this.notice };
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.quietTimer);
    this.shards.stop();
    this.delta.stop();
  }

  diagnostics(): { shards: number; segments: number; delta: number; pending: number } {
    return { ...this.shards.diagnostics(), delta: this.delta.size, pending: this.pending.size };
  }

  private schedule(): void {
    while (!this.stopped && this.shards.unloaded === 0 && this.running < this.deps.parallelBuilds) {
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
    const housekeeping = this.shards.housekeeping();
    if (housekeeping) return housekeeping;
    if (this.delta.size >= DELTA_FOLD) return { docIds: this.delta.ids(), replaces: [] };
    return null;
  }

  private async runJob(job: Job): Promise<void> {
    const built = await this.deps.build(job.docIds);
    if (!built || this.stopped) return;
    this.shards.install(built, job.replaces);
    if (this.pending.size === 0 && this.running <= 1) this.notice = null;
  }

  private emitStatus(): void {
    const status = (this.lastPartStatus = this.measure());
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    this.deps.onStatus(status);
  }
}
