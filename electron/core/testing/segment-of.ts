/** Test support: a one-segment document for the search index tests, its ref doubling as its id. */
import type { Segment } from '../search/segments';

export const segmentOf = (ref: string, title: string, body: string, language = 'en', source = ''): Segment => ({
  ref,
  docId: ref,
  offset: 0,
  title,
  source,
  body,
  language,
});
