/**
 * Test support for whole-project imports: a project with every kind of row (as the bundle round
 * trip test builds it, plus a brief whose scope names tags, events and documents by id), and a
 * view of a project's rows with every id replaced by what identifies the row by content, so two
 * projects holding the same rows under different ids compare equal field by field.
 */
import type { Db } from '../db/open';
import { snapshotProject, type ProjectSnapshot } from '../bundle';
import { bundleTables, type BundleTable } from '../bundle/row-schemas';
import { annotatedLibrary, highlightPhrase } from './annotated-library';
import { fileOf, type TempCore } from './temp-core';

export async function richProject(t: TempCore): Promise<void> {
  const { doc, highlight, event } = await annotatedLibrary(t);
  const md = '# Gangs\n\n- Viv Ansanm controls **most** of the capital 👮🏿\n- مرحبا at the port\n';
  const report = await t.call('documents.import', { files: [fileOf('gangs.md', md)] });
  const second = await t.call('documents.get', { id: report.imported[0]?.id ?? '' });
  await t.call('documents.update', { id: doc.id, reliability: 'B', source: 'Reuters', publishedDate: '2024-06' });
  const other = await highlightPhrase(t, second, 'controls most of the capital', ['Gangs']);
  await t.call('highlights.update', {
    id: highlight.id,
    note: 'Seen on TV\nand in print',
    credibility: 2,
    color: 'green',
  });
  await t.call('highlights.update', { id: other.id, credibility: 4, color: 'pink' });
  await t.call('highlights.link', { id: highlight.id, otherId: other.id, kind: 'contradicts' });
  const tags = await t.call('tags.list');
  const kenya = tags.find((tag) => tag.name === 'Kenya');
  const parent = await t.call('tags.create', { name: 'Actors', color: '#2ca02c', description: 'Who acts' });
  await t.call('tags.move', { id: kenya?.id ?? '', parentId: parent.id });
  await t.call('tags.update', { id: kenya?.id ?? '', pin: 3, color: '#d62728', description: 'The lead nation' });
  await t.call('events.create', { date: 'about March 2024', title: 'Talks', highlightIds: [other.id] });
  await t.call('events.create', { date: '../2024-04-22', title: 'Before the vote', description: 'Open start' });
  await t.call('brief.save', {
    title: 'MSS brief',
    structure: 'chronological',
    scope: {
      minGrade: { reliability: 'C' },
      tags: { ids: [parent.id], includeSubTags: true },
      eventIds: [event.id],
      documentIds: [doc.id, second.id],
    },
    summary: 'The mission *began*.',
    judgments: [{ id: 'j1', text: 'The mission is under-resourced.', citations: [highlight.id, other.id] }],
  });
}

type Rows = Record<string, unknown>[];

/**
 * Every table's rows with ids (and `project_id`) replaced by content keys: a document by its hash,
 * a highlight by its document and range, a tag by its name, an event by date and title. Ids inside
 * the brief's JSON are replaced too. Rows come sorted, so the order of ids does not matter.
 */
export function contentView(db: Db, projectId: string): Record<Exclude<BundleTable, 'projects'>, Rows> {
  const { tables } = snapshotProject(db, projectId);
  const key = new Map<string, string>();
  for (const d of tables.documents) key.set(d.id, `document ${d.content_hash}`);
  for (const h of tables.highlights) {
    key.set(h.id, `highlight ${key.get(h.document_id)} ${h.start_offset}-${h.end_offset}`);
  }
  for (const tag of tables.tags) key.set(tag.id, `tag ${tag.name}`);
  for (const e of tables.events) key.set(e.id, `event ${e.date} ${e.title}`);
  const swap = (id: unknown) => (typeof id === 'string' ? (key.get(id) ?? `unknown ${id}`) : id);
  // Inside JSON only strings that are ids of this project are swapped; an id left unmapped shows as itself.
  const swapKnown = (_key: string, value: unknown) => (typeof value === 'string' ? (key.get(value) ?? value) : value);
  const idColumns = ['id', 'document_id', 'parent_id', 'highlight_id', 'tag_id', 'event_id', 'from_id', 'to_id'];
  const view = (table: BundleTable, rows: Rows): Rows =>
    rows
      .map((row) => {
        const out: Record<string, unknown> = { ...row, project_id: undefined };
        for (const column of idColumns) if (column in row && row[column] !== null) out[column] = swap(row[column]);
        if (table === 'brief_drafts') {
          out.id = 'brief';
          out.settings_json = JSON.parse(String(row.settings_json), swapKnown);
          out.judgments_json = JSON.parse(String(row.judgments_json), swapKnown);
        }
        return out;
      })
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const out = {} as Record<Exclude<BundleTable, 'projects'>, Rows>;
  for (const table of bundleTables) if (table !== 'projects') out[table] = view(table, tables[table]);
  return out;
}

/** How many rows each table of a project holds. */
export function rowCounts(snapshot: ProjectSnapshot): Record<string, number> {
  return Object.fromEntries(bundleTables.map((table) => [table, snapshot.tables[table].length]));
}
