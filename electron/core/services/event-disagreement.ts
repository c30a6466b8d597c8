/**
 * Whether the passages linked to one event propose different dates: each passage's first date
 * found in it (resolved as in the reader's "Dates in this document", against the document's
 * published date) is compared with the others', and two that share no day disagree:
 * "sources disagree: 30 September 2024 vs October 2024". A passage that names no date, or one that
 * needs a reference date the document lacks, takes no side. Proposals are cached per document
 * version and passage, since every `events.list` asks again.
 */
import type { Passage } from '../../contract';
import { boundsOverlap, readEdtf, type DateReading } from '../../contract';
import { proposalsWithin } from '../timeline/propose-dates';
import type { Context } from './context';

const MAX_CACHED = 4_000;
const cache = new Map<string, DateReading | null>();

export function disagreementOf(ctx: Context, passages: readonly Passage[]): string | null {
  const readings: DateReading[] = [];
  for (const passage of passages) {
    const reading = passageDate(ctx, passage);
    if (reading && !readings.some((r) => r.edtf === reading.edtf)) readings.push(reading);
  }
  for (let i = 0; i < readings.length; i++) {
    for (let j = i + 1; j < readings.length; j++) {
      const [a, b] = [readings[i], readings[j]] as [DateReading, DateReading];
      if (!shareADay(a, b)) return `sources disagree: ${readings.map((r) => r.label).join(' vs ')}`;
    }
  }
  return null;
}

function passageDate(ctx: Context, { highlight }: Passage): DateReading | null {
  const doc = ctx.repos.documents.row(highlight.documentId);
  if (!doc) return null;
  const key = [doc.id, doc.content_hash, doc.published_date ?? '', highlight.start, highlight.end].join('|');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const first = proposalsWithin(doc.text, doc.published_date, highlight.start, highlight.end).find((p) => p.edtf);
  const read = first?.edtf ? readEdtf(first.edtf) : null;
  const reading = read?.ok ? read.reading : null;
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, reading);
  return reading;
}

const shareADay = (a: DateReading, b: DateReading): boolean =>
  boundsOverlap(a.earliest, a.latest, { from: b.earliest, to: b.latest });
