/**
 * Follows a brief's deep link back into the library: `dossier://open?doc=<id>&highlight=<id>`
 * (or a document alone) gives the document and the passage as they are now, with its current quote.
 */
import type { MethodOutput } from '../../contract';
import { DossierFailure } from '../errors';
import type { Context } from './context';

const SHAPE = 'dossier://open?doc=<id>&highlight=<id>';

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

export function parseLink(link: string): { documentId: string; highlightId: string | null } {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    throw malformed(link);
  }
  // A non-special scheme keeps "open" as the host; some shells hand it over as dossier:open?… too.
  const target = url.host || url.pathname.replace(/^\/+/, '');
  if (url.protocol !== 'dossier:' || target.replace(/\/+$/, '') !== 'open') throw malformed(link);
  const documentId = url.searchParams.get('doc');
  const highlightId = url.searchParams.get('highlight');
  if (!documentId) throw malformed(link);
  if (highlightId === '') throw malformed(link);
  return { documentId, highlightId };
}

function malformed(link: string): DossierFailure {
  const shown = link.length > 80 ? `${link.slice(0, 80)}…` : link;
  return new DossierFailure('invalid_input', `“${shown}” is not a Dossier link; links look like ${SHAPE}.`);
}
