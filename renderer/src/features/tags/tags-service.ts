/** Tags with their counts, and the passages of the chosen tag across every document. */
import type { Passage, TagId } from '../../../../electron/contract';
import { call } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import { openDocument } from '../reader/reader-service';

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

/** Opens the reader at a passage and flashes it; the panel stays where the analyst was. */
export async function openPassage(passage: Passage): Promise<void> {
  const { documentId, start, end } = passage.highlight;
  await openDocument(documentId, { kind: 'flash', start, end });
}
