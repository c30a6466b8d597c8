/**
 * How a bundle's rows enter a project, worked out before anything is written: every row the target
 * lacks gets a new id (ids are the library's primary keys, and a bundle may come from this very
 * library), and every reference is carried through the id map. A row the target already holds is
 * reused, never duplicated: a document by its content hash, a highlight by document, range and quote,
 * a tag by name (any case), an event by EDTF date and title, link rows by their pair. Importing as a
 * new project is the same plan against a project with no rows, so both paths keep every field.
 * Pure over plain rows.
 */
import type { ProjectSnapshot } from '../bundle';
import { flattenTree } from '../codebook/tree';
import type { ProjectKeys } from '../repos/project-keys-repo';
import type { Row, UserTable } from '../repos/tables';
import { remapBriefDraft } from './bundle-brief-ids';

/** The tables a report counts (the project row is not one of them). */
export const reportedTables = [
  'documents',
  'highlights',
  'tags',
  'highlight_tags',
  'events',
  'event_highlights',
  'highlight_links',
  'brief_drafts',
] as const;
export type ReportedTable = (typeof reportedTables)[number];
export type TableCounts = Record<ReportedTable, number>;

export interface MergePlan {
  /** Rows to insert, in an order that satisfies every foreign key. */
  inserts: { table: UserTable; row: Row }[];
  added: TableCounts;
  unchanged: TableCounts;
  warnings: string[];
}

export interface MergeTarget {
  projectId: string;
  /** Names the target in warnings. */
  name: string;
  keys: ProjectKeys;
  newId: () => string;
  /** Merging into a project that was there (not filling a new one): what is taken or kept is said. */
  merging: boolean;
}

const zeroCounts = (): TableCounts => Object.fromEntries(reportedTables.map((table) => [table, 0])) as TableCounts;

/** Case-insensitive beyond ASCII, so a match is found wherever SQLite's NOCASE index would clash. */
const nameKey = (name: string) => name.toLowerCase();
const pairKey = (a: string, b: string) => `${a}\u0000${b}`;
const rangeKey = (documentId: string, start: number, end: number, quote: string) =>
  `${documentId}\u0000${start}\u0000${end}\u0000${quote}`;

export function planMerge(snapshot: ProjectSnapshot, target: MergeTarget): MergePlan {
  const { tables } = snapshot;
  const { keys, projectId } = target;
  const plan: MergePlan = { inserts: [], added: zeroCounts(), unchanged: zeroCounts(), warnings: [] };
  const ids = new Map<string, string>();
  const insert = (table: ReportedTable, row: Row) => {
    plan.inserts.push({ table, row });
    plan.added[table] += 1;
  };
  const reuse = (table: ReportedTable, from: string, to: string) => {
    ids.set(from, to);
    plan.unchanged[table] += 1;
  };
  const fresh = (from: string) => {
    const id = target.newId();
    ids.set(from, id);
    return id;
  };
  const mapped = (id: string) => ids.get(id) as string;

  const documents = new Map(keys.documents.map((d) => [d.content_hash, d.id]));
  for (const doc of tables.documents) {
    const existing = documents.get(doc.content_hash);
    if (existing !== undefined) reuse('documents', doc.id, existing);
    else insert('documents', { ...doc, id: fresh(doc.id), project_id: projectId });
  }

  const highlights = new Map<string, string>();
  for (const h of keys.highlights) {
    const key = rangeKey(h.document_id, h.start_offset, h.end_offset, h.quote);
    if (!highlights.has(key)) highlights.set(key, h.id);
  }
  for (const h of tables.highlights) {
    const documentId = mapped(h.document_id);
    const existing = highlights.get(rangeKey(documentId, h.start_offset, h.end_offset, h.quote));
    if (existing !== undefined) reuse('highlights', h.id, existing);
    else insert('highlights', { ...h, id: fresh(h.id), project_id: projectId, document_id: documentId });
  }

  const tags = new Map<string, string>();
  for (const tag of keys.tags) if (!tags.has(nameKey(tag.name))) tags.set(nameKey(tag.name), tag.id);
  const pins = new Set(keys.tags.flatMap((tag) => (tag.pin === null ? [] : [tag.pin])));
  // Parents first, so each new tag's parent is mapped (and inserted) before it.
  const tree = flattenTree(tables.tags.map((row) => ({ id: row.id, parentId: row.parent_id, row })));
  for (const { tag } of tree) {
    const { row } = tag;
    const existing = tags.get(nameKey(row.name));
    if (existing !== undefined) {
      reuse('tags', row.id, existing);
      continue;
    }
    let pin = row.pin;
    if (pin !== null && pins.has(pin)) {
      plan.warnings.push(
        `The tag “${row.name}” is pinned to key ${pin} in the bundle, which “${target.name}” already gives to another tag; it was imported unpinned.`,
      );
      pin = null;
    }
    const parentId = row.parent_id === null ? null : mapped(row.parent_id);
    insert('tags', { ...row, id: fresh(row.id), project_id: projectId, parent_id: parentId, pin });
  }

  const pairs = (list: readonly { a: string; b: string }[]) => new Set(list.map(({ a, b }) => pairKey(a, b)));
  const taken = pairs(keys.highlightTags.map((r) => ({ a: r.highlight_id, b: r.tag_id })));
  for (const row of tables.highlight_tags) {
    const [highlightId, tagId] = [mapped(row.highlight_id), mapped(row.tag_id)];
    if (taken.has(pairKey(highlightId, tagId))) plan.unchanged.highlight_tags += 1;
    else {
      taken.add(pairKey(highlightId, tagId));
      insert('highlight_tags', { highlight_id: highlightId, tag_id: tagId });
    }
  }

  const events = new Map<string, string>();
  for (const e of keys.events) if (!events.has(pairKey(e.date, e.title))) events.set(pairKey(e.date, e.title), e.id);
  for (const event of tables.events) {
    const existing = events.get(pairKey(event.date, event.title));
    if (existing !== undefined) reuse('events', event.id, existing);
    else insert('events', { ...event, id: fresh(event.id), project_id: projectId });
  }

  const linked = pairs(keys.eventHighlights.map((r) => ({ a: r.event_id, b: r.highlight_id })));
  for (const row of tables.event_highlights) {
    const [eventId, highlightId] = [mapped(row.event_id), mapped(row.highlight_id)];
    if (linked.has(pairKey(eventId, highlightId))) plan.unchanged.event_highlights += 1;
    else {
      linked.add(pairKey(eventId, highlightId));
      insert('event_highlights', { ...row, event_id: eventId, highlight_id: highlightId });
    }
  }

  const links = pairs(keys.highlightLinks.map((r) => ({ a: r.from_id, b: r.to_id })));
  for (const row of tables.highlight_links) {
    const [fromId, toId] = [mapped(row.from_id), mapped(row.to_id)];
    // Two highlights of the bundle may both be one highlight of the target: a link to itself is dropped.
    if (fromId === toId || links.has(pairKey(fromId, toId))) plan.unchanged.highlight_links += 1;
    else {
      links.add(pairKey(fromId, toId));
      insert('highlight_links', { ...row, from_id: fromId, to_id: toId });
    }
  }

  const brief = tables.brief_drafts[0];
  if (brief && keys.briefDraft !== null) {
    plan.unchanged.brief_drafts += 1;
    plan.warnings.push(
      `“${target.name}” keeps its own brief; the bundle's brief${brief.title ? ` “${brief.title}”` : ''} was not imported.`,
    );
  } else if (brief) {
    insert('brief_drafts', { ...remapBriefDraft(brief, ids), id: target.newId(), project_id: projectId });
    if (target.merging) {
      plan.warnings.push(
        `“${target.name}” had no brief, so it now has the bundle's${brief.title ? ` (“${brief.title}”)` : ''}.`,
      );
    }
  }
  return plan;
}
