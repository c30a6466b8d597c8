/**
 * Follows a brief's deep link (`dossier://open?doc=<id>&highlight=<id>`) to the passage it cites.
 * Links arrive two ways: in browser mode as the page address `/open?doc=…&highlight=…` (the web
 * host serves the app there), on the desktop as the shell's `links.open` event. Either waits for
 * the library's first load, is read by the contract's one parser, resolved by `links.resolve`,
 * and opened through the navigation service; a link whose passage is gone says so and what to do.
 */
import {
  formatDossierLink,
  linkFromWebAddress,
  parseDossierLink,
  type DossierClient,
  type Highlight,
} from '../../../electron/contract';
import { request } from '../store/api';
import { useAppStore } from '../store/app-store';
import { showError, showToast } from '../store/toasts';
import { openDocument, openPassage } from './navigation';

const GONE = {
  passage: 'It was deleted, or its document was removed, after the brief was written.',
  document: 'It was removed from the library after the brief was written.',
};
const GONE_ADVICE =
  'Export the brief again to link to what the library holds now, or search the library for the quote.';

/** Opens what a link points at; every outcome the user can act on is a toast. */
export async function openDeepLink(raw: string): Promise<void> {
  const parsed = parseDossierLink(raw);
  if (!parsed.ok) {
    showError(`That is not a Dossier link: ${parsed.reason}.`);
    return;
  }
  const result = await request('links.resolve', { link: formatDossierLink(parsed.link) });
  if (!result.ok) {
    if (result.error.code !== 'not_found') return void showError(result.error.message);
    const what = parsed.link.highlightId === null ? 'document' : 'passage';
    showToast({
      tone: 'error',
      message: `That ${what} is no longer in the library.`,
      details: [GONE[what], GONE_ADVICE],
    });
    return;
  }
  const { document, highlight } = result.value;
  if (!highlight) return openDocument(document.id);
  if (highlight.status === 'needs_review') return openForReview(highlight, document.title);
  await openPassage({ highlight, documentTitle: document.title }, { select: true });
}

/**
 * A passage that needs review has no place in the text Dossier is sure of, so nothing is flashed:
 * the document opens with the highlight selected, whose panel offers to place it again.
 */
async function openForReview(highlight: Highlight, title: string): Promise<void> {
  await openDocument(highlight.documentId);
  if (useAppStore.getState().openDocumentId === highlight.documentId) {
    useAppStore.getState().selectHighlight(highlight.id);
  }
  showToast({
    tone: 'info',
    message: `This passage needs review: “${title}” changed since the link was made.`,
    details: ['Select the passage in the reader and place the highlight on it, or delete it.'],
  });
}

/**
 * Takes the link out of the page address (browser mode), so a reload or a bookmark does not open it
 * again. Runs after the client read its token from the address, which it leaves out here too.
 */
export function takeLinkFromAddress(): string | null {
  const found = linkFromWebAddress(location.pathname, location.search, ['token']);
  if (found === null) return null;
  history.replaceState(null, '', `/${location.hash}`);
  if (!found.ok) {
    showError(`That address does not hold a Dossier link: ${found.reason}.`);
    return null;
  }
  return formatDossierLink(found.link);
}

/**
 * Listens for links from the start (a desktop link may come while the library loads) and opens
 * them, and the page address's, once `loaded` settles: the documents are in the store by then and
 * the first-run document is already open, so the link's passage is the one left showing.
 */
export function startDeepLinks(client: Pick<DossierClient, 'on'>, loaded: Promise<void>): void {
  const waiting: string[] = [];
  let ready = false;
  client.on('links.open', ({ link }) => {
    if (ready) void openDeepLink(link);
    else waiting.push(link);
  });
  const fromAddress = takeLinkFromAddress();
  if (fromAddress) waiting.unshift(fromAddress);
  void loaded.then(
    async () => {
      ready = true;
      for (const link of waiting.splice(0)) await openDeepLink(link);
    },
    (error: unknown) => console.error('dossier: the library did not load, so no link was opened', error),
  );
}
