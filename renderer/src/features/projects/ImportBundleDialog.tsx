/**
 * A bundle whose project the library already has: import it as a new project (named here, a free
 * name proposed) or merge it into that project (same documents matched by content, annotations
 * added, nothing duplicated).
 */
import { useId, useState, type FormEvent } from 'react';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useAppStore } from '../../store/app-store';
import type { InspectedBundle } from '../../store/projects-slice';
import { FieldError } from './FieldError';
import { describeRowCounts, freeProjectName } from './project-names';
import { importBundle } from './project-transfer';
import { closeProjectDialog } from './projects-service';

export function ImportBundleDialog({ bundle }: { bundle: InspectedBundle }) {
  const projects = useAppStore((s) => s.projects);
  const existing = bundle.existing;
  const [mode, setMode] = useState<'new' | 'merge'>('new');
  const [name, setName] = useState(() => freeProjectName(bundle.project.name, projects));
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const refused = await importBundle(bundle, mode === 'merge' ? { merge: true } : { as: name });
    setBusy(false);
    if (refused) setRefusal(refused);
    else closeProjectDialog();
  };
  return (
    <Modal title={`Import “${bundle.project.name}”`} onClose={closeProjectDialog}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <p>
          {bundle.file.fileName} holds {describeRowCounts(bundle.counts)}.
          {existing ? ` This library already has “${existing.name}”.` : ''}
        </p>
        <fieldset className="project-choices">
          <legend>Import as</legend>
          <label className="project-choice">
            <input type="radio" name="bundle-mode" checked={mode === 'new'} onChange={() => setMode('new')} />
            <span>Import as a new project</span>
          </label>
          <label className="project-choice-field">
            Name of the new project
            <input
              value={name}
              disabled={mode !== 'new'}
              onChange={(event) => {
                setName(event.target.value);
                setRefusal(null);
              }}
              aria-invalid={refusal ? 'true' : undefined}
              aria-describedby={refusal ? errorId : undefined}
            />
          </label>
          <FieldError id={errorId} message={refusal} />
          {existing ? (
            <label className="project-choice">
              <input type="radio" name="bundle-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span>
                Merge into “{existing.name}”
                <span className="panel-hint project-choice-hint">
                  Documents it has already (same content) get the bundle&apos;s highlights and notes they lack; nothing
                  is duplicated.
                </span>
              </span>
            </label>
          ) : null}
        </fieldset>
        <FormActions submit="Import" busy={busy} onCancel={closeProjectDialog} />
      </form>
    </Modal>
  );
}
