import { describe, expect, it } from 'vitest';
import type { DocumentId, DocumentSummary, TagSummary } from '../../../../electron/contract';
import { useAppStore, type AppState } from '../../store/app-store';
import { KEPT_ACROSS_PROJECTS, projectResetState } from './project-reset';

const fresh = () => useAppStore.getInitialState();

describe('projectResetState', () => {
  it('resets every field of every slice but the shell and the projects, and never an action', () => {
    const reset = projectResetState(fresh());
    const dataKeys = Object.entries(fresh())
      .filter(([, value]) => typeof value !== 'function')
      .map(([key]) => key);
    // A field a slice adds later lands in the reset unless named as kept: this list says which.
    expect(Object.keys(reset).sort()).toEqual(
      dataKeys.filter((key) => !(KEPT_ACROSS_PROJECTS as readonly string[]).includes(key)).sort(),
    );
    expect(Object.keys(reset)).toEqual(
      expect.arrayContaining([
        'info',
        'documents',
        'openDocumentId',
        'doc',
        'selectedHighlightId',
        'tags',
        'passages',
        'timeline',
        'timelineFilter',
        'brief',
        'query',
        'results',
        'searchStatus',
        'findQuery',
        'documentDates',
        'dialog',
        'toasts',
      ]),
    );
    expect(Object.values(reset).some((value) => typeof value === 'function')).toBe(false);
  });

  it("brings a store full of one project's state back to a fresh store's, keeping the shell and the list", () => {
    const store = useAppStore;
    const doc = { id: 'd1' as DocumentId, title: 'Sahel report' } as DocumentSummary;
    const project = { id: 'p1', name: 'Sahel' } as AppState['projects'][number];
    store.setState({
      documents: [doc],
      documentsLoaded: true,
      openDocumentId: doc.id,
      tags: [{ id: 't1', name: 'gold' } as unknown as TagSummary],
      query: 'gold',
      searchOpen: true,
      timelineFilter: { ...store.getState().timelineFilter, text: 'mine' },
      toasts: [{ id: 1, tone: 'info', message: 'Deleted “x”', action: { label: 'Undo', run: () => undefined } }],
      dialog: { kind: 'grading-help' },
      mainView: 'timeline',
      projects: [project],
      currentProjectId: 'p1',
      projectEpoch: 3,
    });
    store.setState(projectResetState(fresh()));
    const state = store.getState();
    expect(state).toMatchObject({
      documents: [],
      documentsLoaded: false,
      openDocumentId: null,
      tags: [],
      query: '',
      searchOpen: false,
      timelineFilter: fresh().timelineFilter,
      toasts: [],
      dialog: null,
      mainView: 'timeline',
      projects: [project],
      currentProjectId: 'p1',
      projectEpoch: 3,
    });
    // The actions still work on the reset store.
    state.setTimelineFilter({ text: 'river' });
    expect(store.getState().timelineFilter.text).toBe('river');
  });
});
