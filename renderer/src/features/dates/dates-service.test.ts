import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  DocumentDates,
  DocumentDetail,
  DocumentId,
  Highlight,
  MethodName,
  Result,
} from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { addProposalToTimeline } from './add-to-timeline';
import { confirmPublishedSuggestion, watchDocumentDates } from './dates-service';

/**
 * A fake contract client over one document: `documents.dates` waits until the test answers it,
 * `highlights.create` adds the highlight to the document `documents.get` serves.
 */
const text = 'Talks stalled. On Monday the Council met. In October 2023, the Council adopted Resolution 2699.';
const calls: { method: MethodName; input: Record<string, unknown> }[] = [];
let pendingDates: ((dates: DocumentDates) => void)[] = [];
let served: DocumentDetail;

vi.mock('../../platform/client', () => ({
  isDesktop: () => false,
  getClient: () => ({
    call: (method: MethodName, input: Record<string, unknown>): Promise<Result<unknown>> => {
      calls.push({ method, input });
      if (method === 'documents.dates') {
        return new Promise((resolve) => pendingDates.push((value) => resolve({ ok: true, value })));
      }
      if (method === 'documents.get') return Promise.resolve({ ok: true, value: served });
      if (method === 'documents.update') return Promise.resolve({ ok: true, value: { ...served, ...input } });
      if (method === 'highlights.create') {
        const created = { id: `h${calls.length}`, status: 'anchored', ...input } as unknown as Highlight;
        served = { ...served, highlights: [...served.highlights, created] };
        return Promise.resolve({ ok: true, value: created });
      }
      return Promise.resolve({ ok: false, error: { code: 'internal', message: `unexpected ${method}` } });
    },
    on: () => () => undefined,
  }),
}));

const id = 'd1' as DocumentId;
const document = (fields: Partial<DocumentDetail> = {}): DocumentDetail =>
  ({ id, text, publishedDate: null, blocks: [], highlights: [], ...fields }) as unknown as DocumentDetail;
const monday = { text: 'Monday', start: 18, end: 24, resolvedAgainst: null };
const october = {
  text: 'October 2023',
  start: 45,
  end: 57,
  edtf: '2023-10',
  resolvedAgainst: null,
  needsReference: false,
};
const unresolved: DocumentDates = {
  reference: null,
  proposals: [{ ...monday, edtf: null, needsReference: true }, october],
  publishedSuggestion: {
    text: 'October 2023',
    start: 45,
    end: 57,
    edtf: '2023-10',
    why: 'latest date written in the text',
  },
};
const callsTo = (method: MethodName) => calls.filter((call) => call.method === method);
const answer = (dates: DocumentDates) => {
  const next = pendingDates.shift();
  if (!next) throw new Error('no documents.dates call is waiting');
  next(dates);
  return new Promise((resolve) => setTimeout(resolve, 0));
};

let stop: () => void = () => undefined;
beforeEach(() => {
  stop();
  calls.length = 0;
  pendingDates = [];
  served = document();
  useAppStore.setState({ doc: null, openDocumentId: null, documentDates: null, dateMarks: null, dialog: null });
  stop = watchDocumentDates();
});

describe('dates-service', () => {
  it('fetches the proposals when a document opens, and marks them for the reader', async () => {
    useAppStore.setState({ doc: document(), openDocumentId: id });
    await answer(unresolved);
    const state = useAppStore.getState();
    expect(state.documentDates).toEqual({ documentId: id, dates: unresolved });
    expect(state.dateMarks?.marks.map((m) => [m.start, m.end, m.resolved, m.title])).toEqual([
      [18, 24, false, '“Monday”: needs a reference date (set the document’s published date)'],
      [45, 57, true, 'October 2023 — as written'],
    ]);
  });

  it('refetches when the published date or the text changes, not when only highlights do', async () => {
    useAppStore.setState({ doc: document(), openDocumentId: id });
    await answer(unresolved);
    useAppStore.setState({ doc: document({ highlights: [{ id: 'h' } as Highlight] }) });
    expect(callsTo('documents.dates')).toHaveLength(1);
    useAppStore.setState({ doc: document({ publishedDate: '2023-10' }) });
    useAppStore.setState({ doc: document({ publishedDate: '2023-10', text: `${text} More.` }) });
    expect(callsTo('documents.dates')).toHaveLength(3);
  });

  it('drops an answer that comes after a newer request', async () => {
    useAppStore.setState({ doc: document(), openDocumentId: id });
    useAppStore.setState({ doc: document({ publishedDate: '2023-10' }) });
    const resolved: DocumentDates = {
      ...unresolved,
      reference: '2023-10',
      proposals: [{ ...monday, edtf: '2023-10-30', resolvedAgainst: 'reference date 2023-10', needsReference: false }],
    };
    const [older, newer] = pendingDates;
    pendingDates = [];
    newer?.(resolved);
    older?.(unresolved);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useAppStore.getState().documentDates?.dates).toEqual(resolved);
  });

  it('stores the suggested published date only when asked to', async () => {
    useAppStore.setState({ doc: document(), openDocumentId: id });
    await answer(unresolved);
    expect(callsTo('documents.update')).toHaveLength(0);
    const suggestion = unresolved.publishedSuggestion;
    if (!suggestion) throw new Error('the fixture has a suggestion');
    expect(await confirmPublishedSuggestion(suggestion)).toBe(true);
    expect(callsTo('documents.update').map((call) => call.input)).toEqual([{ id, publishedDate: '2023-10' }]);
  });
});

describe('addProposalToTimeline', () => {
  const [, resolvedOctober] = unresolved.proposals;

  it('highlights the sentence around the date and opens the event form with its EDTF and a title', async () => {
    useAppStore.setState({ doc: document(), openDocumentId: id });
    await answer(unresolved);
    if (!resolvedOctober) throw new Error('fixture');
    await addProposalToTimeline(resolvedOctober);
    const sentence = 'In October 2023, the Council adopted Resolution 2699.';
    const start = text.indexOf(sentence);
    expect(callsTo('highlights.create').map((call) => call.input)).toEqual([
      { documentId: id, start, end: start + sentence.length, color: 'yellow' },
    ]);
    const created = useAppStore.getState().doc?.highlights[0];
    expect(useAppStore.getState().dialog).toEqual({
      kind: 'event-form',
      highlightId: created?.id,
      eventId: null,
      prefill: { date: '2023-10', title: 'In October 2023, the Council adopted Resolution 2699' },
    });

    // Again on the same sentence: the highlight already there is linked, not a second one made.
    useAppStore.setState({ dialog: null });
    await addProposalToTimeline(resolvedOctober);
    expect(callsTo('highlights.create')).toHaveLength(1);
    expect(useAppStore.getState().dialog).toMatchObject({ highlightId: created?.id });
  });

  it('does nothing for a date that needs a reference', async () => {
    useAppStore.setState({ doc: document(), openDocumentId: id });
    const [needsReference] = unresolved.proposals;
    if (!needsReference) throw new Error('fixture');
    await addProposalToTimeline(needsReference);
    expect(callsTo('highlights.create')).toHaveLength(0);
    expect(useAppStore.getState().dialog).toBeNull();
  });
});
