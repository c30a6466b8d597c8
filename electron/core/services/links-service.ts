/**
 * Follows a brief's deep link back into the library: `dossier://open?doc=<id>&highlight=<id>`
 * (or a document alone) gives the document and the passage as they are now, with its current quote.
 */
import { DOSSIER_LINK_SHAPE, parseDossierLink, type MethodOutput } from '../../contract';
import { DossierFailure } from '../errors';
import type { Context } from './context';

export function resolveLink(ctx: Context, link: string): MethodOutput<'links.resolve'> {
  const { documentId, highlightId } = parseLink(link);
  const document = ctx.repos.documents.summary(documentId);
  if (!document || ctx.repos.documents.row(documentId)?.project_id !== ctx.projectId) {
    throw new DossierFailure('not_found', 'That document is no longer in the library.');
  }
  if (highlightId === null) return { document, highlight: null, quote: null, status: null };
  const highlight = ctx.repos.highlights.get(highlightId);
  if (!highlight || highlight.documentId !== document.id) {
    throw new DossierFailure('not_found', 'That passage is no longer in the library.');
  }
  return { document, highlight, quote: highlight.quote, status: highlight.status };
}

/** Reads the link as every other layer does (contract/dossier-link.ts), refusing it with the reason. */
export function parseLink(link: string): { documentId: string; highlightId: string | null } {
  const parsed = parseDossierLink(link);
  if (!parsed.ok) throw malformed(link, parsed.reason);
  return parsed.link;
}

function malformed(link: string, reason: string): DossierFailure {
  const shown = link.length > 80 ? `${link.slice(0, 80)}…` : link;
  return new DossierFailure(
    'invalid_input',
    `“${shown}” is not a Dossier link (${reason}); links look like ${DOSSIER_LINK_SHAPE}.`,
  );
}
