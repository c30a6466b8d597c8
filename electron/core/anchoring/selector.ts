/**
 * Text-quote selectors for highlights (after Hypothesis's anchoring): offsets into the document's
 * normalized text in UTF-16 code units, plus the exact quote with 32 characters of context each side.
 * Offsets are widened so that they never cut a surrogate pair, and trimmed of surrounding white space.
 */
export const CONTEXT_LENGTH = 32;

export interface TextSelector {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a boundary off the middle of a surrogate pair (or a base + combining mark sequence). */
export function snapStart(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  if (i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
  while (i > 0 && /\p{M}/u.test(text[i] ?? '')) i--;
  return i;
}

export function snapEnd(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  if (i > 0 && i < text.length && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i++;
  while (i < text.length && /\p{M}/u.test(text[i] ?? '')) i++;
  return i;
}

/** A selector for [start, end) of `text`, or null when the range holds no visible text. */
export function describe(text: string, start: number, end: number): TextSelector | null {
  let s = snapStart(text, Math.min(start, end));
  let e = snapEnd(text, Math.max(start, end));
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e <= s) return null;
  return {
    start: s,
    end: e,
    quote: text.slice(s, e),
    prefix: text.slice(snapStart(text, s - CONTEXT_LENGTH), s),
    suffix: text.slice(e, snapEnd(text, e + CONTEXT_LENGTH)),
  };
}

export interface Anchor {
  start: number;
  end: number;
  /** 1 when the stored position still holds the quote, lower for a quote found elsewhere. */
  confidence: number;
}

/**
 * Finds a selector's quote in (possibly changed) text: at its stored position if the quote is still
 * there, else the occurrence whose context matches best. Returns null rather than guess between
 * equally good places, so a highlight is flagged for review instead of silently moved.
 */
export function anchor(text: string, selector: TextSelector): Anchor | null {
  const { start, end, quote } = selector;
  if (quote.length === 0) return null;
  if (text.slice(start, end) === quote) return { start, end, confidence: 1 };
  return anchorByQuote(text, selector);
}

/**
 * Finds a selector's quote by its context alone, ignoring the stored position: for a new version of
 * a document, where the old offsets are no evidence. Null when absent or ambiguous.
 */
export function anchorByQuote(text: string, selector: TextSelector): Anchor | null {
  const { quote } = selector;
  if (quote.length === 0) return null;
  const candidates: { start: number; score: number }[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    candidates.push({ start: i, score: contextScore(text, i, i + quote.length, selector) });
  }
  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  if (!best) return null;
  if (second && second.score === best.score) return null;
  if (best.score < 0.5 && candidates.length > 1) return null;
  return { start: best.start, end: best.start + quote.length, confidence: 0.5 + best.score / 2 };
}

/**
 * The share (0 to 1) of the selector's context found around [start, end): characters of the prefix
 * that still end right at `start`, plus those of the suffix that still begin right at `end`.
 */
export function contextScore(text: string, start: number, end: number, selector: TextSelector): number {
  const { prefix, suffix } = selector;
  const before = commonSuffix(text.slice(Math.max(0, start - prefix.length), start), prefix);
  const after = commonPrefix(text.slice(end, end + suffix.length), suffix);
  return (before + after) / Math.max(1, prefix.length + suffix.length);
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
