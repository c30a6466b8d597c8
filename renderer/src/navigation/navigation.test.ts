import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  DocumentDetail,
  DocumentId,
  EventId,
  Highlight,
  HighlightId,
  MethodName,
  Result,
  TagSummary,
} from '../../../electron/contract';
import type * as Navigation from './navigation';
import type { useAppStore } from '../store/app-store';

/** A fake contract client serving two documents (the first with one highlight) and two tags. */
const highlight = {
  id: 'h1' as HighlightId,
  documentId: 'd1' as DocumentId,
  start: 40,
  end: 52,
  quote: 'the convoy',
  color: 'yellow',
  note: '',
  tags: [],
  status: 'anchored',
} as unknown as Highlight;
const docs: Record<string, DocumentDetail> = {
  d1: { id: 'd1', title: 'Field report', text: 'x'.repeat(80), blocks: [], highlights: [highlight] } as never,
  d2: { id: 'd2', title: 'Debrief', text: 'y'.repeat(80), blocks: [], highlights: [] } as never,
};
const tags: TagSummary[] = [
  {
    id: 't1' as never,
    name: 'Logistics',
    parentId: null,
    color: null,
    description: '',
    pin: null,
    count: 1,
    totalCount: 1,
  },
  { id: 't2' as never, name: 'port', parentId: null, color: null, description: '', pin: null, count: 2, totalCount: 2 },
];
const calls: MethodName[] = [];

vi.mock('../platform/client', () => ({
  isDesktop: () => false,
  getClient: () => ({
    call: (method: MethodName, input: { id?: string }): Promise<Result<unknown>> => {
      calls.push(method);
      if (method === 'documents.get') {
        const doc = docs[input.id ?? ''];
        return Promise.resolve(
          doc ? { ok: true, value: doc } : { ok: false, error: { code: 'not_found', message: 'No such document' } },
        );
      }
      if (method === 'tags.list') return Promise.resolve({ ok: true, value: tags });
      if (method === 'tags.passages') return Promise.resolve({ ok: true, value: [] });
      return Promise.resolve({ ok: false, error: { code: 'internal', message: `unexpected ${method}` } });
    },
    on: () => () => undefined,
  }),
}));

// Fresh modules for every test: the store and the navigation trail start empty.
let nav: typeof Navigation;
let store: typeof useAppStore;

beforeEach(async () => {
  vi.resetModules();
  calls.length = 0;
  nav = await import('./navigation');
  store = (await import('../store/app-store')).useAppStore;
  store.setState({ documents: Object.values(docs) });
});

const d1 = 'd1' as DocumentId;
const d2 = 'd2' as DocumentId;

describe('navigation', () => {
  it('opens a passage from the timeline view: back to the reader, its document loaded, flashed and scrolled to', async () => {
    await nav.openDocument(d2);
    nav.showView('timeline');
    store.setState({ panel: 'tags' });

    await nav.openPassage({ highlight, documentTitle: 'Field report' });

    const state = store.getState();
    expect(state.mainView).toBe('reader');
    expect(state.doc?.id).toBe('d1');
    expect(state.flash).toEqual({ start: 40, end: 52 });
    expect(state.scrollRequest).toMatchObject({ documentId: 'd1', offset: 40 });
    expect(state.panel).toBe('tags');
    expect(state.selectedHighlightId).toBeNull();
  });

  it('finds a passage given only by ids in its document, and selects it when asked', async () => {
    await nav.openPassage({ documentId: d1, highlightId: highlight.id }, { select: true });
    const state = store.getState();
    expect(state.flash).toEqual({ start: 40, end: 52 });
    expect(state.scrollRequest?.offset).toBe(40);
    expect(state.selectedHighlightId).toBe('h1');
    expect(state.panel).toBe('highlight');
  });

  it('marks a search hit in a document, and clears the mark when the document is opened plainly', async () => {
    await nav.openDocument(d1, { kind: 'hit', start: 3, end: 9 });
    expect(store.getState().searchHit).toEqual({ start: 3, end: 9 });
    await nav.openDocument(d1);
    expect(store.getState().searchHit).toBeNull();
    expect(calls.filter((m) => m === 'documents.get')).toHaveLength(1);
  });

  it('opens an event in the timeline panel from the reader, and in place from the timeline view', () => {
    nav.openEvent('e1' as EventId);
    expect(store.getState().panel).toBe('timeline');
    expect(store.getState().selectedEvent?.id).toBe('e1');
    const first = store.getState().selectedEvent?.nonce;

    nav.showView('timeline');
    store.setState({ panel: 'highlight' });
    nav.openEvent('e1' as EventId);
    expect(store.getState().mainView).toBe('timeline');
    expect(store.getState().panel).toBe('highlight');
    expect(store.getState().selectedEvent?.nonce).not.toBe(first);
  });

  it('leaving the reader drops its pending selection, so no highlight toolbar floats over the timeline', () => {
    store.setState({ pendingSelection: { start: 1, end: 4, top: 10, left: 10 } });
    nav.showView('timeline');
    expect(store.getState().pendingSelection).toBeNull();
  });

  it('goes back to the view and document before each jump, skipping documents deleted since', async () => {
    expect(nav.canGoBack()).toBe(false);
    await nav.openDocument(d1);
    expect(nav.canGoBack()).toBe(false);
    nav.showView('timeline');
    await nav.openDocument(d2);
    await nav.openPassage({ highlight, documentTitle: 'Field report' });

    expect(await nav.back()).toBe(true);
    expect(store.getState()).toMatchObject({ mainView: 'reader', openDocumentId: 'd2' });
    expect(await nav.back()).toBe(true);
    expect(store.getState()).toMatchObject({ mainView: 'timeline', openDocumentId: 'd1' });
    expect(await nav.back()).toBe(true);
    expect(store.getState()).toMatchObject({ mainView: 'reader', openDocumentId: 'd1' });
    expect(await nav.back()).toBe(false);

    await nav.openDocument(d2);
    await nav.openDocument(d1);
    store.setState({ documents: [docs.d1 as DocumentDetail] });
    expect(await nav.back()).toBe(true);
    expect(store.getState().openDocumentId).toBe('d1');
    expect(nav.canGoBack()).toBe(false);
  });

  it('opens a tag by name in any case, loading the tags when the list does not have it yet', async () => {
    await nav.openTag('PORT');
    expect(store.getState().panel).toBe('tags');
    expect(store.getState().selectedTagId).toBe('t2');
    expect(calls).toEqual(['tags.list', 'tags.passages']);
  });
});
