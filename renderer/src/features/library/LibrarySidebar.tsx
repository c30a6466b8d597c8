/**
 * The library column: a skip link to the reader, sort and filter with counts, and every document
 * in one virtualized listbox (one Tab stop, arrow keys, type-ahead), with bulk actions on the
 * selection. Sorting and filtering run here on the summaries the store holds.
 */
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import type { DocumentId } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { openDocument } from '../../navigation/navigation';
import { BulkActionBar, ConfirmDeleteDialog } from './BulkActions';
import { deleteDocuments, deletionCounts } from './bulk-actions';
import { DocumentListbox } from './DocumentListbox';
import { LibraryControls } from './LibraryControls';
import { MoveToProjectDialog } from './MoveToProjectDialog';
import { TagDocumentsDialog } from './TagDocumentsDialog';
import { activeFilterCount, applyQuery, DEFAULT_QUERY, filterCounts, type LibraryQuery } from './library-query';
import { useListSelection } from './use-list-selection';
import './library-list.css';

export function LibrarySidebar() {
  const documents = useAppStore((s) => s.documents);
  const loaded = useAppStore((s) => s.documentsLoaded);
  const openId = useAppStore((s) => s.openDocumentId);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const shown = useMemo(() => applyQuery(documents, query), [documents, query]);
  const counts = useMemo(() => filterCounts(documents, query.filters), [documents, query.filters]);
  const selection = useListSelection(shown, openId);
  const [confirming, setConfirming] = useState<DocumentId[] | null>(null);
  const [moving, setMoving] = useState<DocumentId[] | null>(null);
  const [tagging, setTagging] = useState<DocumentId[] | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const filtering = activeFilterCount(query.filters) > 0;

  const changeQuery = (next: LibraryQuery) => {
    // A selection the new filter would hide must not be deleted unseen.
    selection.clear();
    setQuery(next);
  };
  const confirmDelete = async (ids: DocumentId[]) => {
    setConfirming(null);
    selection.clear();
    await deleteDocuments(ids);
    // The bar whose button opened the dialog is gone: the list takes focus back.
    listRef.current?.focus();
  };

  return (
    <nav className="sidebar" aria-label="Library">
      <div className="library-body">
        <a className="skip-link" href="#document-text" onClick={skipToReader}>
          Skip to reader
        </a>
        <h2 className="column-title">
          Library{' '}
          <span className="count">
            {!loaded ? '' : filtering ? `${shown.length} of ${documents.length}` : documents.length}
          </span>
        </h2>
        {loaded && documents.length === 0 ? (
          <EmptyState title="No documents yet">Import .txt or .md files, or drop them here.</EmptyState>
        ) : (
          <>
            <LibraryControls query={query} counts={counts} onChange={changeQuery} />
            {selection.selectedIds.length > 0 ? (
              <BulkActionBar
                count={selection.selectedIds.length}
                onDelete={() => setConfirming(selection.selectedIds)}
                onMove={() => setMoving(selection.selectedIds)}
                onTag={() => setTagging(selection.selectedIds)}
                onClear={selection.clear}
              />
            ) : null}
            {loaded && shown.length === 0 ? <p className="library-none">No document matches these filters.</p> : null}
            <DocumentListbox
              listRef={listRef}
              queryKey={query}
              documents={shown}
              openId={openId}
              selection={selection}
              onOpen={(id) => void openDocument(id)}
              onDeleteRequest={() => setConfirming(selection.selectedIds)}
            />
          </>
        )}
        {confirming ? (
          <ConfirmDeleteDialog
            counts={deletionCounts(documents, new Set(confirming))}
            onCancel={() => setConfirming(null)}
            onConfirm={() => void confirmDelete(confirming)}
          />
        ) : null}
        {tagging ? (
          <TagDocumentsDialog
            ids={tagging}
            onClose={() => {
              setTagging(null);
              listRef.current?.focus();
            }}
          />
        ) : null}
        {moving ? (
          <MoveToProjectDialog
            ids={moving}
            onClose={() => {
              setMoving(null);
              selection.clear();
            }}
          />
        ) : null}
      </div>
    </nav>
  );
}

/**
 * Focus to the main column: the open document's text (focusable, like the find bar's Escape leaves
 * it), else the column itself. Found in the page rather than imported: features do not reach into
 * each other, and the main column is whichever view is showing.
 */
function skipToReader(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  const reader = document.getElementById('document-text') ?? document.querySelector<HTMLElement>('main');
  if (!reader) return;
  // The empty reader has nothing focusable; tabindex -1 takes focus without adding a Tab stop.
  if (!reader.hasAttribute('tabindex')) reader.setAttribute('tabindex', '-1');
  reader.focus();
}
