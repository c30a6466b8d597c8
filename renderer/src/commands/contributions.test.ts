import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentDetail } from '../../../electron/contract';
import { useAppStore } from '../store/app-store';
import { registerContributions } from './contributions';
import { allCommands, handleShortcut, registerCommands } from './registry';

vi.mock('../platform/client', () => ({
  isDesktop: () => false,
  getClient: () => ({
    call: () => Promise.resolve({ ok: false, error: { code: 'internal', message: 'no client in this test' } }),
    on: () => () => undefined,
  }),
}));

/** A key press as the window sees it, outside any text field, on Linux (Mod is Ctrl). */
function press(key: string, modifiers: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}): boolean {
  const event = {
    key,
    code: '',
    ctrlKey: modifiers.ctrl ?? false,
    metaKey: false,
    shiftKey: modifiers.shift ?? false,
    altKey: modifiers.alt ?? false,
    target: null,
    preventDefault: () => undefined,
  };
  return handleShortcut(event as unknown as KeyboardEvent);
}

beforeAll(() => {
  vi.stubGlobal('navigator', { platform: 'Linux x86_64' });
  vi.stubGlobal('HTMLElement', class {});
  registerContributions();
});

describe('command contributions', () => {
  it('keep every command id, label and shortcut the menus, e2e specs and muscle memory rely on', () => {
    const table = Object.fromEntries(allCommands().map((c) => [c.id, `${c.label} [${c.shortcuts.join(' ')}]`]));
    expect(table).toEqual({
      import: 'Import documents… [Mod+O]',
      'import-folder': 'Import a folder… [Shift+Mod+O]',
      export: 'Show brief view (compose, preview, export) [Mod+E]',
      undo: 'Undo [Mod+Z]',
      redo: 'Redo [Shift+Mod+Z Ctrl+Y]',
      find: 'Find in document… [Mod+F]',
      'find.next': 'Next match [F3 Mod+G]',
      'find.previous': 'Previous match [Shift+F3 Shift+Mod+G]',
      'find.close': 'Close find bar [Escape]',
      'view.reader': 'Show reader [Shift+Mod+L]',
      search: 'Search [/ Mod+F]',
      'search.help': 'Search syntax []',
      palette: 'Command palette [Mod+K]',
      highlight: 'Highlight selection [H]',
      'panel.highlight': 'Show highlight panel [Alt+1]',
      'tag.pick': 'Tag selected highlight… [T]',
      ...Object.fromEntries(
        [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`tag.pinned-${n}`, `Apply pinned tag ${n} [${n}]`]),
      ),
      'grading.help': 'Grading help (source A–F, information 1–6) []',
      'panel.tags': 'Show tags [Alt+2]',
      'view.tags': 'Show tags view (codebook) [Shift+Mod+B]',
      'panel.timeline': 'Show timeline [Alt+3]',
      'view.timeline': 'Show timeline view [Shift+Mod+L]',
      'panel.dates': 'Show dates in this document [Alt+4]',
      'dates.add-selected': 'Add selected date to timeline [D]',
      'navigate.back': 'Go back [Alt+ArrowLeft]',
      'layout.library': 'Show or hide the library [Mod+B]',
      'layout.context': 'Show or hide the context panel [Mod+J]',
      'project.switch': 'Switch project… [Shift+Mod+P]',
      'project.new': 'New project… []',
      'project.rename': 'Rename project… []',
      'project.delete': 'Delete project… []',
      'project.export': 'Export project… []',
      'project.import': 'Import project… []',
      'project.copy-document': 'Copy document to project… []',
    });
    // The palette lists in this order: typing "timeline" must land on the panel first.
    const labels = allCommands().map((c) => c.label);
    expect(labels.indexOf('Show timeline')).toBeLessThan(labels.indexOf('Show timeline view'));
  });

  it('tags the selected highlight with T and the digits, and leaves those keys alone with no highlight selected or the reader hidden', () => {
    const highlight = { id: 'h1', tags: [] as string[] };
    useAppStore.setState({
      doc: { id: 'd1', text: 'text', highlights: [highlight] } as unknown as DocumentDetail,
      selectedHighlightId: null,
      dialog: null,
    });
    expect(press('t')).toBe(false);
    expect(press('3')).toBe(false);
    useAppStore.setState({ selectedHighlightId: highlight.id as DocumentDetail['highlights'][number]['id'] });
    expect(press('t')).toBe(true);
    expect(useAppStore.getState().dialog).toEqual({ kind: 'tag-picker', highlightId: 'h1' });
    // No tag is pinned at 3: the key is taken, and the status line says so.
    expect(press('3')).toBe(true);
    // With another view on screen, the reader's selected highlight is out of sight: the keys are left alone.
    useAppStore.setState({ dialog: null, mainView: 'tags' });
    expect(press('t')).toBe(false);
    expect(press('3')).toBe(false);
    useAppStore.setState({ dialog: null, selectedHighlightId: null, doc: null, mainView: 'reader' });
  });

  it('opens the project switcher with Shift+Ctrl+P, bound to nothing else', () => {
    const bound = allCommands().filter((c) => c.shortcuts.includes('Shift+Mod+P'));
    expect(bound.map((c) => c.id)).toEqual(['project.switch']);
    useAppStore.setState({ projectsLoaded: true, projectDialog: null });
    expect(press('P', { ctrl: true, shift: true })).toBe(true);
    expect(useAppStore.getState().projectDialog).toEqual({ kind: 'switch' });
    useAppStore.setState({ projectDialog: null });
  });

  it('refuses a second command with an id already taken', () => {
    expect(() => registerCommands([{ id: 'undo', label: 'Undo again', shortcuts: [], run: () => undefined }])).toThrow(
      'Command "undo" is registered twice',
    );
  });

  it('flips the main view with Shift+Ctrl+L, and Ctrl+F finds in the document only while the reader shows', () => {
    useAppStore.setState({ doc: { id: 'd1', text: 'text' } as DocumentDetail, findOpen: false });
    expect(press('f', { ctrl: true })).toBe(true);
    expect(useAppStore.getState().findOpen).toBe(true);
    useAppStore.setState({ findOpen: false });

    expect(press('L', { ctrl: true, shift: true })).toBe(true);
    expect(useAppStore.getState().mainView).toBe('timeline');
    // In the timeline view, Ctrl+F falls through to the search box instead of the hidden reader.
    const focused: string[] = [];
    class FakeInput {
      focus = () => focused.push('search box');
      select = () => undefined;
    }
    vi.stubGlobal('HTMLInputElement', FakeInput);
    vi.stubGlobal('document', { getElementById: (id: string) => (id === 'search-box' ? new FakeInput() : null) });
    expect(press('f', { ctrl: true })).toBe(true);
    expect(useAppStore.getState().findOpen).toBe(false);
    expect(focused).toEqual(['search box']);

    expect(press('L', { ctrl: true, shift: true })).toBe(true);
    expect(useAppStore.getState().mainView).toBe('reader');
  });
});
