/**
 * The library's documents as one listbox: a single Tab stop whose active row is announced through
 * aria-activedescendant, and only the rows in view (plus a few) in the DOM, so thousands of
 * documents cost what a screenful does. The active row is always rendered, even scrolled away,
 * so the id the listbox points at exists. Keys: arrows, Page Up/Down, Home/End move; Shift extends
 * the selection, Ctrl/Cmd moves without it; Space toggles; Ctrl/Cmd+A selects all; Enter opens;
 * Delete asks to delete the selection; letters jump to the next title starting with them.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { DocumentId, DocumentSummary } from '../../../../electron/contract';
import { plural } from '../../lib/plural';
import { scrollTopFor, targetIndex, typeAheadIndex } from './list-navigation';
import type { ListSelection } from './use-list-selection';

/** Every row is one line of title and one of details, so one height fits all and nothing is measured. */
export const ROW_HEIGHT = 52;
const TYPE_AHEAD_PAUSE_MS = 700;
const rowHeight = () => ROW_HEIGHT;

interface Props {
  documents: readonly DocumentSummary[];
  openId: DocumentId | null;
  selection: ListSelection;
  onOpen: (id: DocumentId) => void;
  onDeleteRequest: () => void;
  /** The scrolling listbox element, for whoever needs to give it focus back. */
  listRef: RefObject<HTMLDivElement | null>;
  /** Changes when the sort or filter does: the list then scrolls to its cursor (or its top). */
  queryKey: unknown;
}

export const optionId = (id: DocumentId) => `library-doc-${id}`;

export function DocumentListbox({
  documents,
  openId,
  selection,
  onOpen,
  onDeleteRequest,
  listRef: scroller,
  queryKey,
}: Props) {
  const typed = useRef({ text: '', at: 0 });
  const { activeIndex } = selection;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < documents.length && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex, documents.length],
  );
  const getItemKey = useCallback((index: number) => documents[index]?.id ?? index, [documents]);
  // The virtualizer hands back fresh functions each render, which React Compiler cannot memoize; this
  // component does its own memoizing (range extractor, item keys) and passes none of them down.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    overscan: 10,
    rangeExtractor,
    getItemKey,
    // React 19 batches the scroll's re-render with the frame; a synchronous flush per scroll event is not needed.
    useFlushSync: false,
  });

  // Keep the cursor in view when it moves by key, and when the list is re-sorted or filtered under it.
  const reveal = useCallback(
    (index: number, align: 'auto' | 'center') => {
      const list = scroller.current;
      if (!list) return;
      const view = { rowHeight: ROW_HEIGHT, scrollTop: list.scrollTop, height: list.clientHeight };
      list.scrollTop = scrollTopFor(index, view, align);
    },
    [scroller],
  );
  const shownQuery = useRef(queryKey);
  useEffect(() => {
    if (shownQuery.current === queryKey) return;
    shownQuery.current = queryKey;
    reveal(activeIndex, 'center');
  }, [queryKey, activeIndex, reveal]);

  // Scrolled at once, not when the active index changes: End on the row already active (the open
  // document, at the bottom of a list shown from the top) must still bring it into view.
  const moveTo = (index: number, mode: 'move' | 'extend' | 'replace') => {
    reveal(index, 'auto');
    selection.moveTo(index, mode);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    const pageSize = Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1;
    const target = targetIndex(event.key, activeIndex, documents.length, pageSize);
    if (target !== null && !event.altKey) {
      event.preventDefault();
      moveTo(target, event.shiftKey ? 'extend' : mod ? 'move' : 'replace');
      return;
    }
    const active = documents[activeIndex];
    if (event.key === 'Enter' && active) {
      event.preventDefault();
      onOpen(active.id);
    } else if (mod && !event.shiftKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      selection.selectAll();
    } else if (event.key === 'Escape' && selection.selectedIds.length > 0) {
      event.preventDefault();
      selection.clear();
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selection.selectedIds.length > 0) {
      event.preventDefault();
      onDeleteRequest();
    } else if (event.key.length === 1 && !mod && !event.altKey) {
      const now = event.timeStamp;
      const continuing = now - typed.current.at < TYPE_AHEAD_PAUSE_MS;
      if (event.key === ' ' && !continuing) {
        event.preventDefault();
        selection.toggle(activeIndex);
        return;
      }
      // Typed letters are the list's own: the one-letter shortcuts (H, T, D) act on the reader.
      event.preventDefault();
      typed.current = { text: (continuing ? typed.current.text : '') + event.key, at: now };
      const found = typeAheadIndex(
        documents.map((doc) => doc.title),
        activeIndex,
        typed.current.text,
      );
      if (found !== null) moveTo(found, 'replace');
    }
  };

  const onClick = (event: MouseEvent, index: number, id: DocumentId) => {
    scroller.current?.focus({ preventScroll: true });
    if (event.shiftKey) {
      selection.moveTo(index, 'extend');
    } else if (event.ctrlKey || event.metaKey) {
      selection.toggle(index);
    } else {
      selection.moveTo(index, 'replace');
      onOpen(id);
    }
  };

  const active = documents[activeIndex];
  return (
    <div
      ref={scroller}
      className="doc-listbox"
      role="listbox"
      aria-label="Documents"
      aria-multiselectable="true"
      aria-activedescendant={active ? optionId(active.id) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="none" className="doc-listbox-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const doc = documents[row.index];
          if (!doc) return null;
          return (
            <div
              key={row.key}
              id={optionId(doc.id)}
              role="option"
              className="doc-option"
              aria-selected={selection.isSelected(doc.id)}
              aria-current={doc.id === openId ? 'true' : undefined}
              aria-setsize={documents.length}
              aria-posinset={row.index + 1}
              data-active={row.index === activeIndex ? 'true' : undefined}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              title={doc.title}
              onClick={(event) => onClick(event, row.index, doc.id)}
            >
              <span className="doc-option-title">{doc.title}</span>
              <span className="doc-option-meta">
                {plural(doc.wordCount, 'word')} · {doc.source ?? 'source unknown'} ·{' '}
                {doc.publishedDate ?? 'date unknown'}
                {doc.highlightCount > 0 ? ` · ${plural(doc.highlightCount, 'highlight')}` : ''}
                {doc.needsReviewCount > 0 ? ` · ${doc.needsReviewCount} to review` : ''}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
