/**
 * What `synchronous=FULL` costs the library (docs/ARCHITECTURE.md, "Durability"): commits per
 * second for small writes (highlight creation) and the time of one 100-file import, each through
 * the services' own write path (`ctx.mutate`, change log included) on the library as
 * `openDatabase` opens it, once with FULL (what Dossier uses) and once switched back to NORMAL.
 * Figures only; the disk under the temp folder decides them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE_NAME } from '../electron/core/create-core';
import { openDatabase } from '../electron/core/db/open';
import { createHighlight } from '../electron/core/services/annotation-service';
import { createContext } from '../electron/core/services/context';
import { importFiles } from '../electron/core/services/library-service';
import { ensureProject } from '../electron/core/services/project-service';
import { percentile } from './latency';

const HIGHLIGHTS = 400;
const IMPORT_FILES = 100;

interface Figures {
  highlightsPerSecond: number;
  highlightP95Ms: number;
  importMs: number;
}

async function measure(mode: 'FULL' | 'NORMAL', text: (i: number) => string): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-durability-'));
  const db = openDatabase(join(dataDir, DB_FILE_NAME));
  try {
    db.pragma(`synchronous = ${mode}`);
    const clock = () => new Date();
    const { project } = ensureProject(db, clock().toISOString());
    const ctx = createContext(db, project.id, clock, () => undefined);
    const files = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `d${from + i}.txt`, bytes: Buffer.from(text(from + i)) }));
    const [doc] = (await importFiles(ctx, files(0, 1))).imported;
    if (!doc) throw new Error('the bench document was not imported');

    const latencies: number[] = [];
    const started = performance.now();
    for (let i = 0; i < HIGHLIGHTS; i++) {
      const t = performance.now();
      createHighlight(ctx, { documentId: doc.id, start: i % 50, end: (i % 50) + 20, color: 'yellow', note: `n${i}` });
      latencies.push(performance.now() - t);
    }
    const highlightsPerSecond = HIGHLIGHTS / ((performance.now() - started) / 1000);

    const batch = files(1, IMPORT_FILES);
    const importStarted = performance.now();
    await importFiles(ctx, batch);
    return {
      highlightsPerSecond,
      highlightP95Ms: percentile(latencies, 0.95),
      importMs: performance.now() - importStarted,
    };
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Prints NORMAL beside FULL; `text(i)` makes the i-th bench document. */
export async function benchDurability(text: (i: number) => string): Promise<void> {
  console.log(
    `\nDurability: the library's synchronous setting (${HIGHLIGHTS} highlights, one import of ${IMPORT_FILES} files)`,
  );
  console.log('| synchronous | highlights/s | highlight p95 ms | import of 100 files ms |');
  console.log('|---|---|---|---|');
  await measure('NORMAL', text); // warm-up: the first run also compiles the parsing and writing code
  for (const mode of ['NORMAL', 'FULL'] as const) {
    const f = await measure(mode, text);
    console.log(
      `| ${mode} | ${f.highlightsPerSecond.toFixed(0)} | ${f.highlightP95Ms.toFixed(2)} | ${f.importMs.toFixed(0)} |`,
    );
  }
  console.log('Dossier uses FULL: each commit waits for an fsync of the WAL, so it survives power loss.');
}
