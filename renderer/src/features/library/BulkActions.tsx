/**
 * The bar over the library list while documents are selected, and the confirmation a bulk delete
 * asks for (with what it takes along; Undo in the toast that follows brings everything back).
 */
import { Modal } from '../../components/Modal';
import { plural } from '../../lib/plural';
import { describeDeletion } from './bulk-actions';

interface BarProps {
  count: number;
  onDelete: () => void;
  onMove: () => void;
  onTag: () => void;
  onClear: () => void;
}

export function BulkActionBar({ count, onDelete, onMove, onTag, onClear }: BarProps) {
  return (
    <div className="library-bulk" role="toolbar" aria-label="Selected documents">
      <span className="library-bulk-count" aria-live="polite">
        {plural(count, 'document')} selected
      </span>
      <button type="button" className="button-danger" onClick={onDelete}>
        Delete…
      </button>
      <button type="button" className="button-quiet" onClick={onTag}>
        Tag…
      </button>
      <button type="button" className="button-quiet" onClick={onMove}>
        Move to project…
      </button>
      <button type="button" className="button-quiet" aria-label="Clear selection" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}

interface ConfirmProps {
  counts: { documents: number; highlights: number };
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDeleteDialog({ counts, onConfirm, onCancel }: ConfirmProps) {
  return (
    <Modal title={`Delete ${plural(counts.documents, 'document')}?`} onClose={onCancel}>
      <p>This deletes {describeDeletion(counts)}. You can undo it from the message that follows.</p>
      <div className="form-actions">
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button-danger" onClick={onConfirm}>
          Delete {plural(counts.documents, 'document')}
        </button>
      </div>
    </Modal>
  );
}
