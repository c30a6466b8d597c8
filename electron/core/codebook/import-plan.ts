/**
 * How an imported codebook merges into the library's, worked out before anything is written, so
 * the import is one change set and a file it refuses stores nothing. Pure over plain rows.
 *
 * Merge by name, ignoring case: a new name becomes a tag; a known one takes the file's colour,
 * description and parent when they differ (an empty colour or description in the file clears
 * nothing; a file that does not say where a tag sits leaves it there). Parents are named, in the
 * file or in the library. A parent that would put a tag under itself is refused with a warning and
 * the tag keeps its place.
 */
import { cleanLine, cleanText, truncate } from '../../contract';
import { DossierFailure } from '../errors';
import type { CodebookEntry } from './exchange-entry';
import { flattenTree } from './tree';

export const MAX_TAG_NAME = 80;
export const MAX_TAG_DESCRIPTION = 5_000;

/** A tag of the library as the plan needs it. */
export interface PlanTag {
  id: string;
  name: string;
  parentId: string | null;
  color: string | null;
  description: string;
}

export interface ImportPlan {
  /** New tags, each parent before its children, so every insert finds its parent in place. */
  inserts: PlanTag[];
  /** Changes to existing tags, in the columns' own names. */
  updates: { id: string; name: string; patch: Record<string, string | null> }[];
  created: string[];
  updated: string[];
  unchanged: number;
  warnings: string[];
}

const keyOf = (name: string) => name.toLowerCase();

type Warn = (text: string) => void;

/** A tag name as the codebook stores it: one clean line, spaces collapsed, at most 80 characters. */
function cleanName(raw: string, where: string, warn: Warn): string {
  const name = cleanLine(raw).trim().replace(/\s+/g, ' ');
  if (name === '')
    throw new DossierFailure('invalid_input', `${where}: the name is empty once cleaned of control characters.`);
  if (name.length <= MAX_TAG_NAME) return name;
  const cut = truncate(name, MAX_TAG_NAME).trimEnd();
  warn(`${where}: the name is longer than ${MAX_TAG_NAME} characters; it was cut to “${cut}”.`);
  return cut;
}

/** #rrggbb in lower case (#rgb is widened); null for none; a colour it cannot read is left out with a warning. */
function cleanColor(raw: string, where: string, warn: Warn): string | null {
  const color = raw.trim().toLowerCase();
  if (color === '') return null;
  if (/^#[0-9a-f]{6}$/.test(color)) return color;
  if (/^#[0-9a-f]{3}$/.test(color)) return `#${[...color.slice(1)].map((c) => c + c).join('')}`;
  warn(`${where}: the colour “${raw.trim()}” is not written #rrggbb, so it was not imported.`);
  return null;
}

function cleanDescription(raw: string, where: string, warn: Warn): string {
  const description = cleanText(raw).trim();
  if (description.length <= MAX_TAG_DESCRIPTION) return description;
  warn(`${where}: the description is longer than ${MAX_TAG_DESCRIPTION} characters; the rest was cut.`);
  return truncate(description, MAX_TAG_DESCRIPTION).trimEnd();
}

interface Wanted {
  tag: PlanTag;
  /** undefined: the file does not say, so the tag stays where it is. */
  parent: string | null | undefined;
  color: string | null;
  description: string;
  where: string;
  /** The entry's place in the file: warnings are reported in file order. */
  at: number;
}

export function planImport(
  existing: readonly PlanTag[],
  entries: readonly CodebookEntry[],
  newId: () => string,
): ImportPlan {
  const notes: { at: number; text: string }[] = [];
  const model = new Map<string, PlanTag>(existing.map((t) => [t.id, { ...t }]));
  const byKey = new Map<string, PlanTag>();
  for (const tag of model.values()) if (!byKey.has(keyOf(tag.name))) byKey.set(keyOf(tag.name), tag);
  const wanted = new Map<string, Wanted>();
  const created: PlanTag[] = [];
  for (const [at, entry] of entries.entries()) {
    const warn: Warn = (text) => notes.push({ at, text });
    const name = cleanName(entry.name, entry.where, warn);
    const parentName = typeof entry.parent === 'string' ? cleanLine(entry.parent).trim().replace(/\s+/g, ' ') : null;
    const parent =
      entry.parent === undefined ? undefined : parentName ? truncate(parentName, MAX_TAG_NAME).trimEnd() : null;
    const color = cleanColor(entry.color, entry.where, warn);
    const description = cleanDescription(entry.description, entry.where, warn);
    if (wanted.has(keyOf(name))) {
      warn(`${entry.where}: “${name}” appears more than once in the file; only its first appearance was used.`);
      continue;
    }
    let tag = byKey.get(keyOf(name));
    if (!tag) {
      tag = { id: newId(), name, parentId: null, color, description };
      model.set(tag.id, tag);
      byKey.set(keyOf(name), tag);
      created.push(tag);
    }
    wanted.set(keyOf(name), { tag, parent, color, description, where: entry.where, at });
  }
  const before = new Map(existing.map((t) => [t.id, t]));
  const original = new Map(existing.map((t) => [t.id, t.parentId]));
  for (const { tag, parent, where, at } of wanted.values()) {
    if (parent === undefined) continue;
    if (parent === null) {
      tag.parentId = null;
      continue;
    }
    const target = byKey.get(keyOf(parent));
    if (target) tag.parentId = target.id;
    else {
      const stays = original.has(tag.id) ? 'it keeps its place' : 'it was put at the top';
      notes.push({
        at,
        text: `${where}: the parent “${parent}” is neither in the file nor in the codebook; ${stays}.`,
      });
    }
  }
  breakCycles([...wanted.values()].reverse(), model, original, notes);
  const updates: ImportPlan['updates'] = [];
  let unchanged = 0;
  for (const { tag, color, description } of wanted.values()) {
    const was = before.get(tag.id);
    if (!was) continue;
    const patch: Record<string, string | null> = {};
    if (color !== null && color !== was.color) patch.color = color;
    if (description !== '' && description !== was.description) patch.description = description;
    if (tag.parentId !== was.parentId) patch.parent_id = tag.parentId;
    if (Object.keys(patch).length > 0) updates.push({ id: tag.id, name: tag.name, patch });
    else unchanged += 1;
  }
  const isNew = new Set(created.map((t) => t.id));
  const inserts = flattenTree([...model.values()])
    .map(({ tag }) => tag)
    .filter((tag) => isNew.has(tag.id));
  return {
    inserts,
    updates,
    created: created.map((t) => t.name),
    updated: updates.map((u) => u.name),
    unchanged,
    warnings: notes.sort((a, b) => a.at - b.at).map((n) => n.text),
  };
}

/**
 * Until no tag sits under itself: the latest entry of the file that is on a cycle, and not yet sent
 * back, goes back where it was (an existing tag) or to the top (a new one). Every cycle runs through
 * an entry not yet sent back, since the library's own tree has none, so each round sends one back
 * and this ends.
 */
function breakCycles(
  latestFirst: readonly Wanted[],
  model: Map<string, PlanTag>,
  original: ReadonlyMap<string, string | null>,
  notes: { at: number; text: string }[],
): void {
  const onCycle = (id: string): boolean => {
    let current = model.get(id)?.parentId ?? null;
    for (let steps = 0; current !== null && steps <= model.size; steps += 1) {
      if (current === id) return true;
      current = model.get(current)?.parentId ?? null;
    }
    return false;
  };
  const sentBack = new Set<string>();
  for (;;) {
    const culprit = latestFirst.find((w) => !sentBack.has(w.tag.id) && onCycle(w.tag.id));
    if (!culprit) return;
    sentBack.add(culprit.tag.id);
    const parentName = model.get(culprit.tag.parentId as string)?.name ?? '';
    const back = original.has(culprit.tag.id) ? (original.get(culprit.tag.id) ?? null) : null;
    culprit.tag.parentId = back;
    const stays = original.has(culprit.tag.id) ? 'it keeps its place' : 'it was put at the top';
    notes.push({
      at: culprit.at,
      text: `${culprit.where}: “${culprit.tag.name}” cannot go under “${parentName}”, which would put it under itself; ${stays}.`,
    });
  }
}
