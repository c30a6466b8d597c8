/**
 * Following a deep link in the renderer, against a fake client: a passage opens flashed and
 * selected, a passage needing review opens selected with a toast, a gone one says so and what to
 * do, a bad link never reaches the API; the page address gives up its link once; links that come
 * before the library loaded wait for it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  DocumentDetail,
  DocumentId,
  EventName,
  Highlight,
  HighlightId,
  MethodName,
  Result,
} from '../../../electron/contract';
import type * as DeepLink from './deep-link';
import type { useAppStore } from '../store/app-store';

const highlight = (id: string, status: Highlight['status'], start: number) =>
  ({
    id: id as HighlightId,
    documentId: 'd1' as DocumentId,
    start,
    end: start + 10,
    quote: 'the convoy',
    color: 'yellow',
    note: '',
    tags: [],
    status,
  }) as unknown as Highlight;
const anchored = highlight('h1', 'anchored', 40);
const review = highlight('h2', 'needs_review', 5);
const doc = {
  id: 'd1',
  title: 'Field report',
  text: 'x'.repeat(80),
  blocks: [],
  highlights: [anchored, review],
} as unknown as DocumentDetail;
const calls: [MethodName, unknown][] = [];

function resolve(link: string): Result<unknown> {
  const params = new URLSearchParams(link.slice(link.indexOf('?') + 1));
  const found = [anchored, review].find((h) => h.id === params.get('highlight'));
  if (params.get('doc') !== 'd1') return { ok: false, error: { code: 'not_found', message: 'No document' } };
  if (params.get('highlight') === null) return { ok: true, value: { document: doc, highlight: null } };
  if (!found) return { ok: false, error: { code: 'not_found', message: 'That passage is no longer in the library.' } };
  return { ok: true, value: { document: doc, highlight: found, quote: found.quote, status: found.status } };
}

vi.mock('../platform/client', () => ({
  isDesktop: () => false,
  getClient: () => ({
    call: (method: MethodName, input: { id?: string; link?: string }): Promise<Result<unknown>> => {
      calls.push([method, input]);
      if (method === 'links.resolve') return Promise.resolve(resolve(input.link ?? ''));
      if (method === 'documents.get') return Promise.resolve({ ok: true, value: doc });
      return Promise.resolve({ ok: false, error: { code: 'internal', message: `unexpected ${method}` } });
    },
    on: () => () => undefined,
  }),
}));

let links: typeof DeepLink;
let store: typeof useAppStore;
let replaced: string[];

function visit(address: string): void {
  const url = new URL(address, 'http://127.0.0.1:4000');
  vi.stubGlobal('location', { pathname: url.pathname, search: url.search, hash: url.hash });
  vi.stubGlobal('history', { replaceState: (_state: unknown, _title: string, to: string) => void replaced.push(to) });
}

beforeEach(async () => {
  vi.resetModules();
  calls.length = 0;
  replaced = [];
  visit('/');
  links = await import('./deep-link');
  store = (await import('../store/app-store')).useAppStore;
  store.setState({ documents: [doc] as never });
});

afterEach(() => vi.unstubAllGlobals());

const messages = () => store.getState().toasts.map((t) => ({ tone: t.tone, message: t.message, details: t.details }));

describe('openDeepLink', () => {
  it('opens a passage link in the reader: its document, the passage flashed and scrolled to, and selected', async () => {
    store.setState({ mainView: 'timeline', panel: 'tags' });
    await links.openDeepLink('dossier://open?doc=d1&highlight=h1');
    const state = store.getState();
    expect(calls[0]).toEqual(['links.resolve', { link: 'dossier://open?doc=d1&highlight=h1' }]);
    expect(state.mainView).toBe('reader');
    expect(state.doc?.id).toBe('d1');
    expect(state.flash).toEqual({ start: 40, end: 50 });
    expect(state.scrollRequest).toMatchObject({ documentId: 'd1', offset: 40 });
    expect(state.selectedHighlightId).toBe('h1');
    expect(state.panel).toBe('highlight');
    expect(state.toasts).toEqual([]);
  });

  it('opens a document link at the document', async () => {
    await links.openDeepLink('dossier://open?doc=d1');
    expect(store.getState().doc?.id).toBe('d1');
    expect(store.getState().selectedHighlightId).toBeNull();
  });

  it('opens a passage that needs review selected, flashes nothing, and says it needs review', async () => {
    await links.openDeepLink('dossier://open?doc=d1&highlight=h2');
    const state = store.getState();
    expect(state.doc?.id).toBe('d1');
    expect(state.selectedHighlightId).toBe('h2');
    expect(state.flash).toBeNull();
    expect(messages()).toEqual([
      {
        tone: 'info',
        message: 'This passage needs review: “Field report” changed since the link was made.',
        details: ['Select the passage in the reader and place the highlight on it, or delete it.'],
      },
    ]);
  });

  it('says a passage or document that is gone is no longer in the library, and what to do', async () => {
    await links.openDeepLink('dossier://open?doc=d1&highlight=gone');
    await links.openDeepLink('dossier://open?doc=d9');
    const [passage, document] = messages();
    expect(passage).toMatchObject({ tone: 'error', message: 'That passage is no longer in the library.' });
    expect(passage?.details?.join(' ')).toMatch(/Export the brief again.*search the library for the quote/);
    expect(document).toMatchObject({ message: 'That document is no longer in the library.' });
    expect(document?.details?.[0]).toBe('It was removed from the library after the brief was written.');
    expect(store.getState().openDocumentId).toBeNull();
  });

  it('never sends a link that is not one to the API', async () => {
    await links.openDeepLink('dossier://open?doc=d1&highlight=<img src=x onerror=alert(1)>');
    expect(calls).toEqual([]);
    expect(messages()[0]?.message).toMatch(/^That is not a Dossier link: its passage id is not one/);
  });
});

describe('takeLinkFromAddress', () => {
  it('reads /open?doc=…&highlight=… as the link and clears it from the address, so a reload does not open it again', () => {
    visit('/open?doc=d1&highlight=h1#x');
    expect(links.takeLinkFromAddress()).toBe('dossier://open?doc=d1&highlight=h1');
    expect(replaced).toEqual(['/#x']);
  });

  it('leaves any other address alone', () => {
    visit('/?doc=d1&highlight=h1');
    expect(links.takeLinkFromAddress()).toBeNull();
    expect(replaced).toEqual([]);
  });

  it('clears an /open address that holds no valid link and says why', () => {
    visit('/open?doc=d1&redirect=https://evil.example');
    expect(links.takeLinkFromAddress()).toBeNull();
    expect(replaced).toEqual(['/']);
    expect(messages()[0]?.message).toBe(
      'That address does not hold a Dossier link: it has an unknown part “redirect”.',
    );
  });
});

describe('startDeepLinks', () => {
  it('holds links until the library loaded (the address’s first), then opens each; later ones open at once', async () => {
    visit('/open?doc=d1');
    const listeners: ((payload: { link: string }) => void)[] = [];
    const client = {
      on: (name: EventName, listener: (payload: { link: string }) => void) => {
        if (name === 'links.open') listeners.push(listener);
        return () => undefined;
      },
    } as never;
    let finishLoading = () => undefined as void;
    const loaded = new Promise<void>((done) => (finishLoading = done));

    links.startDeepLinks(client, loaded);
    expect(replaced).toEqual(['/']);
    listeners[0]?.({ link: 'dossier://open?doc=d1&highlight=h1' });
    expect(calls).toEqual([]);

    finishLoading();
    await vi.waitFor(() => expect(store.getState().selectedHighlightId).toBe('h1'));
    expect(calls.filter(([m]) => m === 'links.resolve').map(([, input]) => input)).toEqual([
      { link: 'dossier://open?doc=d1' },
      { link: 'dossier://open?doc=d1&highlight=h1' },
    ]);

    listeners[0]?.({ link: 'dossier://open?doc=d1&highlight=h2' });
    await vi.waitFor(() => expect(store.getState().selectedHighlightId).toBe('h2'));
  });
});
