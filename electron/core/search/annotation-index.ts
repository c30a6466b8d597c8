/**
 * Highlights (quote, note, tags) and timeline events (title, description) in one small lunr
 * index, rebuilt on the first query after any of them changed. Refs are `h:<id>` and `e:<id>`.
 * The highlights alone (for the filters, in every worker) are read without building the index.
 */
import type lunr from 'lunr';
import type { EventForSearch, HighlightForSearch, SearchSourceRepo } from '../repos/search-source-repo';
import { buildIndex } from './build-index';
import type { PhraseStreams } from './phrase-streams';
import type { Segment } from './segments';

export interface Annotations {
  index: lunr.Index;
  phrases: PhraseStreams;
  highlights: Map<string, HighlightForSearch>;
  events: Map<string, EventForSearch>;
}

export class AnnotationIndex {
  private cache: Annotations | null = null;
  private rows: Map<string, HighlightForSearch> | null = null;

  constructor(
    private readonly source: SearchSourceRepo,
    private readonly projectId: string,
  ) {}

  invalidate(): void {
    this.cache = null;
    this.rows = null;
  }

  highlights(): Map<string, HighlightForSearch> {
    return (this.rows ??= new Map(this.source.highlights(this.projectId).map((h) => [h.id, h])));
  }

  get(): Annotations {
    if (this.cache) return this.cache;
    const highlights = this.highlights();
    const events = new Map(this.source.events(this.projectId).map((e) => [e.id, e]));
    const segments: Segment[] = [];
    for (const h of highlights.values()) {
      segments.push(segment(`h:${h.id}`, h.note, h.tags.join(' '), h.quote));
    }
    for (const e of events.values()) segments.push(segment(`e:${e.id}`, e.title, '', e.description));
    const { index, phrases } = buildIndex(segments);
    this.cache = { index, phrases, highlights, events };
    return this.cache;
  }
}

function segment(ref: string, title: string, source: string, body: string): Segment {
  return { ref, docId: ref, offset: 0, title, source, body, language: 'en' };
}
