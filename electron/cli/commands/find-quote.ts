/**
 * Where a quote typed on the command line sits in a document's text, for `dossier highlight`.
 * The words must match exactly (case, punctuation, accents); only the spacing between them may
 * differ, since a shell argument cannot easily carry the line break a paragraph holds. Every
 * occurrence counts, overlapping ones too, so `--occurrence N` can reach any of them.
 */

/** [start, end) of each occurrence of `quote` in `text`, in order; UTF-16 offsets as the core stores them. */
export function findQuote(text: string, quote: string): [number, number][] {
  const words = quote.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  const found: [number, number][] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    found.push([match.index, match.index + match[0].length]);
    // Look again from the next character, so "aa" in "aaa" is found twice.
    pattern.lastIndex = match.index + 1;
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
