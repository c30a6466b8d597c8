/** The library column: every document with its title, size, source and date. */
import { useAppStore } from '../../store/app-store';
import { EmptyState } from '../../components/EmptyState';
import { plural } from '../../lib/plural';
import { openDocument } from '../../navigation/navigation';

export function LibrarySidebar() {
  const documents = useAppStore((s) => s.documents);
  const loaded = useAppStore((s) => s.documentsLoaded);
  const openId = useAppStore((s) => s.openDocumentId);
  return (
    <nav className="sidebar" aria-label="Library">
      <h2 className="column-title">
        Library <span className="count">{loaded ? documents.length : ''}</span>
      </h2>
      {loaded && documents.length === 0 ? (
        <EmptyState title="No documents yet">Import .txt or .md files, or drop them here.</EmptyState>
      ) : (
        <ul className="doc-list">
          {documents.map((doc) => (
            <li key={doc.id}>
              <button
                type="button"
                className="doc-item"
                aria-current={doc.id === openId ? 'true' : undefined}
                onClick={() => void openDocument(doc.id)}
              >
                <span className="doc-item-title">{doc.title}</span>
                <span className="doc-item-meta">
                  {plural(doc.wordCount, 'word')} · {doc.source ?? 'source unknown'} ·{' '}
                  {doc.publishedDate ?? 'date unknown'}
                  {doc.highlightCount > 0 ? ` · ${plural(doc.highlightCount, 'highlight')}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
