/** The timeline: events in date order, created from highlights and linked to more of them. */
import type { EventId, HighlightId, MethodInput } from '../../../../electron/contract';
import { call, request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';
import { runCommand } from '../../commands/registry';

export async function loadTimeline(): Promise<void> {
  const timeline = await call('events.list', {});
  if (timeline) useAppStore.setState({ timeline });
}

/** Returns the API's message when refused, null when saved. */
export async function saveEvent(
  eventId: EventId | null,
  fields: Omit<MethodInput<'events.create'>, 'highlightIds'>,
  highlightId: HighlightId | null,
): Promise<string | null> {
  const result = eventId
    ? await request('events.update', { id: eventId, ...fields })
    : await request('events.create', { ...fields, ...(highlightId ? { highlightIds: [highlightId] } : {}) });
  if (!result.ok) return result.error.message;
  scheduleRefresh(['events']);
  showToast({ tone: 'success', message: eventId ? 'Event saved' : `Added “${result.value.title}” to the timeline` });
  return null;
}

export async function linkToEvent(id: EventId, highlightId: HighlightId): Promise<boolean> {
  const linked = await call('events.link', { id, highlightId });
  if (!linked) return false;
  scheduleRefresh(['events']);
  showToast({ tone: 'success', message: `Linked to “${linked.title}”` });
  return true;
}

export async function unlinkFromEvent(id: EventId, highlightId: HighlightId): Promise<void> {
  if (await call('events.unlink', { id, highlightId })) scheduleRefresh(['events']);
}

export async function deleteEvent(id: EventId): Promise<void> {
  const title = useAppStore.getState().timeline.find((event) => event.id === id)?.title ?? 'event';
  if (!(await call('events.delete', { id }))) return;
  scheduleRefresh(['events']);
  showToast({ tone: 'info', message: `Deleted “${title}”`, action: { label: 'Undo', run: () => runCommand('undo') } });
}
