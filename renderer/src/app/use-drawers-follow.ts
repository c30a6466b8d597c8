/**
 * In a narrow window the drawers follow what the person does elsewhere: opening a document closes
 * the library drawer (they chose what to read), and asking for a panel (Alt+1…4, selecting a
 * highlight) opens the context drawer without taking focus from the reader.
 */
import { useEffect } from 'react';
import { focusReader } from '../features/reader/reader-focus';
import { useAppStore } from '../store/app-store';
import { closeDrawer, openDrawer, paneId, useLayoutStore } from './layout-store';

export function useDrawersFollow(): void {
  const docId = useAppStore((s) => s.doc?.id);

  useEffect(() => {
    const { narrow, drawer } = useLayoutStore.getState();
    if (!narrow || drawer !== 'library' || !docId) return;
    const focusInside = document.getElementById(paneId('library'))?.contains(document.activeElement) ?? false;
    closeDrawer({ returnFocus: false });
    if (focusInside) focusReader();
  }, [docId]);

  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        const asked =
          state.panel !== previous.panel ||
          (state.selectedHighlightId !== null && state.selectedHighlightId !== previous.selectedHighlightId);
        if (asked && useLayoutStore.getState().narrow && state.mainView !== 'brief')
          openDrawer('context', { focus: false });
      }),
    [],
  );
}
