/**
 * Dates proposed from a document's text: every date expression found (by chrono-node and by the
 * period and relative patterns it lacks), with its UTF-16 offsets into the stored normalized text
 * and the EDTF it resolves to against the document's reference date (see resolve-mentions.ts for the
 * rules, reference-date.ts for partial references). Overlapping finds are never both proposed: the
 * patterns win over chrono, an earlier and longer find over a later one.
 *
 * The text is read line by line, long lines in pieces of at most 2,000 characters cut at sentence
 * ends (text-chunks.ts), and chrono only reads pieces that hold a digit or a date word, so the cost
 * grows with the length of the text and not faster.
 */
import type { DateProposal } from '../../contract';
import { chronoMentions } from './chrono-mentions';
import { withoutOverlaps, type Mention } from './mention';
import { periodMentions } from './period-mentions';
import { chronoDay, NO_REFERENCE_DAY, readReferenceDate, sentinelDay, type ReferenceDate } from './reference-date';
import { relativeMentions } from './relative-mentions';
import { resolveMentions, type ResolvedMention } from './resolve-mentions';
import { textChunks } from './text-chunks';

/** Without one of these, a piece of text holds nothing chrono reads as a date. */
const DATE_HINT =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|day|night|noon|morning|evening|week|month|year|fortnight|ago/i;

/** Every date mention in `text` up to `to` (a line end), resolved against `reference`. */
export function scanDates(text: string, reference: ReferenceDate | null, to = text.length): ResolvedMention[] {
  const day = reference ? chronoDay(reference) : NO_REFERENCE_DAY;
  const sentinel = sentinelDay(day);
  const mentions: Mention[] = [];
  for (const chunk of textChunks(text, 0, to)) {
    const found = withoutOverlaps([
      ...relativeMentions(chunk.text),
      ...periodMentions(chunk.text),
      ...(DATE_HINT.test(chunk.text) ? chronoMentions(chunk.text, day, sentinel) : []),
    ]);
    for (const m of found) mentions.push({ ...m, start: m.start + chunk.start, end: m.end + chunk.start });
  }
  return resolveMentions(mentions, reference);
}

export function toProposal(mention: ResolvedMention): DateProposal {
  const { text, start, end, span, resolvedAgainst, needsReference } = mention;
  return { text, start, end, edtf: span?.edtf ?? null, resolvedAgainst, needsReference };
}

const referenceOf = (reference: string | null | undefined): ReferenceDate | null =>
  reference ? readReferenceDate(reference) : null;

/**
 * The dates proposed from `text`, in text order. `reference` is the document's reference date
 * ("2024", "2024-10" or "2024-10-02"; null when it has none); an invalid one throws.
 */
export function proposeDates(text: string, reference: string | null): DateProposal[] {
  return scanDates(text, referenceOf(reference)).map(toProposal);
}

/**
 * The dates proposed inside a passage `[start, end)` of the document's `text` (a highlight), with
 * the same offsets, resolution and reference as for the whole document: "a day later" still counts
 * from the date written before the passage. Expressions that cross the passage's edges are left out.
 */
export function proposalsWithin(text: string, reference: string | null, start: number, end: number): DateProposal[] {
  const lineEnd = text.indexOf('\n', end);
  return scanDates(text, referenceOf(reference), lineEnd === -1 ? text.length : lineEnd)
    .filter((m) => m.start >= start && m.end <= end)
    .map(toProposal);
}
