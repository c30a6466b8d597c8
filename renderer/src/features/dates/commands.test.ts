import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentDates, DocumentDetail, DocumentId } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { datesCommands } from './commands';

vi.mock('../../platform/client', () => ({
  isDesktop: () => false,
  getClient: () => ({
    call: () => Promise.resolve({ ok: false, error: { code: 'internal', message: 'no client in this test' } }),
    on: () => () => undefined,
  }),
}));

const id = 'd1' as DocumentId;
const dates: DocumentDates = {
  reference: null,
  proposals: [
    { text: 'Monday', start: 3, end: 9, edtf: null, resolvedAgainst: null, needsReference: true },
    { text: 'May 2024', start: 20, end: 28, edtf: '2024-05', resolvedAgainst: null, needsReference: false },
  ],
  publishedSuggestion: null,
};
const addSelected = datesCommands.find((command) => command.id === 'dates.add-selected');
const select = (start: number, end: number) =>
  useAppStore.setState({ pendingSelection: { start, end, top: 0, left: 0 } });

beforeEach(() => {
  useAppStore.setState({
    mainView: 'reader',
    doc: { id, text: 'On Monday, then in May 2024.' } as DocumentDetail,
    documentDates: { documentId: id, dates },
    pendingSelection: null,
  });
});

describe('dates commands', () => {
  it('offer “Add selected date to timeline” only while the selection touches a resolved date', () => {
    expect(addSelected?.enabled?.()).toBe(false);
    select(22, 25);
    expect(addSelected?.enabled?.()).toBe(true);
    select(4, 8);
    expect(addSelected?.enabled?.()).toBe(false);
    select(10, 20);
    expect(addSelected?.enabled?.()).toBe(false);
    useAppStore.setState({ mainView: 'timeline' });
    select(22, 25);
    expect(addSelected?.enabled?.()).toBe(false);
  });

  it('ignore proposals computed for another document', () => {
    useAppStore.setState({ documentDates: { documentId: 'd2' as DocumentId, dates } });
    select(22, 25);
    expect(addSelected?.enabled?.()).toBe(false);
  });
});
