/**
 * The persisted search index: its own SQLite file beside the library (derived data, so it can be
 * deleted at any time and is rebuilt). One row per shard: the documents it holds, with the
 * version of each, and lunr's serialized index. `meta` says which format and library it belongs to.
 */
import type { Db } from '../db/open';

export interface ShardRecord {
  id: number;
  /** [documentId, version, language] for every document the shard holds. */
  docs: [string, string, string][];
}

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS shards (
  id INTEGER PRIMARY KEY,
  docs_json TEXT NOT NULL,
  index_json TEXT NOT NULL,
  built_at TEXT NOT NULL
) STRICT;`;

export class IndexStoreRepo {
  constructor(private readonly db: Db) {
    db.exec(schema);
  }

  meta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(entries: Record<string, string>): void {
    const put = this.db.prepare(
      'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(entries)) put.run(key, value);
    })();
  }

  shards(): ShardRecord[] {
    // Only the document lists: the index JSON is read shard by shard when it is loaded.
    const rows = this.db.prepare('SELECT id, docs_json FROM shards ORDER BY id').all() as {
      id: number;
      docs_json: string;
    }[];
    return rows.map((r) => ({ id: r.id, docs: JSON.parse(r.docs_json) as ShardRecord['docs'] }));
  }

  indexJson(id: number): string | null {
    const row = this.db.prepare('SELECT index_json FROM shards WHERE id = ?').get(id) as
      { index_json: string } | undefined;
    return row?.index_json ?? null;
  }

  /** Saves a new shard and removes the ones it replaces, in one transaction. */
  putShard(
    id: number,
    docs: ShardRecord['docs'],
    indexJson: string,
    builtAt: string,
    replaces: readonly number[],
  ): void {
    const insert = this.db.prepare('INSERT INTO shards(id, docs_json, index_json, built_at) VALUES (?, ?, ?, ?)');
    const remove = this.db.prepare('DELETE FROM shards WHERE id = ?');
    this.db.transaction(() => {
      for (const old of replaces) remove.run(old);
      insert.run(id, JSON.stringify(docs), indexJson, builtAt);
    })();
  }

  deleteShard(id: number): void {
    this.db.prepare('DELETE FROM shards WHERE id = ?').run(id);
  }

  clear(): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM shards').run();
      this.db.prepare('DELETE FROM meta').run();
    })();
  }
}
