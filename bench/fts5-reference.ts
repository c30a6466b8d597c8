/**
 * The reference the Dossier engine is compared with: SQLite FTS5 over the same documents, set up as
 * SEARCH-PERF.md measured it (porter unicode61 remove_diacritics 2, external content table kept in
 * step by triggers, WAL, synchronous=NORMAL, bm25 with the title weighted 2) in its own file in a
 * temporary folder. Fuzzy queries are expanded over the fts5vocab term list inside the timed region.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoPaths } from '../electron/core/repo-paths';
import {
  markerWord,
  percentile,
  spread,
  summarize,
  timeQueries,
  zeroHitsByClass,
  type QueryLatency,
  type Spread,
  type ZeroHits,
} from './latency';
import { extraDocument, withMarker, type CorpusDocument } from './search-corpus';
import { anchorQueries, stem, withinOneEdit, type BenchQuery } from './search-queries';

export interface ChangeTiming {
  commit: Spread;
  /** From the commit until a query finds the change. */
  searchable: Spread;
}

export interface Fts5Figures {
  importMs: number;
  checkpointMs: number;
  dbMegabytes: number;
  add: ChangeTiming;
  edit: ChangeTiming;
  large: { commitMs: number; searchableMs: number };
  vocabulary: { terms: number; loadMs: number };
  queries: QueryLatency;
  anchors: Record<string, number>;
  zeroHits: ZeroHits;
  coldStart: { nodeEmptyMs: number; wallMs: number[]; firstQueryMs: number[] };
}

const schema = `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY, title TEXT NOT NULL, source TEXT, author TEXT, published_date TEXT, body TEXT NOT NULL
);
CREATE VIRTUAL TABLE docs_fts USING fts5(
  title, body, content='documents', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO docs_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO docs_fts(docs_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, body ON documents BEGIN
  INSERT INTO docs_fts(docs_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO docs_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO docs_fts(docs_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0)');
CREATE VIRTUAL TABLE docs_vocab USING fts5vocab(docs_fts, 'row');
`;

/** What a results list shows: the best 20, with a snippet of the body. */
export const TOP_20_SQL = `SELECT d.id, d.title, snippet(docs_fts, 1, '[', ']', '…', 12) AS snippet
  FROM docs_fts JOIN documents d ON d.id = docs_fts.rowid WHERE docs_fts MATCH ? ORDER BY rank LIMIT 20`;

function openReference(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

function insertAll(db: Database.Database, docs: readonly CorpusDocument[]): void {
  const insert = db.prepare(
    'INSERT INTO documents (title, source, author, published_date, body) VALUES (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const d of docs) insert.run(d.title, d.source, d.author, d.publishedDate, d.text);
  })();
}

export async function measureFts5(
  docs: readonly CorpusDocument[],
  queries: readonly BenchQuery[],
  large: CorpusDocument,
): Promise<Fts5Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-fts5-'));
  try {
    warmUp(dir, docs.slice(0, 500));
    const file = join(dir, 'reference.sqlite');
    const db = openReference(file);
    db.exec(schema);
    let started = performance.now();
    insertAll(db, docs);
    const importMs = performance.now() - started;
    started = performance.now();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const checkpointMs = performance.now() - started;
    const dbMegabytes = statSync(file).size / 1024 / 1024;

    const top20 = db.prepare(TOP_20_SQL);
    started = performance.now();
    const terms = (db.prepare('SELECT term FROM docs_vocab').pluck().all() as string[]).filter((t) =>
      /^\p{L}+$/u.test(t),
    );
    const vocabulary = byLength(terms);
    const loadMs = performance.now() - started;
    const matchOf = (q: BenchQuery) => (q.fuzzyWord === undefined ? q.fts5 : fuzzyMatch(q.fuzzyWord, vocabulary));
    const run = (q: BenchQuery) => {
      const match = matchOf(q);
      return match ? top20.all(match) : [];
    };
    const medians = await timeQueries(queries, run);
    const count = db.prepare('SELECT count(*) FROM docs_fts WHERE docs_fts MATCH ?').pluck();
    const totalOf = (q: BenchQuery) => {
      const match = matchOf(q);
      return match ? (count.get(match) as number) : 0;
    };
    const anchors = Object.fromEntries(
      anchorQueries.map((a) => {
        const q = queries.find((x) => x.dossier === a);
        return [a, q ? totalOf(q) : Number.NaN];
      }),
    );
    const figures: Fts5Figures = {
      importMs,
      checkpointMs,
      dbMegabytes,
      add: timeAdds(db, top20),
      edit: timeEdits(db, top20),
      large: timeLarge(db, top20, large),
      vocabulary: { terms: terms.length, loadMs },
      queries: summarize(queries, medians),
      anchors,
      zeroHits: zeroHitsByClass(queries, totalOf),
      coldStart: { nodeEmptyMs: 0, wallMs: [], firstQueryMs: [] },
    };
    db.close();
    figures.coldStart = coldStart(file);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * FTS5's ingest of a folder of files (the import bench's): each read as UTF-8 and stored whole as
 * the body, its name as the title, all in one transaction into a fresh reference database. The
 * same bytes Dossier imports, with no parsing: what "disk speed into an index" means here.
 * Returns the ms from the first read to the commit.
 */
export function ingestFiles(folder: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-fts5-ingest-'));
  try {
    const db = openReference(join(dir, 'reference.sqlite'));
    db.exec(schema);
    const insert = db.prepare('INSERT INTO documents (title, body) VALUES (?, ?)');
    const started = performance.now();
    db.transaction(() => {
      for (const name of readdirSync(folder).sort()) insert.run(name, readFileSync(join(folder, name), 'utf8'));
    })();
    const ms = performance.now() - started;
    db.close();
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The reference's JIT warm-up: the same import on 500 documents, thrown away. */
function warmUp(dir: string, docs: readonly CorpusDocument[]): void {
  const db = openReference(join(dir, 'warm-up.sqlite'));
  db.exec(schema);
  insertAll(db, docs);
  db.close();
}

function timeAdds(db: Database.Database, top20: Database.Statement): ChangeTiming {
  const insert = db.prepare(
    'INSERT INTO documents (title, source, author, published_date, body) VALUES (?, ?, ?, ?, ?)',
  );
  const commit: number[] = [];
  const searchable: number[] = [];
  // The first add is a warm-up, as on the Dossier side: 20 timed after it.
  for (let i = 0; i <= 20; i++) {
    const marker = markerWord('fts', i);
    const d = withMarker(extraDocument(i), marker);
    const started = performance.now();
    const id = insert.run(d.title, d.source, d.author, d.publishedDate, d.text).lastInsertRowid;
    const committed = performance.now();
    const found = (top20.all(`"${marker}"`) as { id: number }[]).some((r) => r.id === Number(id));
    if (!found) throw new Error(`FTS5 did not find the added document ${marker}`);
    if (i === 0) continue;
    commit.push(committed - started);
    searchable.push(performance.now() - committed);
  }
  return { commit: spread(commit), searchable: spread(searchable) };
}

function timeEdits(db: Database.Database, top20: Database.Statement): ChangeTiming {
  const update = db.prepare('UPDATE documents SET title = ? WHERE id = ?');
  const commit: number[] = [];
  const searchable: number[] = [];
  for (let i = 0; i <= 10; i++) {
    const marker = markerWord('ftsedit', i);
    const id = 1 + i * 37;
    const started = performance.now();
    update.run(`Retitled ${marker} report`, id);
    const committed = performance.now();
    const found = (top20.all(`title : "${marker}"`) as { id: number }[]).some((r) => r.id === id);
    if (!found) throw new Error(`FTS5 did not find the retitled document ${marker}`);
    if (i === 0) continue;
    commit.push(committed - started);
    searchable.push(performance.now() - committed);
  }
  return { commit: spread(commit), searchable: spread(searchable) };
}

function timeLarge(
  db: Database.Database,
  top20: Database.Statement,
  large: CorpusDocument,
): { commitMs: number; searchableMs: number } {
  const marker = markerWord('ftslarge', 0);
  const d = withMarker(large, marker);
  const started = performance.now();
  db.prepare('INSERT INTO documents (title, source, author, published_date, body) VALUES (?, ?, ?, ?, ?)').run(
    d.title,
    d.source,
    d.author,
    d.publishedDate,
    d.text,
  );
  const committed = performance.now();
  if (top20.all(`"${marker}"`).length === 0) throw new Error('FTS5 did not find the 1 MiB document');
  return { commitMs: committed - started, searchableMs: performance.now() - committed };
}

/** The vocabulary grouped by term length, so a fuzzy expansion reads only lengths n − 1 … n + 1. */
export function byLength(terms: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const term of terms) {
    const group = groups.get(term.length);
    if (group) group.push(term);
    else groups.set(term.length, [term]);
  }
  return groups;
}

/** `word~1` for FTS5: every vocabulary term within one edit of the word or of its Porter stem, OR-ed. */
export function fuzzyMatch(word: string, vocabulary: ReadonlyMap<number, readonly string[]>): string {
  const terms = new Set<string>();
  for (const form of new Set([word, stem(word)])) {
    for (let length = form.length - 1; length <= form.length + 1; length++) {
      for (const term of vocabulary.get(length) ?? []) if (withinOneEdit(term, form)) terms.add(term);
    }
  }
  // A query term passes through porter again, and "devis" would become "devi"; FTS5 does not stem
  // prefix terms, so a term that is not its own stem is asked for as a prefix (a slight superset).
  return [...terms].map((t) => (stem(t) === t ? `"${t}"` : `"${t}"*`)).join(' OR ');
}

const coldStartScript = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.prepare('SELECT count(*) FROM documents').get();
const rows = db.prepare(process.argv[2]).all('"haiti"');
process.stdout.write(JSON.stringify({ rows: rows.length, firstQueryMs: performance.now() }));
`;

/** A fresh Node process opens the file and answers a top-20 query (warm page cache): 5 runs. */
function coldStart(file: string): Fts5Figures['coldStart'] {
  const runNode = (args: string[]) => {
    const started = performance.now();
    const out = execFileSync(process.execPath, args, { cwd: repoPaths.root, encoding: 'utf8' });
    return { wallMs: performance.now() - started, out };
  };
  const empty = Array.from({ length: 5 }, () => runNode(['-e', '']).wallMs);
  const runs = Array.from({ length: 5 }, () => {
    const { wallMs, out } = runNode(['-e', coldStartScript, file, TOP_20_SQL]);
    const parsed = JSON.parse(out) as { rows: number; firstQueryMs: number };
    if (parsed.rows === 0) throw new Error('FTS5 cold start found nothing for "haiti"');
    return { wallMs, firstQueryMs: parsed.firstQueryMs };
  });
  return {
    nodeEmptyMs: percentile(empty, 0.5),
    wallMs: runs.map((r) => r.wallMs),
    firstQueryMs: runs.map((r) => r.firstQueryMs),
  };
}
