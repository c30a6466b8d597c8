/** Undo and redo run on the core's change log; the pushed events then refetch what changed. */
import { call } from '../../store/api';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';

const everything = ['documents', 'highlights', 'tags', 'events'] as const;

export async function undo(): Promise<void> {
  const result = await call('history.undo', {});
  if (!result) return;
  scheduleRefresh(everything);
  showToast({ tone: 'info', message: result.undone ? `Undone: ${result.undone}` : 'Nothing to undo' });
}

export async function redo(): Promise<void> {
  const result = await call('history.redo', {});
  if (!result) return;
  scheduleRefresh(everything);
  showToast({ tone: 'info', message: result.redone ? `Redone: ${result.redone}` : 'Nothing to redo' });
}
