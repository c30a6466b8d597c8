/**
 * Builds one lunr index from segments, each indexed with its own language's analysis. Big shards
 * are built in an index-builder thread; the delta and the annotation index, which are small, in
 * the search worker itself.
 */
import lunr from 'lunr';
import { configureBuilder, setCurrentLanguage } from './languages';
import type { Segment } from './segments';

export function buildIndexNow(segments: Iterable<Segment>): lunr.Index {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  for (const segment of segments) {
    setCurrentLanguage(segment.language);
    builder.add({ ref: segment.ref, title: segment.title, source: segment.source, body: segment.body });
  }
  return builder.build();
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
