/**
 * The library list read in three queries (the covering index for the columns, one pass over the
 * highlights for counts and tags) against the per-document subqueries it replaced, which stay for
 * single summaries: for random libraries both must give the same summaries, in import order.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { describe as describeRange } from '../anchoring/selector';
import { openDatabase } from '../db/open';
import { insertHighlight, tagIdFor } from '../services/annotation-service';
import { createContext } from '../services/context';
import { insertDocument } from '../services/library-service';
import { ensureProject } from '../services/project-service';
import { DocumentsRepo } from './documents-repo';

const dir = mkdtempSync(join(tmpdir(), 'dossier-doc-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let run = 0;

const TAGS = ['Ports', 'gangs', 'Aid', 'aid workers', 'Kenya'];
const library = fc.array(
  fc.record({
    fileName: fc.constantFrom('a.txt', 'b.txt', 'c.md'),
    highlights: fc.array(fc.record({ tags: fc.subarray(TAGS), review: fc.boolean() }), { maxLength: 4 }),
  }),
  { maxLength: 8 },
);

describe('DocumentsRepo.list', () => {
  it('equals the per-document summaries, in import order, for any library', () => {
    fc.assert(
      fc.property(library, (docs) => {
        const db = openDatabase(join(dir, `library-${run++}.sqlite`));
        try {
          let tick = 0;
          // Every second document shares its import time with the one before: file name breaks the tie.
          const clock = () => new Date(Date.UTC(2025, 0, 1, 0, 0, Math.floor(tick++ / 2)));
          const { project } = ensureProject(db, clock().toISOString());
          const ctx = createContext(db, project.id, clock, () => undefined);
          docs.forEach((doc, i) => {
            const text = `Report ${i} on the port of Cap-Haïtien and the convoy.`;
            ctx.mutate('Seed', (w) => {
              const id = insertDocument(ctx, w, {
                fileName: doc.fileName,
                format: doc.fileName.endsWith('.md') ? 'markdown' : 'text',
                title: `Report ${i}`,
                author: null,
                source: i % 2 ? 'Reuters' : null,
                publishedDate: null,
                url: null,
                language: 'en',
                text,
                blocksJson: '[]',
                wordCount: 10,
                contentHash: `hash-${i}`,
                warnings: [],
              });
              doc.highlights.forEach((h, k) => {
                const selector = describeRange(text, k, k + 6)!;
                const highlightId = insertHighlight(ctx, w, id, selector, { color: 'yellow' });
                if (h.review) w.update('highlights', { id: highlightId }, { status: 'needs_review' });
                for (const name of h.tags)
                  w.insert('highlight_tags', { highlight_id: highlightId, tag_id: tagIdFor(ctx, w, name) });
              });
            });
          });
          const repo = new DocumentsRepo(db, project.id);
          const listed = repo.list(project.id);
          const expectedOrder = db
            .prepare('SELECT id FROM documents ORDER BY imported_at, file_name')
            .pluck()
            .all() as string[];
          expect(listed.map((d) => d.id)).toEqual(expectedOrder);
          expect(listed).toEqual(repo.summaries(expectedOrder));
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads the list from the covering index, with no sort and no table row (so no document text)', () => {
    const db = openDatabase(join(dir, 'plan.sqlite'));
    try {
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT d.id, d.title, d.source, d.author, d.published_date, d.url, d.language,
           d.file_name, d.format, d.word_count, d.imported_at, d.reliability
           FROM documents d WHERE d.project_id = ? ORDER BY d.imported_at, d.file_name`,
        )
        .all('p') as { detail: string }[];
      expect(plan.map((step) => step.detail)).toEqual(['SEARCH d USING COVERING INDEX documents_list (project_id=?)']);
    } finally {
      db.close();
    }
  });
});
