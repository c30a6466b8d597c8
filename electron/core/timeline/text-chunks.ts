/**
 * Splits a document's text into the pieces the date finders read: its lines (paragraphs), and a
 * long line again at sentence ends. chrono's cost grows faster than the length of what it reads,
 * and no date expression spans a line or a sentence, so small pieces cost nothing in recall.
 */

export interface TextChunk {
  /** Offset of the chunk in the whole text (UTF-16 code units). */
  start: number;
  text: string;
}

export const MAX_CHUNK = 2_000;

/** The chunks of `text` from `from` to `to`, which should both be line starts or ends. */
export function textChunks(text: string, from = 0, to = text.length): TextChunk[] {
  const chunks: TextChunk[] = [];
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    splitLine(text, lineStart, lineEnd, chunks);
    lineStart = lineEnd + 1;
  }
  return chunks;
}

function splitLine(text: string, start: number, end: number, chunks: TextChunk[]): void {
  let at = start;
  while (end - at > MAX_CHUNK) {
    const cut = cutPoint(text, at, at + MAX_CHUNK);
    chunks.push({ start: at, text: text.slice(at, cut) });
    at = cut;
  }
  if (end > at && /\S/.test(text.slice(at, end))) chunks.push({ start: at, text: text.slice(at, end) });
}

/** After the last sentence end before `limit`, else the last space, else `limit` (never inside a surrogate pair). */
function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const sentence = /[.!?]["”’)]?\s+(?=\S)/g;
  let best = -1;
  for (let m = sentence.exec(window); m; m = sentence.exec(window)) best = m.index + m[0].length;
  if (best > 0) return from + best;
  const space = window.lastIndexOf(' ');
  if (space > 0) return from + space + 1;
  const low = text.charCodeAt(limit);
  return low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
}
