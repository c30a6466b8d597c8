/**
 * Moves the selected documents to another project of the library (`documents.copy` with `move`):
 * the analyst picks the project and whether their highlights, notes and tags go along. The list of
 * projects is asked for here, so the dialog needs nothing from the projects feature.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DocumentId, ProjectSummary } from '../../../../electron/contract';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { ProjectTargetFields, type ProjectTarget } from '../../components/ProjectTargetFields';
import { plural } from '../../lib/plural';
import { request } from '../../store/api';
import { moveDocuments } from './bulk-actions';

const MOVE_FIELDS = {
  wording: { project: 'Project', highlights: 'With their highlights, notes and tags' },
  classNames: { field: 'library-move-field', check: 'library-move-check' },
};

interface Props {
  ids: DocumentId[];
  onClose: () => void;
}

export function MoveToProjectDialog({ ids, onClose }: Props) {
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [choice, setChoice] = useState<ProjectTarget>({ target: '', withHighlights: true });
  const { target, withHighlights } = choice;
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
      setChoice((chosen) => ({ ...chosen, target: others[0]?.id ?? '' }));
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
          <ProjectTargetFields
            {...MOVE_FIELDS}
            projects={projects}
            value={choice}
            onChange={setChoice}
            describedBy={error ? errorId : undefined}
          />
        ) : null}
        {error ? (
          <p id={errorId} className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <FormActions submit="Move" busy={!target || moving} onCancel={onClose} />
      </form>
    </Modal>
  );
}
