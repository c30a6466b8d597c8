/**
 * The reading column: the open document's blocks with highlights, the search hit, find matches and
 * dates proposed from the text (`dateMarks` in the store) drawn from text ranges. Selecting text offers the highlight toolbar; clicking a highlight
 * selects it; Ctrl/Cmd+F opens the find bar over the text. The document's header and the
 * selection's toolbar come from other features, handed in by the shell.
 */
import { useEffect, useMemo, useRef, type ComponentType, type MouseEvent } from 'react';
import type { DocumentDetail, HighlightId } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { FindBar } from './FindBar';
import { findMatches } from './find-service';
import { READER_TEXT_ID } from './reader-focus';
import { ReaderBlocks } from './ReaderBlocks';
import type { Layers } from './segments';
import { selectionToRange } from './selection-offsets';
import './reader.css';

interface ReaderProps {
  /** Above the text: the document's title and details. */
  Header: ComponentType<{ doc: DocumentDetail }>;
  /** What to offer over a text selection. */
  SelectionTools: ComponentType;
}

export function Reader({ Header, SelectionTools }: ReaderProps) {
  const doc = useAppStore((s) => s.doc);
  const hit = useAppStore((s) => s.searchHit);
  const flash = useAppStore((s) => s.flash);
  const selectedId = useAppStore((s) => s.selectedHighlightId);
  const scrollRequest = useAppStore((s) => s.scrollRequest);
  const documentsLoaded = useAppStore((s) => s.documentsLoaded);
  const hasDocuments = useAppStore((s) => s.documents.length > 0);
  const setPendingSelection = useAppStore((s) => s.setPendingSelection);
  const selectHighlight = useAppStore((s) => s.selectHighlight);
  const findOpen = useAppStore((s) => s.findOpen);
  const findQuery = useAppStore((s) => s.findQuery);
  const findIndex = useAppStore((s) => s.findIndex);
  const findScrollRequest = useAppStore((s) => s.findScrollRequest);
  const dateMarks = useAppStore((s) => s.dateMarks);
  const scroller = useRef<HTMLDivElement>(null);
  const article = useRef<HTMLElement>(null);
  const handledNonce = useRef(0);
  const shownId = useRef<string | null>(null);

  useEffect(() => {
    if (!doc || shownId.current === doc.id) return;
    shownId.current = doc.id;
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [doc]);

  useEffect(() => {
    if (!doc || !scrollRequest || scrollRequest.documentId !== doc.id || scrollRequest.nonce === handledNonce.current)
      return;
    handledNonce.current = scrollRequest.nonce;
    const segments = article.current?.querySelectorAll<HTMLElement>('[data-start]') ?? [];
    let target: HTMLElement | null = null;
    for (const segment of segments) {
      if (Number(segment.dataset.start) <= scrollRequest.offset) target = segment;
      else break;
    }
    target?.scrollIntoView({ block: 'center' });
  }, [doc, scrollRequest]);

  const layers = useMemo((): Layers => {
    const found = doc && findOpen ? findMatches(doc.text, findQuery).matches : [];
    const current = found[Math.min(findIndex, found.length - 1)] ?? null;
    const dates = doc && dateMarks?.documentId === doc.id ? dateMarks.marks : [];
    return { hit, flash, found, current, dates };
  }, [doc, hit, flash, findOpen, findQuery, findIndex, dateMarks]);

  useEffect(() => {
    const view = scroller.current;
    const current = article.current?.querySelector('mark.find-current');
    if (!view || !current) return;
    const box = current.getBoundingClientRect();
    const frame = view.getBoundingClientRect();
    if (box.top < frame.top + 48 || box.bottom > frame.bottom - 24) current.scrollIntoView({ block: 'center' });
    // Only when asked (typing, next, previous): a reload after an edit must not move the text.
  }, [findScrollRequest]);

  useEffect(() => {
    const onSelectionChange = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed) setPendingSelection(null);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [setPendingSelection]);

  const captureSelection = () => {
    const selection = window.getSelection();
    if (!doc || !article.current || !selection) return;
    const range = selectionToRange(article.current, selection, doc.text);
    if (!range) return setPendingSelection(null);
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    setPendingSelection({ ...range, top: rect.top, left: rect.left + rect.width / 2 });
  };

  const onClick = (event: MouseEvent) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-top]');
    if (mark?.dataset.top) selectHighlight(mark.dataset.top as HighlightId);
  };

  if (!doc) {
    return (
      <main className="reader" aria-label="Reader">
        {documentsLoaded && !hasDocuments ? (
          <EmptyState title="Your library is empty">
            Import .txt or .md files with the Import button, or drop them anywhere on this window.
          </EmptyState>
        ) : (
          <EmptyState title="No document open">Choose a document in the library or search for a word.</EmptyState>
        )}
      </main>
    );
  }

  return (
    <main className="reader" aria-label="Reader">
      <div className="reader-scroll" ref={scroller} onScroll={captureSelection}>
        <div className="reader-column">
          <Header doc={doc} />
          <article
            ref={article}
            id={READER_TEXT_ID}
            tabIndex={-1}
            className="reader-text"
            aria-label="Document text"
            onMouseUp={captureSelection}
            onKeyUp={captureSelection}
            onClick={onClick}
          >
            <ReaderBlocks doc={doc} layers={layers} selectedId={selectedId} />
          </article>
        </div>
      </div>
      {findOpen ? <FindBar /> : null}
      <SelectionTools />
    </main>
  );
}
