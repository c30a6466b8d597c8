/**
 * The reading column: the open document's blocks with highlights and the search hit drawn from
 * text ranges. Selecting text offers the highlight toolbar; clicking a highlight selects it.
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import type { HighlightId } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { DocumentHeader } from '../library/DocumentHeader';
import { ReaderBlocks } from './ReaderBlocks';
import { SelectionToolbar } from './SelectionToolbar';
import { selectionToRange } from './selection-offsets';
import './reader.css';

export function Reader() {
  const doc = useAppStore((s) => s.doc);
  const hit = useAppStore((s) => s.searchHit);
  const flash = useAppStore((s) => s.flash);
  const selectedId = useAppStore((s) => s.selectedHighlightId);
  const scrollRequest = useAppStore((s) => s.scrollRequest);
  const documentsLoaded = useAppStore((s) => s.documentsLoaded);
  const hasDocuments = useAppStore((s) => s.documents.length > 0);
  const setPendingSelection = useAppStore((s) => s.setPendingSelection);
  const selectHighlight = useAppStore((s) => s.selectHighlight);
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
          <DocumentHeader doc={doc} />
          <article
            ref={article}
            className="reader-text"
            aria-label="Document text"
            onMouseUp={captureSelection}
            onKeyUp={captureSelection}
            onClick={onClick}
          >
            <ReaderBlocks doc={doc} hit={hit} flash={flash} selectedId={selectedId} />
          </article>
        </div>
      </div>
      <SelectionToolbar />
    </main>
  );
}
