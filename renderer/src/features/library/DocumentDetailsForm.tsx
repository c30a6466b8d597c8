/**
 * Edits a document's details (title, source, author, date, address, language); API validation shows inline.
 * Also where a document is replaced with a newer version of its file.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { DocumentDetail } from '../../../../electron/contract';
import { IMPORT_ACCEPT } from '../../platform/read-files';
import { deleteDocument, replaceDocument, updateDocument } from './library-service';
import { FormActions } from '../../components/FormActions';

export function DocumentDetailsForm({ doc, onDone }: { doc: DocumentDetail; onDone: () => void }) {
  const [title, setTitle] = useState(doc.title);
  const [source, setSource] = useState(doc.source ?? '');
  const [author, setAuthor] = useState(doc.author ?? '');
  const [published, setPublished] = useState(doc.publishedDate ?? '');
  const [url, setUrl] = useState(doc.url ?? '');
  const [language, setLanguage] = useState(doc.language ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const replaceInput = useRef<HTMLInputElement>(null);

  const replaceWith = async (file: File | undefined) => {
    if (file && (await replaceDocument(doc.id, file))) onDone();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const message = await updateDocument({
      id: doc.id,
      title,
      source: source.trim() || null,
      author: author.trim() || null,
      publishedDate: published.trim() || null,
      url: url.trim() || null,
      language: language.trim() || null,
    });
    setSaving(false);
    setError(message);
    if (!message) onDone();
  };

  return (
    <form className="details-form" aria-label="Document details" onSubmit={(event) => void submit(event)}>
      <label>
        Title
        <input value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        Source
        <input value={source} placeholder="e.g. Reuters" onChange={(event) => setSource(event.target.value)} />
      </label>
      <label>
        Author
        <input value={author} onChange={(event) => setAuthor(event.target.value)} />
      </label>
      <label>
        Published date
        <input
          value={published}
          placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
          onChange={(event) => setPublished(event.target.value)}
        />
      </label>
      <label>
        Web address
        <input value={url} placeholder="https://…" onChange={(event) => setUrl(event.target.value)} />
      </label>
      <label>
        Language
        <input value={language} placeholder="e.g. en, fr" onChange={(event) => setLanguage(event.target.value)} />
      </label>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <FormActions submit="Save" busy={saving} onCancel={onDone}>
        <button type="button" onClick={() => replaceInput.current?.click()}>
          Replace with new version…
        </button>
        <button type="button" className="button-danger" onClick={() => void deleteDocument(doc.id)}>
          Delete document
        </button>
        <input
          ref={replaceInput}
          type="file"
          accept={IMPORT_ACCEPT}
          hidden
          aria-label="New version of the document"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            void replaceWith(file);
          }}
        />
      </FormActions>
    </form>
  );
}
