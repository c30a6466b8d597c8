/**
 * The library list's cursor and selection, kept by document id so they survive a re-sort or a
 * refresh. The active row is the listbox's one focus point (aria-activedescendant); the selection
 * is what bulk actions work on; the anchor is where a Shift-extended range starts.
 */
import { useCallback, useMemo, useState } from 'react';
import type { DocumentId, DocumentSummary } from '../../../../electron/contract';
import { rangeOf } from './list-navigation';

export interface ListSelection {
  /** The active row's index in the shown list (0 when the active document is not shown). */
  activeIndex: number;
  activeId: DocumentId | null;
  /** Selected documents among those shown, in list order. */
  selectedIds: DocumentId[];
  isSelected: (id: DocumentId) => boolean;
  /** Moves the cursor; `extend` selects from the anchor to it, else the anchor moves along. */
  moveTo: (index: number, mode: 'move' | 'extend' | 'replace') => void;
  toggle: (index: number) => void;
  selectAll: () => void;
  clear: () => void;
}

export function useListSelection(shown: readonly DocumentSummary[], openId: DocumentId | null): ListSelection {
  const [activeId, setActiveId] = useState<DocumentId | null>(null);
  const [anchorId, setAnchorId] = useState<DocumentId | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<DocumentId>>(new Set());

  const indexById = useMemo(() => new Map(shown.map((doc, index) => [doc.id, index])), [shown]);
  const cursorId = activeId ?? openId;
  const activeIndex = (cursorId !== null ? indexById.get(cursorId) : undefined) ?? 0;
  const selectedIds = useMemo(
    () => shown.filter((doc) => selected.has(doc.id)).map((doc) => doc.id),
    [shown, selected],
  );

  const moveTo = useCallback(
    (index: number, mode: 'move' | 'extend' | 'replace') => {
      const target = shown[index];
      if (!target) return;
      setActiveId(target.id);
      if (mode === 'extend') {
        const anchor = (anchorId !== null ? indexById.get(anchorId) : undefined) ?? activeIndex;
        if (anchorId === null) setAnchorId(shown[anchor]?.id ?? null);
        setSelected(new Set(rangeOf(shown, anchor, index).map((doc) => doc.id)));
        return;
      }
      setAnchorId(target.id);
      if (mode === 'replace') setSelected(new Set());
    },
    [shown, indexById, anchorId, activeIndex],
  );

  const toggle = useCallback(
    (index: number) => {
      const target = shown[index];
      if (!target) return;
      setActiveId(target.id);
      setAnchorId(target.id);
      setSelected((previous) => {
        const next = new Set(previous);
        if (next.has(target.id)) next.delete(target.id);
        else next.add(target.id);
        return next;
      });
    },
    [shown],
  );

  return {
    activeIndex,
    activeId: shown[activeIndex]?.id ?? null,
    selectedIds,
    isSelected: (id) => selected.has(id),
    moveTo,
    toggle,
    selectAll: () => setSelected(new Set(shown.map((doc) => doc.id))),
    clear: () => setSelected(new Set()),
  };
}
