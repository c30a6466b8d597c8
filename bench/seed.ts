/**
 * Puts the bench corpus into a library folder through core's own write path (schema, project,
 * `ctx.mutate` with its change log), skipping only file parsing, which would make seeding 10,000
 * documents slower than what it is there to measure. Run before `createCore` opens the folder, so
 * the search engine starts on a library it has never indexed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE_NAME } from '../electron/core/create-core';
import { openDatabase } from '../electron/core/db/open';
import { buildDocument } from '../electron/core/importers/build-document';
import { plainTextBlocks } from '../electron/core/importers/plain-text';
import { createContext } from '../electron/core/services/context';
import { insertDocument } from '../electron/core/services/library-service';
import { ensureProject } from '../electron/core/services/project-service';
import type { CorpusDocument } from './search-corpus';

const BATCH = 1_000;

/** Stores the documents in batches of 1,000 and returns their ids, in order. */
export function seedDocuments(dataDir: string, docs: readonly CorpusDocument[]): string[] {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, DB_FILE_NAME));
  try {
    const clock = () => new Date();
    const { project } = ensureProject(db, clock().toISOString());
    const ctx = createContext(db, project.id, clock, () => undefined);
    const ids: string[] = [];
    for (let start = 0; start < docs.length; start += BATCH) {
      const batch = docs.slice(start, start + BATCH);
      const batchIds = ctx.mutate(
        `Seed ${batch.length} bench documents`,
        (w) =>
          batch.map((doc, i) => {
            const built = buildDocument(plainTextBlocks(doc.text));
            return insertDocument(ctx, w, {
              fileName: `bench-${start + i}.txt`,
              format: 'text',
              title: doc.title,
              author: doc.author,
              source: doc.source,
              publishedDate: doc.publishedDate,
              url: null,
              language: 'en',
              text: built.text,
              blocksJson: JSON.stringify(built.blocks),
              wordCount: doc.words,
              contentHash: createHash('sha256').update(built.text).digest('hex'),
              warnings: [],
            });
          }),
        'system',
      );
      ids.push(...batchIds);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    return ids;
  } finally {
    db.close();
  }
}
