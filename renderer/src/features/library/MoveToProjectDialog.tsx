/**
 * Moves the selected documents to another project of the library (`documents.copy` with `move`):
 * the analyst picks the project and whether their highlights, notes and tags go along. The list of
 * projects is asked for here, so the dialog needs nothing from the projects feature.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DocumentId, ProjectSummary } from '../../../../electron/contract';
import { Modal } from '../../components/Modal';
import { plural } from '../../lib/plural';
import { request } from '../../store/api';
import { moveDocuments } from './bulk-actions';

interface Props {
  ids: DocumentId[];
  onClose: () => void;
}

export function MoveToProjectDialog({ ids, onClose }: Props) {
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [target, setTarget] = useState('');
  const [withHighlights, setWithHighlights] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const errorId = useId();

  useEffect(() => {
    let live = true;
    void request('projects.list', {}).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error.message);
      const others = result.value.projects.filter((project) => project.id !== result.value.current);
      setProjects(others);
      setTarget(others[0]?.id ?? '');
    });
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    setMoving(true);
    const refusal = await moveDocuments(ids, target, withHighlights);
    setMoving(false);
    if (refusal) setError(refusal);
    else onClose();
  };

  const title = `Move ${plural(ids.length, 'document')} to another project`;
  return (
    <Modal title={title} onClose={onClose}>
      {projects === null && !error ? <p>Loading projects…</p> : null}
      {projects?.length === 0 ? (
        <p>This library has no other project. Create one from the project menu first.</p>
      ) : null}
      <form aria-label={title} onSubmit={(event) => void submit(event)}>
        {projects && projects.length > 0 ? (
          <>
            <label className="library-move-field">
              <span>Project</span>
              <select
                value={target}
                onChange={(event) => setTarget(event.target.value)}
                aria-describedby={error ? errorId : undefined}
              >
                {projects.map((project) => (
                  <option key={project.id} value={project.id}>
                    {`${project.name} (${plural(project.documentCount, 'document')})`}
                  </option>
                ))}
              </select>
            </label>
            <label className="library-move-check">
              <input
                type="checkbox"
                checked={withHighlights}
                onChange={(event) => setWithHighlights(event.target.checked)}
              />{' '}
              With their highlights, notes and tags
            </label>
          </>
        ) : null}
        {error ? (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={!target || moving}>
            Move
          </button>
        </div>
      </form>
    </Modal>
  );
}
