/**
 * What a link in the brief's preview does. `dossier://open?doc=…&highlight=…` opens that passage in
 * the reader; `#…` (a footnote and its way back) scrolls within the preview; anything else (a
 * source's web address) stays inert, since the app opens no other window or site.
 */
import { DocumentId, HighlightId } from '../../../../electron/contract';
import type { PassageRef } from '../../navigation/navigation';

export type PreviewLink =
  { kind: 'passage'; passage: PassageRef } | { kind: 'anchor'; id: string } | { kind: 'external'; url: string };

export function classifyLink(href: string): PreviewLink {
  if (href.startsWith('#')) return { kind: 'anchor', id: decodeURIComponent(href.slice(1)) };
  const passage = passageOf(href);
  return passage ? { kind: 'passage', passage } : { kind: 'external', url: href };
}

function passageOf(href: string): PassageRef | null {
  if (!href.startsWith('dossier://open?')) return null;
  const params = new URLSearchParams(href.slice('dossier://open?'.length));
  const documentId = DocumentId.safeParse(params.get('doc'));
  const highlightId = HighlightId.safeParse(params.get('highlight'));
  if (!documentId.success || !highlightId.success) return null;
  return { documentId: documentId.data, highlightId: highlightId.data };
}
