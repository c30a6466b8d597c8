/**
 * Changes to the codebook from the Tags view. Each is one undo step on the core; each says what it
 * did in a toast with Undo (the same command as Ctrl/Cmd+Z) and schedules the refetch of tags and
 * of the passages whose tags it changed.
 */
import type { TagColor, TagId, TagSummary } from '../../../../electron/contract';
import { runCommand } from '../../commands/registry';
import { call, request } from '../../store/api';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showToast } from '../../store/toasts';

function done(message: string, touchesPassages = false): void {
  scheduleRefresh(touchesPassages ? ['tags', 'highlights'] : ['tags']);
  showToast({ tone: 'success', message, action: { label: 'Undo', run: () => runCommand('undo') } });
}

export async function createTag(name: string, parentId: TagId | null): Promise<TagSummary | null> {
  const created = await call('tags.create', { name, parentId });
  if (created) done(`Added tag “${created.name}”`);
  return created;
}

export async function renameTag(tag: TagSummary, name: string): Promise<boolean> {
  if (name.trim() === tag.name) return true;
  const renamed = await call('tags.update', { id: tag.id, name });
  if (renamed) done(`Renamed “${tag.name}” to “${renamed.name}”`, true);
  return renamed !== null;
}

export async function recolorTag(tag: TagSummary, color: TagColor | null): Promise<void> {
  if (color === tag.color) return;
  if (await call('tags.update', { id: tag.id, color })) done(`Changed the colour of “${tag.name}”`);
}

export async function describeTag(tag: TagSummary, description: string): Promise<void> {
  if (description.trim() === tag.description) return;
  if (await call('tags.update', { id: tag.id, description })) done(`Described “${tag.name}”`);
}

export async function pinTag(tag: TagSummary, pin: number | null): Promise<void> {
  if (pin === tag.pin) return;
  if (await call('tags.update', { id: tag.id, pin })) {
    done(pin === null ? `Unpinned “${tag.name}”` : `Pinned “${tag.name}” to ${pin}`);
  }
}

/** Moves a tag under another (null: to the top). Returns the core's refusal, if any, for the caller to show. */
export async function moveTag(tag: TagSummary, parent: TagSummary | null): Promise<string | null> {
  if ((parent?.id ?? null) === tag.parentId) return null;
  const moved = await request('tags.move', { id: tag.id, parentId: parent?.id ?? null });
  if (!moved.ok) return moved.error.message;
  done(parent ? `Moved “${tag.name}” under “${parent.name}”` : `Moved “${tag.name}” to the top level`);
  return null;
}

export async function mergeTag(from: TagSummary, into: TagSummary): Promise<string | null> {
  const merged = await request('tags.merge', { id: from.id, into: into.id });
  if (!merged.ok) return merged.error.message;
  done(`Merged “${from.name}” into “${into.name}”`, true);
  return null;
}

export async function deleteTag(tag: TagSummary): Promise<string | null> {
  const deleted = await request('tags.delete', { id: tag.id });
  if (!deleted.ok) return deleted.error.message;
  const { passages, subTags } = deleted.value;
  const parts = [`from ${passages} ${passages === 1 ? 'passage' : 'passages'}`];
  if (subTags > 0) parts.push(`${subTags} ${subTags === 1 ? 'sub-tag' : 'sub-tags'} moved up`);
  done(`Deleted “${tag.name}” (${parts.join('; ')})`, true);
  return null;
}

/** How many passages carry both tags themselves: those keep one tag when the two merge. */
export async function countOverlap(a: TagId, b: TagId): Promise<number> {
  const both = await call('tags.passages', { id: a, with: b, exact: true });
  return both?.length ?? 0;
}
