/**
 * Creates a timeline event from a highlight, or edits one. The date is typed as analysts write it
 * ("about March 2024", "Q1 2024", "before 22 April 2024" or EDTF) and the form shows how it was
 * read before anything is saved; a date it cannot read is marked invalid with what would work.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { EventId, HighlightId } from '../../../../electron/contract';
import { readDateInput } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../../components/Modal';
import { saveEvent } from './timeline-service';
import { FormActions } from '../../components/FormActions';

interface Props {
  highlightId: HighlightId | null;
  eventId: EventId | null;
  /** Values proposed from the text (a date found in the document and its sentence). */
  prefill?: { date: string; title: string };
}

export function EventFormDialog({ highlightId, eventId, prefill }: Props) {
  const closeDialog = useAppStore((s) => s.closeDialog);
  const existing = useAppStore((s) => s.timeline.find((event) => event.id === eventId));
  const quote = useAppStore((s) => s.doc?.highlights.find((h) => h.id === highlightId)?.quote);
  const [date, setDate] = useState(existing?.dateLabel ?? prefill?.date ?? '');
  const [dateTouched, setDateTouched] = useState(false);
  const [title, setTitle] = useState(existing?.title ?? prefill?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [error, setError] = useState<string | null>(null);
  const dateField = useRef<HTMLInputElement>(null);
  const readingId = useId();

  const reading = date.trim() ? readDateInput(date) : null;
  const showDateError = reading !== null && !reading.ok && dateTouched;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDateTouched(true);
    if (!reading?.ok) {
      dateField.current?.focus();
      return;
    }
    const fields = { date: reading.reading.edtf, title, description };
    const message = await saveEvent(eventId, fields, highlightId);
    if (message) setError(message);
    else closeDialog();
  };

  return (
    <Modal title={eventId ? 'Edit event' : 'Add to timeline'} onClose={closeDialog}>
      <form className="modal-form" onSubmit={(event) => void submit(event)} noValidate>
        {quote ? <blockquote className="quote-card">{quote}</blockquote> : null}
        <label>
          Date
          <input
            ref={dateField}
            value={date}
            placeholder="e.g. 22 April 2024, about March 2024, Q1 2024"
            required
            aria-invalid={showDateError || (dateTouched && !reading) ? 'true' : undefined}
            aria-describedby={readingId}
            onChange={(event) => setDate(event.target.value)}
            onBlur={() => setDateTouched(true)}
          />
        </label>
        <p id={readingId} className={`date-reading${showDateError ? ' date-reading-error' : ''}`} aria-live="polite">
          {!reading
            ? dateTouched
              ? 'An event needs a date, such as 22 April 2024, March 2024 or about 2024.'
              : 'Type a day, month or year; “about”, ranges (March–May 2024), “before …”, “since …”, Q1 2024 and EDTF work too.'
            : reading.ok
              ? `Reads as: ${reading.reading.label} (EDTF ${reading.reading.edtf})`
              : showDateError
                ? reading.message
                : 'Keep typing…'}
        </p>
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
