/**
 * A sensible title when the document does not name one: the first block if it is a heading,
 * else the first sentence, shortened at a word boundary.
 */
import { truncate } from '../../contract';
import type { BuiltDocument } from './build-document';

export const MAX_TITLE_LENGTH = 90;
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function deriveTitle(doc: BuiltDocument, fallback: string): string {
  const first = doc.blocks[0];
  if (!first) return fallback;
  const firstText = doc.text.slice(first.start, first.end);
  if (first.type === 'heading') return shorten(firstText);
  const sentence = sentenceSegmenter.segment(firstText)[Symbol.iterator]().next().value?.segment ?? firstText;
  return shorten(sentence.trim()) || fallback;
}

export function shorten(text: string, max = MAX_TITLE_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean.replace(/[.;:,]$/, '');
  const cut = truncate(clean, max - 1);
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return base.replace(/[\s.,;:–—-]+$/, '') + '…';
}
