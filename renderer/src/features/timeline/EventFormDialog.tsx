/** Creates a timeline event from a highlight, or edits one; precision follows the date typed. */
import { useState, type FormEvent } from 'react';
import type { DatePrecision, EventId, HighlightId } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../../components/Modal';
import { inferPrecision } from '../../../../electron/contract';
import { saveEvent } from './timeline-service';
import { FormActions } from '../../components/FormActions';

interface Props {
  highlightId: HighlightId | null;
  eventId: EventId | null;
}

export function EventFormDialog({ highlightId, eventId }: Props) {
  const closeDialog = useAppStore((s) => s.closeDialog);
  const existing = useAppStore((s) => s.timeline.find((event) => event.id === eventId));
  const quote = useAppStore((s) => s.doc?.highlights.find((h) => h.id === highlightId)?.quote);
  const [date, setDate] = useState(existing?.date ?? '');
  const [precision, setPrecision] = useState<DatePrecision>(existing?.precision ?? 'day');
  const [precisionTouched, setPrecisionTouched] = useState(existing !== undefined);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [error, setError] = useState<string | null>(null);

  const changeDate = (value: string) => {
    setDate(value);
    const inferred = inferPrecision(value);
    if (inferred && !precisionTouched) setPrecision(inferred);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const message = await saveEvent(eventId, { date: date.trim(), precision, title, description }, highlightId);
    if (message) setError(message);
    else closeDialog();
  };

  return (
    <Modal title={eventId ? 'Edit event' : 'Add to timeline'} onClose={closeDialog}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        {quote ? <blockquote className="quote-card">{quote}</blockquote> : null}
        <div className="form-grid">
          <label>
            Date
            <input
              value={date}
              placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
              required
              onChange={(event) => changeDate(event.target.value)}
            />
          </label>
          <label>
            Precision
            <select
              value={precision}
              onChange={(event) => {
                setPrecisionTouched(true);
                setPrecision(event.target.value as DatePrecision);
              }}
            >
              <option value="year">Year</option>
              <option value="month">Month</option>
              <option value="day">Day</option>
            </select>
          </label>
        </div>
        <label>
          Title
          <input value={title} required onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          Description
          <textarea value={description} rows={3} onChange={(event) => setDescription(event.target.value)} />
        </label>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <FormActions submit={eventId ? 'Save event' : 'Create event'} onCancel={closeDialog} />
      </form>
    </Modal>
  );
}
