/**
 * Dates proposed from a document's text (`documents.dates`, `dossier dates`): each date expression
 * found, where it is, the EDTF it resolves to and what it was resolved against, plus a suggestion for
 * the document's own published date. Proposals are computed on request and never stored.
 */
import { z } from 'zod';
import { PartialDate } from './models';
import { isRealDate } from './partial-date';

/** A reference date: a partial date ("2024", "2024-10", "2024-10-02") that exists in the calendar. */
export const ReferenceDate = PartialDate.refine(isRealDate, 'There is no such day in the calendar');

export const DateProposal = z.object({
  /** The expression as written: `text === documentText.slice(start, end)`. */
  text: z.string(),
  /** UTF-16 offsets into the document's stored normalized text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The date as EDTF (`2024-09-30`, `2024-10`, `2024-33`, `2024-04-21/2024-04-30`); null when it needs a reference. */
  edtf: z.string().nullable(),
  /**
   * What it was resolved against: "reference date 2024-10-02", "previous date 2024-09-30 (offset
   * 1234)", or null when the text alone fixes it (or when it could not be resolved).
   */
  resolvedAgainst: z.string().nullable(),
  /** Relative or year-less with nothing to resolve it against; `edtf` is then null. */
  needsReference: z.boolean(),
});
export type DateProposal = z.infer<typeof DateProposal>;

/** The document's own published date as the text suggests it: for the analyst to confirm, never stored. */
export const PublishedDateSuggestion = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** A partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), which is also valid EDTF. */
  edtf: PartialDate,
  /** Why this date: "dateline", "“Published” line", "latest date written in the text". */
  why: z.string(),
});
export type PublishedDateSuggestion = z.infer<typeof PublishedDateSuggestion>;

export const DocumentDates = z.object({
  /** The reference date used: the one asked for, else the document's published date, else null. */
  reference: z.string().nullable(),
  proposals: z.array(DateProposal),
  publishedSuggestion: PublishedDateSuggestion.nullable(),
});
export type DocumentDates = z.infer<typeof DocumentDates>;
