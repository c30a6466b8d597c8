/** Asks for the brief's title (prefilled from the project), then exports it. */
import { useState, type FormEvent } from 'react';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../../components/Modal';
import { exportBrief } from './export-service';
import { FormActions } from '../../components/FormActions';

export function ExportDialog() {
  const closeDialog = useAppStore((s) => s.closeDialog);
  const projectName = useAppStore((s) => s.info?.projectName ?? 'Research brief');
  const [title, setTitle] = useState(projectName);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const done = await exportBrief(title);
    setBusy(false);
    if (done) closeDialog();
  };

  return (
    <Modal title="Export brief" onClose={closeDialog}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <p className="panel-hint">
          A Markdown brief with the timeline, every tagged passage as a quote, your notes and source footnotes.
        </p>
        <label>
          Brief title
          <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <FormActions submit="Export" busy={busy} onCancel={closeDialog} />
      </form>
    </Modal>
  );
}
