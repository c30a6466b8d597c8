/** Shell state: the main view, which side panel and dialog are open, the toasts, busy text and the drop overlay. */
import type { StateCreator } from 'zustand';
import type { EventId, HighlightId } from '../../../electron/contract';
import type { AppState } from './app-store';

export type Panel = 'highlight' | 'tags' | 'timeline' | 'dates';

/** What fills the middle column; switched through the navigation service (`showView`). */
export type MainView = 'reader' | 'timeline' | 'tags' | 'brief';

export type Dialog =
  | { kind: 'palette' }
  | {
      kind: 'event-form';
      highlightId: HighlightId | null;
      eventId: EventId | null;
      /** A date and title proposed from the document's text. */
      prefill?: { date: string; title: string };
    }
  | { kind: 'link-event'; highlightId: HighlightId }
  /** T on a selected highlight: type to filter the codebook, Enter applies (or creates) a tag. */
  | { kind: 'tag-picker'; highlightId: HighlightId }
  /** Another passage that corroborates or contradicts this one. */
  | { kind: 'link-passage'; highlightId: HighlightId }
  | { kind: 'grading-help' };

export interface Toast {
  id: number;
  tone: 'info' | 'success' | 'error';
  message: string;
  details?: string[];
  action?: { label: string; run: () => void };
}

export interface UiSlice {
  mainView: MainView;
  panel: Panel;
  dialog: Dialog | null;
  toasts: Toast[];
  busy: string | null;
  dragging: boolean;
  setPanel: (panel: Panel) => void;
  openDialog: (dialog: Dialog) => void;
  closeDialog: () => void;
  dismissToast: (id: number) => void;
  setBusy: (busy: string | null) => void;
  setDragging: (dragging: boolean) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  mainView: 'reader',
  panel: 'highlight',
  dialog: null,
  toasts: [],
  busy: null,
  dragging: false,
  setPanel: (panel) => set({ panel }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
  setBusy: (busy) => set({ busy }),
  setDragging: (dragging) => set({ dragging }),
});
