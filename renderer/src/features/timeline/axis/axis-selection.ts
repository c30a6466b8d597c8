/**
 * Selecting events on the axis. The selection is the store's selected event, so the list panel and
 * the axis mark the same one; opening goes through the navigation service.
 */
import type { EventId, TimelineEvent } from '../../../../../electron/contract';
import { openEvent, openPassage, showView } from '../../../navigation/navigation';
import { useAppStore } from '../../../store/app-store';

export const selectEvent = (id: EventId): void => openEvent(id);

export const clearSelection = (): void => useAppStore.setState({ selectedEvent: null });

/** Opens the event's first passage in the reader; with none, shows the event in the timeline panel. */
export async function openSelected(event: TimelineEvent): Promise<void> {
  const [first] = event.passages;
  if (first) {
    await openPassage(first);
    return;
  }
  useAppStore.getState().setPanel('timeline');
  openEvent(event.id);
}

/** Shows the event in the timeline panel's list beside the axis. */
export function showInList(id: EventId): void {
  useAppStore.getState().setPanel('timeline');
  openEvent(id);
}

export const backToReader = (): void => showView('reader');
