/**
 * New project and Rename project: one name field. The core checks the name (empty, too long, taken)
 * and its message shows at the field; a new project becomes the page's project.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ProjectSummary } from '../../../../electron/contract';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { FieldError } from './FieldError';
import { closeProjectDialog, createProject, renameProject } from './projects-service';

export function ProjectNameDialog({ project }: { project?: ProjectSummary }) {
  const [name, setName] = useState(project?.name ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const refused = project ? await renameProject(project, name) : await createProject(name);
    setBusy(false);
    if (refused) setRefusal(refused);
    else closeProjectDialog();
  };
  return (
    <Modal title={project ? `Rename “${project.name}”` : 'New project'} onClose={closeProjectDialog}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <label>
          Project name
          <input
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setRefusal(null);
            }}
            aria-invalid={refusal ? 'true' : undefined}
            aria-describedby={refusal ? errorId : undefined}
            placeholder="e.g. Sahel: mining concessions"
          />
        </label>
        <FieldError id={errorId} message={refusal} />
        {project ? null : (
          <p className="panel-hint">A project holds its own documents, highlights, tags, timeline and brief.</p>
        )}
        <FormActions submit={project ? 'Rename' : 'Create project'} busy={busy} onCancel={closeProjectDialog} />
      </form>
    </Modal>
  );
}
