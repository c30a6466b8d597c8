/** Grading evidence: a source's reliability across its documents, and corroboration between passages. */
import type { HighlightLink, MethodInput, MethodOutput } from '../../contract';
import { DossierFailure } from '../errors';
import { shortQuote } from './annotation-service';
import type { Context } from './context';

/** Gives every document of a source (same name, ignoring case) the same reliability, in one undo step. */
export function gradeSource(
  ctx: Context,
  input: MethodInput<'documents.gradeSource'>,
): MethodOutput<'documents.gradeSource'> {
  const source = input.source.trim();
  const ids = ctx.repos.documents.idsBySource(ctx.projectId, source);
  if (ids.length === 0) {
    throw new DossierFailure(
      'not_found',
      `No document names “${source}” as its source; check the spelling in a document's details.`,
    );
  }
  const label =
    input.reliability === null ? `Clear grade of source “${source}”` : `Grade source “${source}” ${input.reliability}`;
  let updated = 0;
  ctx.mutate(label, (w) => {
    for (const id of ids) {
      const before = ctx.repos.documents.row(id);
      if (before?.reliability === input.reliability) continue;
      w.update('documents', { id }, { reliability: input.reliability, updated_at: ctx.now() });
      updated++;
    }
  });
  return { updated };
}

export function highlightLinks(ctx: Context, id: string): HighlightLink[] {
  if (!ctx.repos.highlights.row(id)) throw new DossierFailure('not_found', 'That highlight no longer exists.');
  const links = ctx.repos.highlights.corroboration(id);
  const others = links.map((l) => (l.from_id === id ? l.to_id : l.from_id));
  const passages = new Map(ctx.repos.highlights.passages(others).map((p) => [p.highlight.id as string, p]));
  return links.flatMap((link) => {
    const outgoing = link.from_id === id;
    const passage = passages.get(outgoing ? link.to_id : link.from_id);
    if (!passage) return [];
    return [{ kind: link.kind as HighlightLink['kind'], direction: outgoing ? 'outgoing' : 'incoming', passage }];
  });
}

/** Names `otherId` as corroborating or contradicting `id`; a link either way between them is replaced. */
export function linkHighlights(ctx: Context, input: MethodInput<'highlights.link'>): HighlightLink[] {
  const self = ctx.repos.highlights.get(input.id);
  const other = ctx.repos.highlights.get(input.otherId);
  if (!self) throw new DossierFailure('not_found', 'That highlight no longer exists.');
  if (!other) throw new DossierFailure('not_found', 'The passage to link no longer exists.');
  if (self.id === other.id)
    throw new DossierFailure('invalid_input', 'A passage cannot corroborate itself; choose another passage.');
  const verb = input.kind === 'corroborates' ? 'corroborated' : 'contradicted';
  ctx.mutate(`Mark “${shortQuote(self.quote)}” as ${verb} by “${shortQuote(other.quote)}”`, (w) => {
    const existing = w.get('highlight_links', { from_id: self.id, to_id: other.id });
    if (existing && existing.kind === input.kind) return;
    w.delete('highlight_links', { from_id: self.id, to_id: other.id });
    w.delete('highlight_links', { from_id: other.id, to_id: self.id });
    w.insert('highlight_links', { from_id: self.id, to_id: other.id, kind: input.kind, created_at: ctx.now() });
  });
  return highlightLinks(ctx, self.id);
}

export function unlinkHighlights(ctx: Context, input: MethodInput<'highlights.unlink'>): HighlightLink[] {
  const self = ctx.repos.highlights.get(input.id);
  if (!self) throw new DossierFailure('not_found', 'That highlight no longer exists.');
  ctx.mutate(`Remove link from “${shortQuote(self.quote)}”`, (w) => {
    w.delete('highlight_links', { from_id: self.id, to_id: input.otherId });
    w.delete('highlight_links', { from_id: input.otherId, to_id: self.id });
  });
  return highlightLinks(ctx, self.id);
}
