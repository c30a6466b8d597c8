/**
 * What the library list does to many documents at once, each action one change, so one Undo
 * brings back the whole of it: delete documents (with their highlights and links), and code whole
 * documents with a tag. A document is coded whole as QDA tools code a whole source: a highlight over
 * all its text carries the tag (the one it already has when there is one), so the tag's passages,
 * the matrix, the library's tag filter and every export see it like any other coding.
 */
import { describe } from '../anchoring/selector';
import { DossierFailure } from '../errors';
import { insertHighlight, removeHighlight, tagIdFor } from './annotation-service';
import { tidyTagName } from './codebook-service';
import type { Context } from './context';

const count = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;

/** The documents found of those asked for; none at all is a refusal. */
function present<T>(found: T[]): T[] {
  if (found.length === 0) throw new DossierFailure('not_found', 'None of those documents is in the library any more.');
  return found;
}

/** Deletes the documents (those already gone are skipped) in one change; returns how many went. */
export function deleteDocuments(ctx: Context, ids: readonly string[]): { deleted: number } {
  // Summaries, not whole rows: the delete's change log reads each text once already.
  const rows = present(ctx.repos.documents.summaries([...new Set(ids)]));
  const label = rows.length === 1 ? `Delete “${rows[0]?.title}”` : `Delete ${count(rows.length, 'document')}`;
  ctx.mutate(label, (w) => {
    for (const row of rows) {
      for (const highlightId of ctx.repos.highlights.idsByDocument(row.id)) removeHighlight(ctx, w, highlightId);
      w.delete('documents', { id: row.id });
    }
  });
  return { deleted: rows.length };
}

/**
 * Tags each document whole: the tag goes on the document's highlight over all its text, made when
 * it has none. `tagged` counts the documents that now carry the tag (not those that already did),
 * `created` the whole-document highlights made; an empty document cannot be coded and is skipped.
 */
export function tagWholeDocuments(
  ctx: Context,
  ids: readonly string[],
  tagName: string,
): { tagged: number; created: number; tag: string } {
  const rows = present([...new Set(ids)].flatMap((id) => ctx.repos.documents.row(id) ?? []));
  const wanted = tidyTagName(tagName);
  const name = ctx.repos.tags.byName(ctx.projectId, wanted)?.name ?? wanted;
  let tagged = 0;
  let created = 0;
  ctx.mutate(`Tag ${count(rows.length, 'document')} “${name}”`, (w) => {
    const tagId = tagIdFor(ctx, w, name);
    for (const row of rows) {
      const selector = describe(row.text, 0, row.text.length);
      if (!selector) continue;
      const whole = ctx.repos.highlights
        .byDocument(row.id)
        .find((h) => h.start === selector.start && h.end === selector.end);
      if (whole?.tags.some((tag) => tag.toLowerCase() === name.toLowerCase())) continue;
      let highlightId: string | undefined = whole?.id;
      if (highlightId === undefined) {
        highlightId = insertHighlight(ctx, w, row.id, selector, { color: 'blue' });
        created++;
      }
      w.insert('highlight_tags', { highlight_id: highlightId, tag_id: tagId });
      tagged++;
    }
  });
  return { tagged, created, tag: name };
}
