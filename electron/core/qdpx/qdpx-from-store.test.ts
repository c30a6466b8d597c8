/** The store adapter on a real library: what the analyst coded is what the .qdpx carries. */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectsRepo } from '../repos/projects-repo';
import { annotatedLibrary, highlightPhrase } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';
import { checkProjectXml } from './project-schema-check';
import { qdpxInputFromStore } from './qdpx-from-store';
import { readQdpx } from './read-qdpx';
import { projectXml, writeQdpx } from './write-qdpx';

let t: TempCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

describe('qdpxInputFromStore', () => {
  it('reads documents, the tag tree and the highlights with their tag ids, and the export reads back', async () => {
    t = tempCore();
    const { doc, highlight } = await annotatedLibrary(t);
    const report = await t.call('documents.import', {
      files: [fileOf('brief.txt', 'Crisis 🇭🇹 brief: gangs 😀 still control the capital.\n')],
    });
    const brief = await t.call('documents.get', { id: report.imported[0]!.id });
    const gangs = await highlightPhrase(t, brief, 'gangs 😀 still control', ['Kenya']);
    await t.call('highlights.update', { id: gangs.id, note: 'Check the <figure> & date' });
    const tags = await t.call('tags.list');
    const kenya = tags.find((tag) => tag.name === 'Kenya')!;
    const deployment = tags.find((tag) => tag.name === 'deployment')!;
    await t.call('tags.move', { id: kenya.id, parentId: deployment.id });
    await t.call('tags.update', { id: deployment.id, color: '#1f77b4', description: 'Troops on the ground' });

    const db = new Database(t.core.dbPath, { readonly: true });
    try {
      const project = new ProjectsRepo(db).list()[0]!;
      const scope = {
        projectId: project.id,
        projectName: project.name,
        userName: 'Analyst',
        exportedAt: '2025-03-01T10:00:00.000Z',
      };
      const { input, needsReview } = qdpxInputFromStore(db, scope);
      expect(needsReview).toEqual([]);
      expect(input.documents.map((d) => d.id)).toEqual(expect.arrayContaining([doc.id, brief.id]));
      expect(input.documents.find((d) => d.id === brief.id)?.text).toBe(brief.text);
      expect(input.tags).toEqual(
        expect.arrayContaining([
          {
            id: deployment.id,
            name: 'deployment',
            parentId: null,
            color: '#1f77b4',
            description: 'Troops on the ground',
          },
          { id: kenya.id, name: 'Kenya', parentId: deployment.id, color: null, description: '' },
        ]),
      );
      expect(input.highlights.find((h) => h.id === highlight.id)?.tags).toEqual([deployment.id, kenya.id].sort());
      expect(input.highlights.find((h) => h.id === gangs.id)).toMatchObject({
        documentId: brief.id,
        start: gangs.start,
        end: gangs.end,
        quote: 'gangs 😀 still control',
        note: 'Check the <figure> & date',
        tags: [kenya.id],
      });
      expect(checkProjectXml(projectXml(input)).problems).toEqual([]);

      const read = readQdpx(writeQdpx(input));
      if (!read.ok) throw new Error(read.error);
      const source = read.project.sources.find((s) => s.guid === brief.id);
      expect(source?.selections).toEqual([
        { start: gangs.start, end: gangs.end, codes: [kenya.id], note: 'Check the <figure> & date' },
      ]);
      expect(read.project.codes.find((c) => c.guid === deployment.id)?.children.map((c) => c.name)).toEqual(['Kenya']);
    } finally {
      db.close();
    }
  });
});
