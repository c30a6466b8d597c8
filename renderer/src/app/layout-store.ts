/**
 * The shell's own layout state: whether the window is narrow (the side panels become drawers) and
 * which drawer is open. Kept apart from the app store because nothing but the shell reads it, and
 * the drawer functions below also move keyboard focus, which store slices never do.
 */
import { create } from 'zustand';

/** Below this width the library and the context panel overlay the reader instead of squeezing it. */
export const NARROW_BELOW = 1200;

export type DrawerId = 'library' | 'context';

/** The top bar's toggle for each drawer, where focus returns when the drawer closes. */
export const drawerToggleId = (id: DrawerId): string => `toggle-${id}`;
/** The pane each toggle controls (aria-controls). */
export const paneId = (id: DrawerId): string => `pane-${id}`;

interface LayoutState {
  narrow: boolean;
  drawer: DrawerId | null;
  /** Set when a drawer was opened by the person (button, shortcut): focus moves into it. */
  focusDrawer: boolean;
}

export const useLayoutStore = create<LayoutState>()(() => ({
  // Read at start so a small window never paints the wide layout first (no window in unit tests).
  narrow: typeof window !== 'undefined' && window.innerWidth < NARROW_BELOW,
  drawer: null,
  focusDrawer: false,
}));

export function setNarrow(narrow: boolean): void {
  if (useLayoutStore.getState().narrow !== narrow) useLayoutStore.setState({ narrow, drawer: null });
}

/** Opens a drawer (closing the other one: side by side they would cover the reader). */
export function openDrawer(id: DrawerId, options: { focus: boolean }): void {
  useLayoutStore.setState({ drawer: id, focusDrawer: options.focus });
}

/** Closes the open drawer; focus goes back to its toggle when asked or when focus was inside it. */
export function closeDrawer(options: { returnFocus: boolean }): void {
  const { drawer } = useLayoutStore.getState();
  if (!drawer) return;
  const focusInside = document.getElementById(paneId(drawer))?.contains(document.activeElement) ?? false;
  useLayoutStore.setState({ drawer: null, focusDrawer: false });
  if (options.returnFocus || focusInside) document.getElementById(drawerToggleId(drawer))?.focus();
}

export function toggleDrawer(id: DrawerId): void {
  if (useLayoutStore.getState().drawer === id) closeDrawer({ returnFocus: false });
  else openDrawer(id, { focus: true });
}
