/**
 * What a link in the brief's preview does. A `dossier://open?doc=…&highlight=…` link (read by the
 * contract's one strict parser) opens that passage — or, without a highlight, that document — in
 * the reader; `#…` (a footnote and its way back) scrolls within the preview; anything else (a
 * source's web address) stays inert, since the app opens no other window or site.
 */
import { parseDossierLink, type DocumentId } from '../../../../electron/contract';
import type { PassageRef } from '../../navigation/navigation';

export type PreviewLink =
  | { kind: 'passage'; passage: PassageRef }
  | { kind: 'document'; documentId: DocumentId }
  | { kind: 'anchor'; id: string }
  | { kind: 'external'; url: string };

export function classifyLink(href: string): PreviewLink {
  if (href.startsWith('#')) return { kind: 'anchor', id: decodeURIComponent(href.slice(1)) };
  if (!/^dossier:/i.test(href)) return { kind: 'external', url: href };
  const parsed = parseDossierLink(href);
  if (!parsed.ok) return { kind: 'external', url: href };
  const { documentId, highlightId } = parsed.link;
  return highlightId ? { kind: 'passage', passage: { documentId, highlightId } } : { kind: 'document', documentId };
}
