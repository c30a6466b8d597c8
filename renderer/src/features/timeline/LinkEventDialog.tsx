/** Links a highlight to an existing timeline event. */
import { useState, type FormEvent } from 'react';
import type { EventId, HighlightId } from '../../../../electron/contract';
import { useAppStore } from '../../store/app-store';
import { Modal } from '../../components/Modal';
import { linkToEvent } from './timeline-service';
import { FormActions } from '../../components/FormActions';

export function LinkEventDialog({ highlightId }: { highlightId: HighlightId }) {
  const closeDialog = useAppStore((s) => s.closeDialog);
  const timeline = useAppStore((s) => s.timeline);
  const [eventId, setEventId] = useState<string>(timeline[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (eventId && (await linkToEvent(eventId as EventId, highlightId))) closeDialog();
  };

  return (
    <Modal title="Link to event" onClose={closeDialog}>
      <form className="modal-form" onSubmit={(event) => void submit(event)}>
        <label>
          Event
          <select value={eventId} onChange={(event) => setEventId(event.target.value)}>
            {timeline.map((event) => (
              <option key={event.id} value={event.id}>
                {event.dateLabel} — {event.title}
              </option>
            ))}
          </select>
        </label>
        <FormActions submit="Link" onCancel={closeDialog} />
      </form>
    </Modal>
  );
}
