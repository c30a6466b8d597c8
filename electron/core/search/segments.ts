/**
 * The unit lunr indexes: a document, or a part of a long one. Parts keep any single lunr
 * document small (adding one is never a long pause, and a hit's snippet is found near it).
 * The first part carries the title and source; ref is the document id, then `id#1`, `id#2`…
 */
import type { DocumentForIndex } from '../repos/search-source-repo';

export const SEGMENT_CHARS = 200_000;

export interface Segment {
  ref: string;
  docId: string;
  /** Where this part starts in the document text. */
  offset: number;
  title: string;
  source: string;
  body: string;
  language: string;
}

/**
 * `key` names the document in refs: its id in the delta, a short ordinal in a shard (refs are
 * repeated in every posting, so a 36-character id there would bloat the saved index).
 */
export function segmentsOf(doc: DocumentForIndex, language: string, key: string = doc.id): Segment[] {
  const source = [doc.source, doc.author].filter(Boolean).join(' ');
  const parts: Segment[] = [];
  let offset = 0;
  do {
    let end = Math.min(doc.text.length, offset + SEGMENT_CHARS);
    if (end < doc.text.length) end = cutAt(doc.text, offset, end);
    parts.push({
      ref: parts.length === 0 ? key : `${key}#${parts.length}`,
      docId: doc.id,
      offset,
      title: parts.length === 0 ? doc.title : '',
      source: parts.length === 0 ? source : '',
      body: doc.text.slice(offset, end),
      language,
    });
    offset = end;
  } while (offset < doc.text.length);
  return parts;
}

/** The key part of a ref: the document id in the delta, the ordinal in a shard. */
export function docIdOf(ref: string): string {
  const hash = ref.indexOf('#');
  return hash === -1 ? ref : ref.slice(0, hash);
}

/** Ends a part at a paragraph break, else at a space, never inside a word or a surrogate pair. */
function cutAt(text: string, start: number, end: number): number {
  const floor = start + SEGMENT_CHARS / 2;
  const newline = text.lastIndexOf('\n', end);
  if (newline > floor) return newline + 1;
  const space = text.lastIndexOf(' ', end);
  if (space > floor) return space + 1;
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}
