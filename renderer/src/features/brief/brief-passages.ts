/**
 * The project's passages for the Brief view to cite, read through the passages data export (JSON):
 * the one call that lists every passage with its document, tags and grade.
 */
import { z } from 'zod';
import type { DocumentId, HighlightId } from '../../../../electron/contract';
import { fold } from '../../lib/fold-text';
import { call } from '../../store/api';
import type { BriefPassage } from '../../store/brief-slice';

export type { BriefPassage } from '../../store/brief-slice';

const Row = z.object({
  highlightId: z.string(),
  documentId: z.string(),
  document: z.string(),
  quote: z.string(),
  note: z.string(),
  tags: z.array(z.string()),
  grade: z.string(),
  status: z.string(),
});
const PassagesJson = z.object({ passages: z.array(Row) });

export async function loadPassages(): Promise<BriefPassage[] | null> {
  const exported = await call('export.data', { kind: 'passages', format: 'json' });
  if (!exported) return null;
  const parsed = PassagesJson.safeParse(JSON.parse(exported.content));
  if (!parsed.success) throw new Error('The passages list came back in an unexpected shape.');
  return parsed.data.passages.map((row) => ({
    highlightId: row.highlightId as HighlightId,
    documentId: row.documentId as DocumentId,
    document: row.document,
    quote: row.quote,
    note: row.note,
    tags: row.tags,
    grade: row.grade,
    needsReview: row.status === 'needs_review',
  }));
}

/** Whether a passage matches what was typed: every word somewhere in its quote, document, note or tags (any case or accent). */
export function passageMatches(passage: BriefPassage, query: string): boolean {
  const haystack = fold([passage.quote, passage.document, passage.note, ...passage.tags].join(' '));
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
