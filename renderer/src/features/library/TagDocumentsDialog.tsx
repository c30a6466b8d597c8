/**
 * Codes the selected documents whole with one tag (`documents.tagWhole`): the analyst types a tag,
 * with the codebook's tags offered as they type; a new name becomes a new tag. The core's refusal
 * (an empty name, documents gone) shows at the field.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DocumentId } from '../../../../electron/contract';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { plural } from '../../lib/plural';
import { request } from '../../store/api';
import { tagDocuments } from './bulk-actions';

interface Props {
  ids: DocumentId[];
  onClose: () => void;
}

export function TagDocumentsDialog({ ids, onClose }: Props) {
  const [names, setNames] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = useId();
  const listId = useId();

  useEffect(() => {
    let live = true;
    void request('tags.list', {}).then((result) => {
      if (live && result.ok) setNames(result.value.map((t) => t.name));
    });
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const refusal = await tagDocuments(ids, tag);
    setSaving(false);
    if (refusal) setError(refusal);
    else onClose();
  };

  const title = `Tag ${plural(ids.length, 'document')}`;
  return (
    <Modal title={title} onClose={onClose}>
      <p>Each document is coded whole: the tag goes on a highlight over all its text.</p>
      <form aria-label={title} onSubmit={(event) => void submit(event)}>
        <label className="library-move-field">
          Tag
          <input
            value={tag}
            list={listId}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setTag(event.target.value);
              setError(null);
            }}
          />
          <datalist id={listId}>
            {names.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        {error ? (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <FormActions submit={`Tag ${plural(ids.length, 'document')}`} busy={saving} onCancel={onClose} />
      </form>
    </Modal>
  );
}
