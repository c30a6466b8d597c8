/**
 * The references inside a bundle, which the database would otherwise enforce (or, for the tag tree,
 * the codebook service): every row belongs to the bundle's project, every id it names is a row of
 * the bundle, the tag tree has no cycle, and what the store keeps unique (a document's content hash,
 * a tag's name, a pin) is unique. Called after every row passed its schema.
 */
import { EXPORT_AGAIN, shown, type BundleError } from './refusal';
import type { ProjectSnapshot } from './format';

const broken = (what: string): BundleError => ({
  code: 'broken_reference',
  message: `This bundle is inconsistent: ${what}. ${EXPORT_AGAIN}`,
});

/** SQLite's NOCASE folds ASCII letters only, so two tag names clash exactly when this says so. */
const nocase = (name: string) => name.replace(/[A-Z]/g, (c) => c.toLowerCase());

function firstDuplicate<T>(items: readonly T[], keyOf: (item: T) => string | null): T | undefined {
  const seen = new Set<string>();
  return items.find((item) => {
    const key = keyOf(item);
    if (key === null) return false;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}

export function checkReferences({ tables, originals }: ProjectSnapshot): BundleError | null {
  const projectId = tables.projects[0]?.id;
  for (const table of ['documents', 'highlights', 'tags', 'events', 'brief_drafts'] as const) {
    const stray = (tables[table] as { id: string; project_id: string }[]).find((row) => row.project_id !== projectId);
    if (stray)
      return broken(`${table} row ${stray.id} belongs to project ${stray.project_id}, not to the bundle's project`);
  }
  const documents = new Map(tables.documents.map((d) => [d.id, d]));
  const highlights = new Set(tables.highlights.map((h) => h.id));
  const tags = new Map(tables.tags.map((t) => [t.id, t]));
  const events = new Set(tables.events.map((e) => e.id));

  const twin = firstDuplicate(tables.documents, (d) => d.content_hash);
  if (twin) return broken(`document ${twin.id} has the same text as another document`);
  for (const h of tables.highlights) {
    const doc = documents.get(h.document_id);
    if (!doc) return broken(`highlight ${h.id} belongs to document ${h.document_id}, which is not in the bundle`);
    if (h.status === 'anchored' && h.end_offset > doc.text.length) {
      return broken(`highlight ${h.id} ends after the text of its document`);
    }
  }
  const tagProblem = checkTagTree(tables.tags, tags);
  if (tagProblem) return tagProblem;
  for (const ht of tables.highlight_tags) {
    if (!highlights.has(ht.highlight_id))
      return broken(`a tag is applied to highlight ${ht.highlight_id}, which is not in the bundle`);
    if (!tags.has(ht.tag_id))
      return broken(`highlight ${ht.highlight_id} carries tag ${ht.tag_id}, which is not in the bundle`);
  }
  for (const eh of tables.event_highlights) {
    if (!events.has(eh.event_id))
      return broken(`a passage is linked to event ${eh.event_id}, which is not in the bundle`);
    if (!highlights.has(eh.highlight_id))
      return broken(`event ${eh.event_id} links highlight ${eh.highlight_id}, which is not in the bundle`);
  }
  for (const link of tables.highlight_links) {
    const missing = [link.from_id, link.to_id].find((hid) => !highlights.has(hid));
    if (missing) return broken(`a ${link.kind} link names highlight ${missing}, which is not in the bundle`);
  }
  for (const file of originals) {
    if (!documents.has(file.documentId))
      return broken(`an original file belongs to document ${file.documentId}, which is not in the bundle`);
  }
  const twice = firstDuplicate(originals, (f) => f.documentId);
  if (twice) return broken(`document ${twice.documentId} has more than one original file`);
  return null;
}

type TagRows = ProjectSnapshot['tables']['tags'];

function checkTagTree(rows: TagRows, tags: ReadonlyMap<string, TagRows[number]>): BundleError | null {
  const sameName = firstDuplicate(rows, (t) => nocase(t.name));
  if (sameName) return broken(`tag ${sameName.id} has the same name as another tag (“${shown(sameName.name)}”)`);
  const samePin = firstDuplicate(rows, (t) => (t.pin === null ? null : String(t.pin)));
  if (samePin) return broken(`tag ${samePin.id} is pinned to ${samePin.pin}, like another tag`);
  for (const tag of rows) {
    if (tag.parent_id !== null && !tags.has(tag.parent_id)) {
      return broken(`tag ${tag.id} sits under tag ${tag.parent_id}, which is not in the bundle`);
    }
  }
  // Walk up from each tag until the top or a tag already known to reach it; meeting the walk's own
  // path again means a loop. Each tag is walked once, so a long hostile chain stays linear.
  const reachesTop = new Set<string>();
  for (const tag of rows) {
    const path = new Set<string>();
    let at: string | null = tag.id;
    while (at !== null && !reachesTop.has(at)) {
      if (path.has(at)) return broken(`tag ${at} sits under itself (the tag tree has a loop)`);
      path.add(at);
      at = tags.get(at)?.parent_id ?? null;
    }
    for (const id of path) reachesTop.add(id);
  }
  return null;
}
