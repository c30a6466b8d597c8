/**
 * Builds one lunr index from segments. The async form yields to the event loop every few
 * documents, so a worker building a big shard still answers queries in between.
 */
import lunr from 'lunr';
import { configureBuilder, setCurrentLanguage } from './languages';
import type { Segment } from './segments';

const YIELD_EVERY_CHARS = 400_000;

export function buildIndexNow(segments: Iterable<Segment>): lunr.Index {
  const builder = newBuilder();
  for (const segment of segments) add(builder, segment);
  return builder.build();
}

export async function buildIndexInSteps(
  segments: Iterable<Segment>,
  shouldStop: () => boolean,
): Promise<lunr.Index | null> {
  const builder = newBuilder();
  let sinceYield = 0;
  for (const segment of segments) {
    add(builder, segment);
    sinceYield += segment.body.length + segment.title.length;
    if (sinceYield >= YIELD_EVERY_CHARS) {
      sinceYield = 0;
      await yieldToEventLoop();
      if (shouldStop()) return null;
    }
  }
  await yieldToEventLoop();
  return shouldStop() ? null : builder.build();
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function newBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  return builder;
}

function add(builder: lunr.Builder, segment: Segment): void {
  setCurrentLanguage(segment.language);
  builder.add({ ref: segment.ref, title: segment.title, source: segment.source, body: segment.body });
}
