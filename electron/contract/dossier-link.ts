/**
 * The one reading of a brief's deep link, `dossier://open?doc=<id>&highlight=<id>`, shared by core
 * (links.resolve), the desktop shell (a link the OS hands over), the web host and the renderer (the
 * page address `/open?doc=<id>&highlight=<id>`). A link comes from outside the app — a document, a
 * browser, another program — so it is read strictly: exactly that shape, ids of the shape the
 * library gives out, nothing else. Whatever passes is rebuilt with `formatDossierLink`, so only a
 * canonical link travels on.
 */
import type { DocumentId, HighlightId } from './models';

export const DOSSIER_SCHEME = 'dossier';
export const DOSSIER_LINK_SHAPE = 'dossier://open?doc=<id>&highlight=<id>';
/** The web host's page address for a link: the link's own query after this path. */
export const WEB_OPEN_PATH = '/open';

/** Ids are UUIDs in practice; letters, digits, '-' and '_' up to the contract's 64 leave room without letting markup or paths through. */
const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LINK_LENGTH = 2_000;

export interface DossierLink {
  documentId: DocumentId;
  highlightId: HighlightId | null;
}

export type DossierLinkParse = { ok: true; link: DossierLink } | { ok: false; reason: string };

const refuse = (reason: string): DossierLinkParse => ({ ok: false, reason });

/** `dossier://open`, `dossier:///open` or `dossier:open` (shells differ), then the query and nothing after it. */
const LINK = /^dossier:(?:\/\/\/?)?open\/?(?:\?([^#]*))?$/i;

export function parseDossierLink(raw: string): DossierLinkParse {
  const text = raw.trim();
  if (text.length > MAX_LINK_LENGTH) return refuse(`it is longer than ${MAX_LINK_LENGTH} characters`);
  if (!/^dossier:/i.test(text)) return refuse(`it does not start with ${DOSSIER_SCHEME}://`);
  const match = LINK.exec(text);
  if (!match) return refuse('it is not an open link with a document and passage only');
  return readQuery(match[1] ?? '');
}

/** The query's parameters, each decoded; null when one is not valid percent-encoding. */
function parameters(search: string): [string, string][] | null {
  const pairs: [string, string][] = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    try {
      const name = decodeURIComponent(eq === -1 ? part : part.slice(0, eq));
      pairs.push([name, eq === -1 ? '' : decodeURIComponent(part.slice(eq + 1))]);
    } catch {
      return null;
    }
  }
  return pairs;
}

/** The ids of a link given as query parameters: `doc`, an optional `highlight`, nothing else. */
function readQuery(search: string, ignore: readonly string[] = []): DossierLinkParse {
  const pairs = parameters(search);
  if (!pairs) return refuse('it is not valid percent-encoding');
  const found = new Map<string, string>();
  for (const [name, value] of pairs) {
    if (ignore.includes(name)) continue;
    if (name !== 'doc' && name !== 'highlight') return refuse(`it has an unknown part “${name.slice(0, 20)}”`);
    if (found.has(name)) return refuse(`it names more than one ${name}`);
    found.set(name, value);
  }
  const documentId = found.get('doc');
  const highlightId = found.get('highlight') ?? null;
  if (documentId === undefined || documentId === '') return refuse('it names no document');
  if (!ID_SHAPE.test(documentId)) return refuse('its document id is not one Dossier gives out');
  if (highlightId !== null && !ID_SHAPE.test(highlightId)) return refuse('its passage id is not one Dossier gives out');
  return {
    ok: true,
    link: { documentId: documentId as DocumentId, highlightId: highlightId as HighlightId | null },
  };
}

function query({ documentId, highlightId }: DossierLink): string {
  const doc = `doc=${encodeURIComponent(documentId)}`;
  return highlightId === null ? doc : `${doc}&highlight=${encodeURIComponent(highlightId)}`;
}

export function formatDossierLink(link: DossierLink): string {
  return `${DOSSIER_SCHEME}://open?${query(link)}`;
}

/** The web host's page path for a link: `/open?doc=<id>&highlight=<id>`. */
export function webOpenPath(link: DossierLink): string {
  return `${WEB_OPEN_PATH}?${query(link)}`;
}

/**
 * The link a web page address carries, read as strictly as a dossier:// link: null when the
 * address is not `/open`; a refusal when it is, with anything but a document and passage in it.
 * `ignore` names parameters the page itself uses (the host's token), which are not the link's.
 */
export function linkFromWebAddress(
  pathname: string,
  search: string,
  ignore: readonly string[] = [],
): DossierLinkParse | null {
  if (pathname !== WEB_OPEN_PATH) return null;
  return readQuery(search, ignore);
}
