/** Tags with their counts, and the passages of the chosen tag across every document. */
import type { TagId } from '../../../../electron/contract';
import { call } from '../../store/api';
import { useAppStore } from '../../store/app-store';

export async function loadTags(): Promise<void> {
  const tags = await call('tags.list', {});
  if (!tags) return;
  const selected = useAppStore.getState().selectedTagId;
  const stillThere = tags.some((tag) => tag.id === selected);
  useAppStore.setState({ tags, ...(stillThere ? {} : { selectedTagId: null, passages: [] }) });
  if (stillThere) await loadPassages();
}

export async function chooseTag(id: TagId | null): Promise<void> {
  useAppStore.setState({ selectedTagId: id, passages: [] });
  await loadPassages();
}

async function loadPassages(): Promise<void> {
  const id = useAppStore.getState().selectedTagId;
  if (!id) return;
  const passages = await call('tags.passages', { id });
  if (passages && useAppStore.getState().selectedTagId === id) useAppStore.setState({ passages });
}
