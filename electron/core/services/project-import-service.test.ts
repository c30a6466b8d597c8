/**
 * .dossier bundles into a library through the real core: as a new project (every row back under
 * new ids, compared field by field through the content of the rows they point at), merged into the
 * project they came from (nothing duplicated, a second merge adds nothing, one undo step), and
 * refused bundles changing nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../contract';
import { snapshotProject } from '../bundle';
import { packBundle, smallSnapshot } from '../bundle/test-bundles';
import { openDatabase, type Db } from '../db/open';
import { annotatedLibrary, highlightPhrase, reportText } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';
import { contentView, richProject, rowCounts } from '../testing/rich-project';

let t: TempCore;
let db: Db;
beforeEach(() => {
  t = tempCore();
  db = openDatabase(t.core.dbPath);
});
// The core's search workers close in dispose; a loaded machine takes its time.
afterEach(async () => {
  db.close();
  await t.dispose();
}, 60_000);

const asFile = (contentBase64: string) => ({ fileName: 'haiti.dossier', contentBase64 });
const bundleFile = (bytes: Uint8Array) => asFile(Buffer.from(bytes).toString('base64'));

async function exported(core: TempCore = t): Promise<MethodOutput<'bundle.export'>> {
  return core.call('bundle.export');
}

/** Every project with its rows per table: what a refused import must leave exactly as it was. */
async function libraryState(core: TempCore, handle: Db) {
  const { projects } = await core.call('projects.list');
  return projects.map((p) => ({ ...p, rows: rowCounts(snapshotProject(handle, p.id)) }));
}

// Each test builds a library through the core (and some a second one); generous time for a busy machine.
const SLOW = { timeout: 60_000 };

describe('bundle.import as a new project', SLOW, () => {
  it('brings every row back under new ids, field by field, into a project of its own', async () => {
    await richProject(t);
    const bundle = await exported();
    const report = await t.call('bundle.import', { file: asFile(bundle.contentBase64) });

    expect(report.mode).toBe('new');
    // The bundle came from this library: its name is taken, so the copy gets a free variant.
    expect(report.project.name).toBe(`${bundle.project.name} (2)`);
    expect(report.project.id).not.toBe(bundle.project.id);
    const counts = Object.entries(bundle.counts).filter(([what]) => what !== 'originals' && what !== 'projects');
    expect(report.added).toEqual(Object.fromEntries(counts));
    expect(Object.values(report.unchanged).every((n) => n === 0)).toBe(true);
    expect(report.warnings).toEqual([]);

    const before = snapshotProject(db, bundle.project.id).tables;
    const after = snapshotProject(db, report.project.id).tables;
    const oldIds = new Set(
      [...before.documents, ...before.highlights, ...before.tags, ...before.events].map((r) => r.id),
    );
    for (const row of [
      ...after.documents,
      ...after.highlights,
      ...after.tags,
      ...after.events,
      ...after.brief_drafts,
    ]) {
      expect(oldIds.has(row.id)).toBe(false);
      expect(row.project_id).toBe(report.project.id);
    }
    expect(contentView(db, report.project.id)).toEqual(contentView(db, bundle.project.id));
  });

  it('is searchable and undoable in its own project, and leaves the original alone', async () => {
    await richProject(t);
    const bundle = await exported();
    const { project } = await t.call('bundle.import', { file: asFile(bundle.contentBase64), as: 'Haiti copy' });
    expect(project.name).toBe('Haiti copy');
    expect(project.documentCount).toBe(2);
    const scope = { project: 'Haiti copy' };
    const docs = await t.call('documents.list', {}, scope);
    expect(docs.map((d) => d.title).sort()).toEqual(['Gangs', 'Kenyan police arrived in Port-au-Prince']);
    // Its own search index holds its own documents; the original's finds the original.
    const gangs = docs.find((d) => d.title === 'Gangs')?.id;
    const found = await t.call('search.query', { q: 'Ansanm' }, scope);
    expect(found.documents.hits.map((h) => h.documentId)).toEqual([gangs]);
    const original = await t.call('search.query', { q: 'Ansanm' }, { project: bundle.project.id });
    expect(original.documents.hits.map((h) => h.documentId)).not.toContain(gangs);
    expect(original.documents.hits).toHaveLength(1);
    const brief = await t.call('brief.get', {}, scope);
    const highlights = await t.call('documents.get', { id: docs[0]?.id ?? '' }, scope);
    expect(brief.judgments[0]?.citations).toContain(highlights.highlights[0]?.id);

    await t.call('history.undo', {}, scope);
    expect(await t.call('documents.list', {}, scope)).toEqual([]);
    expect(await t.call('documents.list', {}, { project: bundle.project.id })).toHaveLength(2);
  });

  it('refuses a name that is taken when it was asked for, and a name with a merge', async () => {
    const bundle = await exported();
    const error = await t.fails('bundle.import', { file: asFile(bundle.contentBase64), as: bundle.project.name });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`There is already a project named “${bundle.project.name}”`);
    const both = await t.fails('bundle.import', { file: asFile(bundle.contentBase64), as: 'Other', merge: true });
    expect(both.code).toBe('invalid_input');
    expect((await t.call('projects.list')).projects).toHaveLength(1);
  });
});

describe('bundle.import merged into the project it came from', SLOW, () => {
  it('merges into the same project by id: nothing is added, everything is unchanged', async () => {
    await richProject(t);
    const bundle = await exported();
    const report = await t.call('bundle.import', { file: asFile(bundle.contentBase64), merge: true });
    expect(report.mode).toBe('merge');
    expect(report.project.id).toBe(bundle.project.id);
    expect(Object.values(report.added).every((n) => n === 0)).toBe(true);
    expect(report.unchanged).toMatchObject({ documents: 2, highlights: 2, tags: 4, events: 3, highlight_links: 1 });
    expect((await t.call('projects.list')).projects).toHaveLength(1);
  });

  it('merges by name into another library: same text reused, annotations added, nothing duplicated', async () => {
    await richProject(t);
    const bundle = await exported();
    const other = tempCore();
    const otherDb = openDatabase(other.core.dbPath);
    try {
      // The other library holds a project of the same name (other case) with one of the documents,
      // one highlight on the same passage, a tag of the same name in another case and its own brief-less state.
      const { current } = await other.call('projects.list');
      await other.call('projects.rename', { project: current, name: bundle.project.name.toUpperCase() });
      const imported = await other.call('documents.import', { files: [fileOf('kenya.txt', reportText)] });
      const doc = await other.call('documents.get', { id: imported.imported[0]?.id ?? '' });
      const mine = await highlightPhrase(other, doc, 'first Kenyan police officers arrived', ['kenya']);
      await other.call('highlights.update', { id: mine.id, note: 'Mine' });

      const inspected = await other.call('bundle.inspect', { file: asFile(bundle.contentBase64) });
      expect(inspected.existing?.id).toBe(current);
      expect(inspected.counts).toEqual(bundle.counts);

      const report = await other.call('bundle.import', { file: asFile(bundle.contentBase64), merge: true });
      expect(report.project.id).toBe(current);
      expect(report.warnings).toEqual([expect.stringContaining('had no brief, so it now has the bundle')]);
      expect(report.added).toMatchObject({
        documents: 1,
        highlights: 1,
        events: 3,
        highlight_links: 1,
        brief_drafts: 1,
      });
      expect(report.unchanged).toMatchObject({ documents: 1, highlights: 1 });
      // "Kenya" met "kenya": the target's tag is kept, not duplicated, and not moved under the bundle's parent.
      expect(report.unchanged.tags).toBe(1);
      const tags = await other.call('tags.list');
      expect(tags.filter((tag) => tag.name.toLowerCase() === 'kenya')).toMatchObject([
        { name: 'kenya', parentId: null },
      ]);

      const highlight = (await other.call('documents.get', { id: doc.id })).highlights;
      expect(highlight).toHaveLength(1);
      expect(highlight[0]).toMatchObject({ id: mine.id, note: 'Mine' });
      const brief = await other.call('brief.get');
      expect(brief.judgments[0]?.citations[0]).toBe(mine.id);
      expect(brief.scope.documentIds).toContain(doc.id);

      const again = await other.call('bundle.import', { file: asFile(bundle.contentBase64), merge: true });
      expect(Object.values(again.added).every((n) => n === 0)).toBe(true);
      expect(again.warnings).toEqual([expect.stringContaining('keeps its own brief')]);

      // The first merge is one undo step (the second wrote nothing, so it is none).
      const merged = rowCounts(snapshotProject(otherDb, current));
      expect(merged).toMatchObject({ documents: 2, highlights: 2, events: 3 });
      await other.call('history.undo');
      expect(rowCounts(snapshotProject(otherDb, current))).toMatchObject({
        documents: 1,
        highlights: 1,
        events: 0,
        brief_drafts: 0,
      });
    } finally {
      otherDb.close();
      await other.dispose();
    }
  });

  it('says to import as a new project when no project matches', async () => {
    const bundle = await exported();
    const other = tempCore();
    try {
      await other.call('projects.rename', { project: (await other.call('projects.list')).current, name: 'Else' });
      expect(await other.call('bundle.inspect', { file: asFile(bundle.contentBase64) })).toMatchObject({
        project: bundle.project,
        existing: null,
      });
      const error = await other.fails('bundle.import', { file: asFile(bundle.contentBase64), merge: true });
      expect(error.code).toBe('not_found');
      expect(error.message).toContain('Import it as a new project');
    } finally {
      await other.dispose();
    }
  });
});

describe('refused bundles change nothing', SLOW, () => {
  const cases: [string, () => Uint8Array, string][] = [
    ['a file that is not a zip', () => new TextEncoder().encode('not a zip at all'), 'not a zip archive'],
    [
      'a bundle from a newer Dossier',
      () => packBundle(smallSnapshot().tables, { manifest: { formatVersion: 2 } }),
      'update Dossier',
    ],
    [
      'a bundle whose highlight points at a missing document',
      () => {
        const { tables } = smallSnapshot();
        const highlights = tables.highlights.map((h) => ({ ...h, document_id: 'gone' }));
        return packBundle({ ...tables, highlights });
      },
      'not in the bundle',
    ],
  ];
  it.each(cases)('%s', async (_name, bytes, message) => {
    await annotatedLibrary(t);
    const before = await libraryState(t, db);
    const attempts = [
      await t.fails('bundle.inspect', { file: bundleFile(bytes()) }),
      await t.fails('bundle.import', { file: bundleFile(bytes()) }),
      await t.fails('bundle.import', { file: bundleFile(bytes()), as: 'Fresh name' }),
      await t.fails('bundle.import', { file: bundleFile(bytes()), merge: true }),
    ];
    for (const error of attempts) {
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain(message);
    }
    expect(await libraryState(t, db)).toEqual(before);
  });
});
