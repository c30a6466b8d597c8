/**
 * The codebook: tags as a tree with colours, descriptions and a pinned set. Every change here is
 * one change set, so one undo puts the codebook (and the passages' tags) back as they were.
 */
import type { MethodInput, MethodOutput, TagSummary } from '../../contract';
import { subtree, wouldCycle } from '../codebook/tree';
import { DossierFailure } from '../errors';
import type { TagRow } from '../repos/tags-repo';
import type { Writer } from '../repos/writer';
import type { Context } from './context';

export function listTags(ctx: Context): TagSummary[] {
  return ctx.repos.tags.list(ctx.projectId);
}

export function getTag(ctx: Context, id: string): TagSummary {
  const tag = ctx.repos.tags.get(id);
  if (!tag) throw new DossierFailure('not_found', 'That tag is no longer in the codebook.');
  return tag;
}

function tagRow(ctx: Context, id: string, role = 'That tag'): TagRow {
  const row = ctx.repos.tags.row(id);
  if (!row) throw new DossierFailure('not_found', `${role} is no longer in the codebook.`);
  return row;
}

/** A tag name as stored: trimmed, each run of spaces one space. */
export const tidyTagName = (name: string) => name.trim().replace(/\s+/g, ' ');

function refuseClash(ctx: Context, name: string, self?: string): void {
  const clash = ctx.repos.tags.byName(ctx.projectId, name);
  if (clash && clash.id !== self) {
    throw new DossierFailure(
      'conflict',
      `A tag called “${clash.name}” already exists; choose another name, or merge the two tags.`,
    );
  }
}

export function createTag(ctx: Context, input: MethodInput<'tags.create'>): TagSummary {
  const name = tidyTagName(input.name);
  refuseClash(ctx, name);
  const parent = input.parentId ? tagRow(ctx, input.parentId, 'The parent tag') : null;
  const id = ctx.newId();
  ctx.mutate(`Add tag “${name}”`, (w) => {
    w.insert('tags', {
      id,
      project_id: ctx.projectId,
      name,
      created_at: ctx.now(),
      parent_id: parent?.id ?? null,
      color: input.color ?? null,
      description: input.description?.trim() ?? '',
      pin: null,
    });
  });
  return getTag(ctx, id);
}

export function renameTag(ctx: Context, input: MethodInput<'tags.rename'>): TagSummary {
  return updateTag(ctx, input);
}

export function updateTag(ctx: Context, input: MethodInput<'tags.update'>): TagSummary {
  const tag = tagRow(ctx, input.id);
  const patch: Record<string, string | number | null> = {};
  if (input.name !== undefined && tidyTagName(input.name) !== tag.name) {
    const name = tidyTagName(input.name);
    refuseClash(ctx, name, tag.id);
    patch.name = name;
  }
  if (input.color !== undefined && input.color !== tag.color) patch.color = input.color;
  if (input.description !== undefined && input.description.trim() !== tag.description) {
    patch.description = input.description.trim();
  }
  if (input.pin !== undefined && input.pin !== tag.pin) patch.pin = input.pin;
  const keys = Object.keys(patch);
  if (keys.length === 0) return getTag(ctx, tag.id);
  ctx.mutate(updateLabel(tag, patch, keys), (w) => {
    if (typeof patch.pin === 'number') {
      const holder = ctx.repos.tags.byPin(ctx.projectId, patch.pin);
      if (holder && holder !== tag.id) w.update('tags', { id: holder }, { pin: null });
    }
    w.update('tags', { id: tag.id }, patch);
  });
  return getTag(ctx, tag.id);
}

function updateLabel(tag: TagRow, patch: Record<string, string | number | null>, keys: string[]): string {
  if (keys.length > 1) return `Edit tag “${tag.name}”`;
  if (typeof patch.name === 'string') return `Rename tag “${tag.name}” to “${patch.name}”`;
  if ('color' in patch) return `Change colour of tag “${tag.name}”`;
  if ('description' in patch) return `Describe tag “${tag.name}”`;
  return typeof patch.pin === 'number' ? `Pin tag “${tag.name}” to ${patch.pin}` : `Unpin tag “${tag.name}”`;
}

export function moveTag(ctx: Context, input: MethodInput<'tags.move'>): TagSummary {
  const tag = tagRow(ctx, input.id);
  const parent = input.parentId ? tagRow(ctx, input.parentId, 'The tag to move it under') : null;
  if (parent && wouldCycle(ctx.repos.tags.rows(ctx.projectId), tag.id, parent.id)) {
    throw new DossierFailure(
      'invalid_input',
      parent.id === tag.id
        ? `A tag cannot sit under itself; choose another tag for “${tag.name}”.`
        : `“${parent.name}” sits under “${tag.name}”, so “${tag.name}” cannot move under it; move “${parent.name}” out first.`,
    );
  }
  if ((parent?.id ?? null) === tag.parentId) return getTag(ctx, tag.id);
  const where = parent ? `under “${parent.name}”` : 'to the top level';
  ctx.mutate(`Move tag “${tag.name}” ${where}`, (w) => {
    w.update('tags', { id: tag.id }, { parent_id: parent?.id ?? null });
  });
  return getTag(ctx, tag.id);
}

/** Every passage of one tag goes to another; a passage that has both keeps one; sub-tags follow. */
export function mergeTags(ctx: Context, input: MethodInput<'tags.merge'>): TagSummary {
  const from = tagRow(ctx, input.id, 'The tag to merge');
  const into = tagRow(ctx, input.into, 'The tag to merge into');
  if (from.id === into.id) {
    throw new DossierFailure('invalid_input', `Choose another tag to merge “${from.name}” into.`);
  }
  const tags = ctx.repos.tags.rows(ctx.projectId);
  const intoIsInside = subtree(tags, from.id).has(into.id);
  ctx.mutate(`Merge tag “${from.name}” into “${into.name}”`, (w) => {
    const already = new Set(ctx.repos.tags.highlightIds(into.id));
    for (const highlightId of ctx.repos.tags.highlightIds(from.id)) {
      w.delete('highlight_tags', { highlight_id: highlightId, tag_id: from.id });
      if (!already.has(highlightId)) w.insert('highlight_tags', { highlight_id: highlightId, tag_id: into.id });
    }
    // The target keeps its own place, unless it sat under the merged tag: then it takes that tag's place.
    if (intoIsInside) w.update('tags', { id: into.id }, { parent_id: from.parentId });
    for (const child of tags.filter((t) => t.parentId === from.id && t.id !== into.id)) {
      w.update('tags', { id: child.id }, { parent_id: into.id });
    }
    const keep: Record<string, string | number | null> = {};
    if (!into.color && from.color) keep.color = from.color;
    if (!into.description && from.description) keep.description = from.description;
    if (into.pin === null && from.pin !== null) keep.pin = from.pin;
    if ('pin' in keep) w.update('tags', { id: from.id }, { pin: null });
    if (Object.keys(keep).length > 0) w.update('tags', { id: into.id }, keep);
    w.delete('tags', { id: from.id });
  });
  return getTag(ctx, into.id);
}

/** Removes a tag from the codebook and from its passages; its sub-tags move up to its parent. */
export function deleteTag(ctx: Context, id: string): MethodOutput<'tags.delete'> {
  const tag = tagRow(ctx, id);
  const children = ctx.repos.tags.rows(ctx.projectId).filter((t) => t.parentId === tag.id);
  const passages = ctx.repos.tags.highlightIds(tag.id);
  ctx.mutate(`Delete tag “${tag.name}”`, (w) => removeTag(w, tag, children, passages));
  return { passages: passages.length, subTags: children.length };
}

function removeTag(w: Writer, tag: TagRow, children: readonly TagRow[], passages: readonly string[]): void {
  for (const highlightId of passages) w.delete('highlight_tags', { highlight_id: highlightId, tag_id: tag.id });
  for (const child of children) w.update('tags', { id: child.id }, { parent_id: tag.parentId });
  w.delete('tags', { id: tag.id });
}
