/** The reader's header: the document's title and details, its source's reliability grade, and a small form to correct the details. */
import { useState } from 'react';
import type { DocumentDetail } from '../../../../electron/contract';
import { plural } from '../../lib/plural';
import { useAppStore } from '../../store/app-store';
import { DocumentDetailsForm } from './DocumentDetailsForm';
import { SourceGrade } from './SourceGrade';

export function DocumentHeader({ doc }: { doc: DocumentDetail }) {
  const [editing, setEditing] = useState(false);
  const openProjectDialog = useAppStore((s) => s.openProjectDialog);
  return (
    <header className="doc-header">
      <h1 className="doc-title">{doc.title}</h1>
      <p className="doc-meta">
        <span>{doc.source ?? 'Source unknown'}</span>
        <span aria-hidden="true"> · </span>
        {doc.author ? (
          <>
            <span>By {doc.author}</span>
            <span aria-hidden="true"> · </span>
          </>
        ) : null}
        <span>{doc.publishedDate ? `Published ${doc.publishedDate}` : 'Date unknown'}</span>
        <span aria-hidden="true"> · </span>
        <span>{plural(doc.wordCount, 'word')}</span>
        <span aria-hidden="true"> · </span>
        <span>{doc.fileName}</span>
      </p>
      <SourceGrade doc={doc} />
      {editing ? (
        <DocumentDetailsForm key={doc.id} doc={doc} onDone={() => setEditing(false)} />
      ) : (
        <div className="doc-header-actions">
          <button type="button" className="button-quiet" onClick={() => setEditing(true)}>
            Edit details
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => openProjectDialog({ kind: 'copy-document', documentId: doc.id, title: doc.title })}
          >
            Copy to project…
          </button>
        </div>
      )}
    </header>
  );
}
