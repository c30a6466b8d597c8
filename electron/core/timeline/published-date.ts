/**
 * The document's own published date as its text suggests it: a dateline ("PORT-AU-PRINCE, Oct 2
 * (Reuters) -"), else a "Published …" line (or "Posted …", else "Updated …"), else the latest date
 * written in full in the text (not one the text looks ahead to, such as "until October 2025"). Only
 * dates written in the text count, never the reference date, and the result is a suggestion for the
 * analyst to confirm: nothing here is stored.
 */
import type { PublishedDateSuggestion } from '../../contract';
import type { Span } from './calendar-span';
import { scanDates } from './propose-dates';
import type { ResolvedMention } from './resolve-mentions';

const DATELINE_LINES = 3;
const DATELINE = /^\s*(\p{Lu}[^\n]{1,80}?)\s[-–—]\s/u;
const PUBLISHED = /\b(Published|Posted|Updated|Last updated)\b(?:\s+on)?\s*:?\s*/gi;

/** A written date that can stand as a published date: a day, month or year (not a range). */
const writtenSpan = (m: ResolvedMention): Span | null =>
  m.spec.kind === 'absolute' && m.spec.span.precision !== 'range' ? m.spec.span : null;

const suggestion = (m: ResolvedMention, edtf: string, why: string): PublishedDateSuggestion => ({
  text: m.text,
  start: m.start,
  end: m.end,
  edtf,
  why,
});

function latestWritten(mentions: readonly ResolvedMention[]): { mention: ResolvedMention; span: Span } | null {
  let best: { mention: ResolvedMention; span: Span } | null = null;
  for (const mention of mentions) {
    const span = writtenSpan(mention);
    if (!span || mention.forward) continue;
    if (!best || span.first > best.span.first || (span.first === best.span.first && span.last < best.span.last)) {
      best = { mention, span };
    }
  }
  return best;
}

function datelineIn(
  line: string,
  lineStart: number,
  mentions: readonly ResolvedMention[],
): PublishedDateSuggestion | null {
  const head = DATELINE.exec(line);
  if (!head) return null;
  const headEnd = lineStart + head[0].length;
  const mention = mentions.find((m) => m.start >= lineStart && m.end <= headEnd);
  if (!mention) return null;
  const written = writtenSpan(mention);
  if (written) return suggestion(mention, written.edtf, 'dateline');
  const latest = latestWritten(mentions);
  if (mention.spec.kind !== 'yearless' || !latest) return null;
  const year = Number(latest.span.edtf.slice(0, 4));
  const span = mention.spec.spanIn(year);
  if (!span || span.precision === 'range') return null;
  return suggestion(mention, span.edtf, `dateline, with the year of the latest date in the text (${year})`);
}

/** A dateline opens one of the first few lines that hold text. */
function dateline(text: string, mentions: readonly ResolvedMention[]): PublishedDateSuggestion | null {
  let lineStart = 0;
  for (let seen = 0; seen < DATELINE_LINES && lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      seen++;
      const found = datelineIn(line, lineStart, mentions);
      if (found) return found;
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

function publishedLine(text: string, mentions: readonly ResolvedMention[]): PublishedDateSuggestion | null {
  let updated: PublishedDateSuggestion | null = null;
  for (const m of text.matchAll(PUBLISHED)) {
    const after = m.index + m[0].length;
    const mention = mentions.find((found) => found.start === after);
    const span = mention && writtenSpan(mention);
    if (!mention || !span) continue;
    const word = (m[1] ?? '').toLowerCase();
    if (word === 'published' || word === 'posted') return suggestion(mention, span.edtf, `“${m[1]}” line`);
    updated ??= suggestion(mention, span.edtf, `“${m[1]}” line`);
  }
  return updated;
}

/** The suggestion from mentions already found in `text` (by `scanDates`, with any reference). */
export function suggestFromMentions(
  text: string,
  mentions: readonly ResolvedMention[],
): PublishedDateSuggestion | null {
  const found = dateline(text, mentions) ?? publishedLine(text, mentions);
  if (found) return found;
  const latest = latestWritten(mentions);
  return latest && suggestion(latest.mention, latest.span.edtf, 'latest date written in the text');
}

/** The published date `text` suggests, or null when it writes no date. */
export function suggestPublishedDate(text: string): PublishedDateSuggestion | null {
  return suggestFromMentions(text, scanDates(text, null));
}
