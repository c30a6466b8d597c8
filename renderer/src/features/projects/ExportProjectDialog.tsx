/** Export project… (from the palette): which file to write, a .dossier bundle or a REFI-QDA .qdpx. */
import { useState, type FormEvent } from 'react';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { exportProject, type ExportFormat } from './project-transfer';
import { closeProjectDialog, currentProjectSummary } from './projects-service';

const CHOICES: { format: ExportFormat; label: string; hint: string }[] = [
  {
    format: 'dossier',
    label: 'Dossier bundle (.dossier)',
    hint: 'Everything, for another Dossier library: documents, highlights, tags, timeline, grades, brief.',
  },
  {
    format: 'qdpx',
    label: 'REFI-QDA project (.qdpx)',
    hint: 'Documents and coding, for NVivo, ATLAS.ti, MAXQDA and QualCoder.',
  },
];

export function ExportProjectDialog() {
  const [format, setFormat] = useState<ExportFormat>('dossier');
  const [busy, setBusy] = useState(false);
  const name = currentProjectSummary()?.name ?? 'the project';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const written = await exportProject(format);
    setBusy(false);
    if (written) closeProjectDialog();
  };
  return (
    <Modal title={`Export “${name}”`} onClose={closeProjectDialog}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <fieldset className="project-choices">
          <legend>Format</legend>
          {CHOICES.map((choice) => (
            <label key={choice.format} className="project-choice">
              <input
                type="radio"
                name="export-format"
                checked={format === choice.format}
                onChange={() => setFormat(choice.format)}
              />
              <span>
                {choice.label}
                <span className="panel-hint project-choice-hint">{choice.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <FormActions submit="Export" busy={busy} onCancel={closeProjectDialog} />
      </form>
    </Modal>
  );
}
