/**
 * `documents.dates`: the dates proposed from one document's text and the published date it
 * suggests, resolved against the reference the caller asks for, else the document's published date.
 * Read-only: nothing is stored, the suggestion included.
 */
import type { DocumentDates } from '../../contract';
import { scanDates, toProposal } from './propose-dates';
import { suggestFromMentions } from './published-date';
import { readReferenceDate, type ReferenceDate } from './reference-date';

/** A stored published date the calendar lacks (an older library's "2024-02-30") is no reference. */
function storedReference(published: string | null): ReferenceDate | null {
  if (!published) return null;
  try {
    return readReferenceDate(published);
  } catch {
    return null;
  }
}

export function documentDates(doc: { text: string; publishedDate: string | null }, reference?: string): DocumentDates {
  const used = reference === undefined ? storedReference(doc.publishedDate) : readReferenceDate(reference);
  const mentions = scanDates(doc.text, used);
  return {
    reference: used?.text ?? null,
    proposals: mentions.map(toProposal),
    publishedSuggestion: suggestFromMentions(doc.text, mentions),
  };
}
