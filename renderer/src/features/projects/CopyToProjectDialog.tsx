/**
 * Copy to project…: the open document (its text and details, with its highlights if asked) into
 * another project of the library. With no other project, says so and offers to create one.
 */
import { useState, type FormEvent } from 'react';
import type { DocumentId } from '../../../../electron/contract';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { EmptyState } from '../../components/EmptyState';
import { ProjectTargetFields, type ProjectTarget } from '../../components/ProjectTargetFields';
import { useAppStore } from '../../store/app-store';
import { copyDocument } from './project-transfer';
import { closeProjectDialog, openProjectDialog } from './projects-service';

const COPY_FIELDS = {
  wording: { project: 'Copy to', highlights: 'With highlights (their notes, grades and tags come too)' },
  classNames: { check: 'checkbox-label' },
};

export function CopyToProjectDialog({ documentId, title }: { documentId: DocumentId; title: string }) {
  const currentId = useAppStore((s) => s.currentProjectId);
  const others = useAppStore((s) => s.projects).filter((project) => project.id !== currentId);
  const [choice, setChoice] = useState<ProjectTarget>({ target: others[0]?.id ?? '', withHighlights: true });
  const { target, withHighlights } = choice;
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    setBusy(true);
    const refused = await copyDocument(documentId, target, withHighlights);
    setBusy(false);
    if (refused) setRefusal(refused);
    else closeProjectDialog();
  };
  return (
    <Modal title={`Copy “${title}” to another project`} onClose={closeProjectDialog}>
      {others.length === 0 ? (
        <div className="modal-form">
          <EmptyState title="There is no other project yet">Create a project, then copy documents into it.</EmptyState>
          <div className="form-actions">
            <button type="button" className="button-primary" onClick={() => openProjectDialog({ kind: 'create' })}>
              New project…
            </button>
            <button type="button" onClick={closeProjectDialog}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <form className="modal-form" onSubmit={(event) => void submit(event)}>
          <ProjectTargetFields {...COPY_FIELDS} projects={others} value={choice} onChange={setChoice} />
          <p className="panel-hint">The document stays here; the copy is the other project&apos;s own.</p>
          {refusal ? (
            <p className="danger-text" role="alert">
              {refusal}
            </p>
          ) : null}
          <FormActions submit="Copy" busy={busy} onCancel={closeProjectDialog} />
        </form>
      )}
    </Modal>
  );
}
