/**
 * A .qdpx text source as a Dossier document, and its coded selections carried onto that document.
 * The text goes through exactly what importing it as a .txt file does (the hygiene rule, paragraphs
 * into blocks, blocks joined), so the document is the one a .txt import would store, content hash
 * included. That changes the text (CR LF becomes LF, wrapped lines are joined, list markers and
 * extra spaces go, compositions are made NFC), so a selection's offsets into the source are
 * carried through in two steps: into the cleaned text, by cleaning the text before each offset;
 * then into the stored text, by walking both texts together, since the blocks only drop or turn
 * white space and list markers and never add a visible character.
 */
import { createHash } from 'node:crypto';
import { cleanText, type Block } from '../../contract';
import { buildDocument, countWords } from '../importers/build-document';
import { plainTextBlocks } from '../importers/plain-text';

export interface SourceDocument {
  text: string;
  blocks: Block[];
  wordCount: number;
  contentHash: string;
  /** The stored offset of each source offset asked for (UTF-16 into the source's text). */
  offsets: Map<number, number>;
}

/** The source as a document, or null when it holds no text once cleaned. */
export function sourceDocument(source: string, offsets: readonly number[]): SourceDocument | null {
  const cleaned = cleanText(source);
  // As the .txt importer (import-file.ts): blocks from the cleaned text, each block's text cleaned again.
  const built = buildDocument(plainTextBlocks(cleaned).map((draft) => ({ ...draft, text: cleanText(draft.text) })));
  if (built.blocks.length === 0) return null;
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const inCleaned = cleanedOffsets(source, wanted);
  const inStored = storedOffsets(
    cleaned,
    built.text,
    [...new Set(inCleaned.values())].sort((a, b) => a - b),
  );
  const map = new Map(wanted.map((offset) => [offset, inStored.get(inCleaned.get(offset) ?? 0) ?? 0]));
  return {
    text: built.text,
    blocks: built.blocks,
    wordCount: countWords(built.text),
    contentHash: createHash('sha256').update(built.text).digest('hex'),
    offsets: map,
  };
}

/**
 * Where a chunk boundary changes nothing cleanText does: before a character below U+0300 (never
 * the second half of an NFC composition, a surrogate or a combining mark) that is not the LF of a
 * CR LF. Cleaning the text chunk by chunk between such places gives the text cleaned whole.
 */
function isSafeBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  return text.charCodeAt(at) < 0x300 && !(text[at] === '\n' && text[at - 1] === '\r');
}

/**
 * Each offset (ascending) as an offset into cleanText(source): the length of the cleaned text
 * before it. The text before an offset is cleaned from the last safe boundary only, so the work
 * stays linear in the text however many offsets there are.
 */
export function cleanedOffsets(source: string, ascending: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  let anchor = 0;
  let anchorCleaned = 0;
  for (const offset of ascending) {
    let safe = offset;
    while (safe > anchor && !isSafeBoundary(source, safe)) safe -= 1;
    anchorCleaned += cleanText(source.slice(anchor, safe)).length;
    anchor = safe;
    out.set(offset, anchorCleaned + cleanText(source.slice(safe, offset)).length);
  }
  return out;
}

const isSpace = (c: string) => /\s/.test(c);

/**
 * Each offset (ascending) into the cleaned text as an offset into the stored text, by walking both:
 * equal characters, or white space against white space, go together; white space only the stored
 * text has (a paragraph break where the source had a line break) is stepped over there; anything
 * else only the cleaned text has (a list marker, a second space) is stepped over in it, and an
 * offset on it lands where the stored text goes on. An offset may land in white space at the edge
 * of a selection; the highlight's selector trims it.
 */
export function storedOffsets(cleaned: string, stored: string, ascending: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  let i = 0;
  let j = 0;
  let next = 0;
  for (;;) {
    const c = cleaned[i];
    // White space only the stored text has is passed first, so an offset before a word lands on the word.
    while (c !== undefined && !isSpace(c) && stored[j] !== undefined && isSpace(stored[j] as string)) j += 1;
    while (next < ascending.length && (ascending[next] as number) <= i) out.set(ascending[next++] as number, j);
    if (c === undefined || next >= ascending.length) break;
    const d = stored[j];
    if (d !== undefined && (c === d || (isSpace(c) && isSpace(d)))) j += 1;
    i += 1;
  }
  for (; next < ascending.length; next += 1) out.set(ascending[next] as number, stored.length);
  return out;
}
