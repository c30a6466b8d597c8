/** Highlights, their notes and their tags (the code book). */
import type { Highlight, MethodInput } from '../../contract';
import { describe } from '../anchoring/selector';
import { DossierFailure } from '../errors';
import type { Writer } from '../repos/writer';
import { tidyTagName } from './codebook-service';
import type { Context } from './context';

export function createHighlight(ctx: Context, input: MethodInput<'highlights.create'>): Highlight {
  const doc = ctx.repos.documents.row(input.documentId);
  if (!doc) throw new DossierFailure('not_found', 'That document is no longer in the library.');
  if (input.end > doc.text.length) {
    throw new DossierFailure(
      'invalid_input',
      'The selection reaches past the end of the document; select the text again.',
    );
  }
  const selector = describe(doc.text, input.start, input.end);
  if (!selector) throw new DossierFailure('invalid_input', 'Select some text to highlight (the selection is empty).');
  const id = ctx.mutate('Highlight passage', (w) => {
    const created = insertHighlight(ctx, w, doc.id, selector, input);
    if (input.tags?.length) writeTags(ctx, w, created, input.tags);
    return created;
  });
  return getHighlight(ctx, id);
}

/** Writes a new anchored highlight on a described range of a document; returns its id. */
export function insertHighlight(
  ctx: Context,
  w: Writer,
  documentId: string,
  selector: NonNullable<ReturnType<typeof describe>>,
  fields: Pick<MethodInput<'highlights.create'>, 'color' | 'note' | 'credibility'>,
): string {
  const id = ctx.newId();
  const now = ctx.now();
  w.insert('highlights', {
    id,
    project_id: ctx.projectId,
    document_id: documentId,
    start_offset: selector.start,
    end_offset: selector.end,
    quote: selector.quote,
    prefix: selector.prefix,
    suffix: selector.suffix,
    color: fields.color,
    note: fields.note?.trim() ?? '',
    status: 'anchored',
    created_at: now,
    updated_at: now,
    credibility: fields.credibility ?? null,
  });
  return id;
}

/** Moves a highlight onto a range the analyst chose, e.g. after a new version left it needing review. */
export function placeHighlight(ctx: Context, input: MethodInput<'highlights.place'>): Highlight {
  const row = ctx.repos.highlights.row(input.id);
  if (!row) throw new DossierFailure('not_found', 'That highlight no longer exists.');
  const doc = ctx.repos.documents.row(row.document_id);
  if (!doc || input.end > doc.text.length) {
    throw new DossierFailure(
      'invalid_input',
      'The selection reaches past the end of the document; select the text again.',
    );
  }
  const selector = describe(doc.text, input.start, input.end);
  if (!selector) throw new DossierFailure('invalid_input', 'Select the text to place the highlight on.');
  ctx.mutate('Place highlight again', (w) => {
    w.update(
      'highlights',
      { id: input.id },
      {
        start_offset: selector.start,
        end_offset: selector.end,
        quote: selector.quote,
        prefix: selector.prefix,
        suffix: selector.suffix,
        status: 'anchored',
        updated_at: ctx.now(),
      },
    );
  });
  return getHighlight(ctx, input.id);
}

export function getHighlight(ctx: Context, id: string): Highlight {
  const highlight = ctx.repos.highlights.get(id);
  if (!highlight) throw new DossierFailure('not_found', 'That highlight no longer exists.');
  return highlight;
}

export function updateHighlight(ctx: Context, input: MethodInput<'highlights.update'>): Highlight {
  getHighlight(ctx, input.id);
  const patch: Record<string, string | number | null> = { updated_at: ctx.now() };
  if (input.color !== undefined) patch.color = input.color;
  if (input.note !== undefined) patch.note = input.note;
  if (input.credibility !== undefined) patch.credibility = input.credibility;
  const label =
    input.note !== undefined
      ? 'Edit note'
      : input.credibility !== undefined
        ? input.credibility === null
          ? 'Clear passage grade'
          : `Grade passage ${input.credibility}`
        : 'Change highlight colour';
  ctx.mutate(label, (w) => {
    w.update('highlights', { id: input.id }, patch);
  });
  return getHighlight(ctx, input.id);
}

/** Sets a highlight's tags by name, creating in the codebook the tags that do not exist yet. */
export function setTags(ctx: Context, input: MethodInput<'highlights.setTags'>, label = 'Change tags'): Highlight {
  getHighlight(ctx, input.id);
  ctx.mutate(label, (w) => writeTags(ctx, w, input.id, input.tags));
  return getHighlight(ctx, input.id);
}

function writeTags(ctx: Context, w: Writer, highlightId: string, names: readonly string[]): void {
  const wanted = dedupe(names.map(tidyTagName));
  const { tagIds } = ctx.repos.highlights.links(highlightId);
  const keep = new Set<string>();
  for (const name of wanted) {
    const tagId = tagIdFor(ctx, w, name);
    keep.add(tagId);
    if (!tagIds.includes(tagId)) w.insert('highlight_tags', { highlight_id: highlightId, tag_id: tagId });
  }
  for (const tagId of tagIds) {
    if (!keep.has(tagId)) w.delete('highlight_tags', { highlight_id: highlightId, tag_id: tagId });
  }
}

/** The id of the project's tag of this name, created in the codebook (through the writer) when new. */
export function tagIdFor(ctx: Context, w: Writer, name: string): string {
  const found = ctx.repos.tags.byName(ctx.projectId, name);
  if (found) return found.id;
  const id = ctx.newId();
  w.insert('tags', { id, project_id: ctx.projectId, name, created_at: ctx.now() });
  return id;
}

/**
 * One tag added to, or removed from, the tags the highlight has now (read and written in one
 * synchronous step), so tags typed faster than the answers come back are all kept.
 */
export function changeTag(ctx: Context, input: MethodInput<'highlights.addTag'>, change: 'add' | 'remove'): Highlight {
  const current = getHighlight(ctx, input.id).tags;
  const name = tidyTagName(input.name);
  const same = (tag: string) => tag.toLowerCase() === name.toLowerCase();
  if (change === 'add' && current.some(same)) return getHighlight(ctx, input.id);
  if (change === 'remove' && !current.some(same)) return getHighlight(ctx, input.id);
  const tags = change === 'add' ? [...current, name] : current.filter((tag) => !same(tag));
  return setTags(ctx, { id: input.id, tags }, `${change === 'add' ? 'Add' : 'Remove'} tag “${name}”`);
}

export function deleteHighlight(ctx: Context, id: string): void {
  const highlight = getHighlight(ctx, id);
  ctx.mutate(`Delete highlight “${shortQuote(highlight.quote)}”`, (w) => {
    removeHighlight(ctx, w, id);
  });
}

/** Deletes a highlight and its links through the writer, children first, so undo restores them all. */
export function removeHighlight(ctx: Context, w: Writer, id: string): void {
  const { tagIds, eventIds } = ctx.repos.highlights.links(id);
  for (const tagId of tagIds) w.delete('highlight_tags', { highlight_id: id, tag_id: tagId });
  for (const eventId of eventIds) w.delete('event_highlights', { event_id: eventId, highlight_id: id });
  for (const link of ctx.repos.highlights.corroboration(id)) {
    w.delete('highlight_links', { from_id: link.from_id, to_id: link.to_id });
  }
  w.delete('highlights', { id });
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (n.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function shortQuote(quote: string): string {
  return quote.length > 40 ? quote.slice(0, 39).trimEnd() + '…' : quote;
}
