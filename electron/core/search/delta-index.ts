/**
 * The delta: documents changed since the shards were built, searchable right after their commit.
 * A newly changed document first gets an index of its own, built in a millisecond or two; once the
 * changes pause (or too many pile up) the delta's documents are merged into one index. Every delta
 * index scores against the rest of the corpus (corpus-stats.ts), so a new document ranks as it will
 * once it is in a shard rather than as the only document in the world.
 */
import type lunr from 'lunr';
import { buildIndex } from './build-index';
import { combineStats, type IndexStats } from './corpus-stats';
import type { PhraseStreams } from './phrase-streams';
import type { Segment } from './segments';

export interface DeltaDocument {
  id: string;
  version: string;
  language: string;
  segments: Segment[];
}

/** One index of the delta; `docOf` names the document a ref stands for while the delta holds that copy. */
export interface DeltaPart {
  index: lunr.Index;
  phrases: PhraseStreams;
  docOf(docId: string): string | null;
}

interface Built {
  index: lunr.Index;
  stats: IndexStats;
  phrases: PhraseStreams;
  versions: Map<string, string>;
}

/** A change bringing more new documents than this merges them all at once (one build, consistent counts). */
const OWN_INDEX_BATCH = 1;
/** Merge without waiting for a pause once this many documents have an index of their own. */
const OWN_INDEX_MAX = 24;
/** Merge after the changes have paused this long. */
const MERGE_AFTER_MS = 250;

export class DeltaIndex {
  private readonly docs = new Map<string, DeltaDocument>();
  private merged: Built;
  private readonly own = new Map<string, Built>();
  /** Whether the merged index still holds documents the delta has dropped. */
  private stale = false;
  private chars = 0;
  private timer: NodeJS.Timeout | undefined;

  /** `shards` gives the statistics of every other index of this part of the library. */
  constructor(private readonly shards: () => IndexStats[]) {
    this.merged = this.build([], []);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Characters of text the delta holds. */
  get textLength(): number {
    return this.chars;
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }

  versionOf(id: string): string | undefined {
    return this.docs.get(id)?.version;
  }

  languages(): string[] {
    return [...this.docs.values()].map((d) => d.language);
  }

  /** Adds documents, or new versions of documents it holds. */
  add(docs: readonly DeltaDocument[]): void {
    for (const doc of docs) {
      this.drop(doc.id);
      this.docs.set(doc.id, doc);
      this.chars += textOf(doc);
    }
    if (docs.length > OWN_INDEX_BATCH || this.own.size + docs.length > OWN_INDEX_MAX) {
      this.merge();
      return;
    }
    for (const doc of docs) {
      const others = [...this.own].filter(([id]) => id !== doc.id).map(([, built]) => built.stats);
      this.own.set(doc.id, this.build([doc], [...this.shards(), this.merged.stats, ...others]));
    }
    this.mergeLater();
  }

  remove(id: string): void {
    if (!this.docs.has(id)) return;
    this.drop(id);
    this.mergeLater();
  }

  /** The indexes to query; a merge leaves one. */
  parts(): DeltaPart[] {
    return [this.merged, ...this.own.values()].map((built) => ({
      index: built.index,
      phrases: built.phrases,
      docOf: (docId) => {
        const version = built.versions.get(docId);
        return version !== undefined && this.docs.get(docId)?.version === version ? docId : null;
      },
    }));
  }

  merge(): void {
    clearTimeout(this.timer);
    this.own.clear();
    this.stale = false;
    this.merged = this.build([...this.docs.values()], this.shards());
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private drop(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.docs.delete(id);
    this.chars -= textOf(doc);
    if (!this.own.delete(id)) this.stale = true;
  }

  private mergeLater(): void {
    clearTimeout(this.timer);
    if (this.own.size === 0 && !this.stale) return;
    this.timer = setTimeout(() => this.merge(), MERGE_AFTER_MS);
    this.timer.unref();
  }

  private build(docs: readonly DeltaDocument[], corpus: readonly IndexStats[]): Built {
    const { index, stats, phrases } = buildIndex(
      docs.flatMap((d) => d.segments),
      combineStats(corpus),
    );
    return { index, stats, phrases, versions: new Map(docs.map((d) => [d.id, d.version])) };
  }
}

const textOf = (doc: DeltaDocument) => doc.segments.reduce((n, s) => n + s.body.length, 0);
