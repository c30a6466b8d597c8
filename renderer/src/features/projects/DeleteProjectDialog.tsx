/**
 * Delete project: says what goes (the project's counts), that Undo brings it back until Dossier
 * closes and that a backup bundle stays after that. The library's only project cannot go.
 */
import { useState, type FormEvent } from 'react';
import type { ProjectSummary } from '../../../../electron/contract';
import { Modal } from '../../components/Modal';
import { useAppStore } from '../../store/app-store';
import { describeCounts } from './project-names';
import { closeProjectDialog, deleteProject, openProjectDialog } from './projects-service';

export function DeleteProjectDialog({ project }: { project: ProjectSummary }) {
  const only = useAppStore((s) => s.projects.length <= 1);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const refused = await deleteProject(project);
    setBusy(false);
    if (refused) setRefusal(refused);
    else closeProjectDialog();
  };
  return (
    <Modal title={`Delete “${project.name}”?`} onClose={closeProjectDialog}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <p>It holds {describeCounts(project)}. They leave with it; no other project changes.</p>
        {only ? (
          <p className="danger-text">
            This is the library&apos;s only project. Create another project before deleting this one.
          </p>
        ) : (
          <p className="panel-hint">
            Undo brings it back until Dossier closes. A backup bundle of the project (.dossier) is written to the
            library&apos;s backups folder first and stays there after that.
          </p>
        )}
        {refusal ? (
          <p className="danger-text" role="alert">
            {refusal}
          </p>
        ) : null}
        <div className="form-actions">
          {only ? (
            <button type="button" className="button-primary" onClick={() => openProjectDialog({ kind: 'create' })}>
              New project…
            </button>
          ) : (
            <button type="submit" className="button-danger" disabled={busy}>
              Delete project
            </button>
          )}
          <button type="button" onClick={closeProjectDialog}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
