/**
 * The one path every change to user data takes. Each insert, update and delete is written
 * together with its before/after image in the change log, under one change set per user action,
 * which is what undo and redo replay. Callers run inside a transaction opened by the service.
 *
 * A new document's after image leaves out its text and blocks (see `INSERT_IMAGE_OMITS`): an
 * import would otherwise write every text twice, and undo never reads an insert's after image
 * (undoing an insert deletes the row, and that delete's before image, read from the row, is whole,
 * so redo has everything it needs).
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db/open';
import { checkedColumns, keyOf, userTables, type Row, type UserTable } from './tables';

/**
 * Columns an insert's after image does not copy, because they stay in the row itself: a document's
 * text and blocks (identified by its `content_hash`), which are most of an import's bytes. The
 * image names them under `OMITTED_KEY`, which no column can be called (columns are `[a-z_]+`).
 */
export const INSERT_IMAGE_OMITS: Partial<Record<UserTable, readonly string[]>> = {
  documents: ['text', 'blocks_json'],
};
export const OMITTED_KEY = '$omitted';

/** Statements by SQL text, per database: an import of thousands of rows prepares each statement once. */
const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

function prepared(db: Db, sql: string): Database.Statement {
  let byText = statementCache.get(db);
  if (!byText) statementCache.set(db, (byText = new Map<string, Database.Statement>()));
  let statement = byText.get(sql);
  if (!statement) byText.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** 'system' changes (the first-run sample import) are logged but not offered for undo. */
export type ChangeKind = 'do' | 'undo' | 'redo' | 'system';

export class Writer {
  readonly touched = new Set<UserTable>();
  /** The documents this change set wrote: the search index re-reads just these. */
  readonly documents = new Set<string>();

  private constructor(
    private readonly db: Db,
    readonly changeSet: number,
  ) {}

  static begin(
    db: Db,
    projectId: string,
    label: string,
    at: string,
    kind: ChangeKind = 'do',
    reverts?: number,
  ): Writer {
    const info = prepared(
      db,
      'INSERT INTO change_sets (project_id, at, label, kind, reverts) VALUES (?, ?, ?, ?, ?)',
    ).run(projectId, at, label, kind, reverts ?? null);
    return new Writer(db, Number(info.lastInsertRowid));
  }

  /** Drops the change set again when the action changed nothing, so undo never steps over a no-op. */
  discardIfEmpty(): void {
    if (this.touched.size === 0) prepared(this.db, 'DELETE FROM change_sets WHERE id = ?').run(this.changeSet);
  }

  get(table: UserTable, key: Row): Row | undefined {
    const where = whereClause(table);
    return prepared(this.db, `SELECT * FROM ${table} WHERE ${where}`).get(keyValues(table, key)) as Row | undefined;
  }

  insert(table: UserTable, row: Row): void {
    const columns = checkedColumns(row);
    prepared(
      this.db,
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
    ).run(row);
    this.log(table, keyOf(table, row), null, insertImage(table, row));
  }

  update(table: UserTable, key: Row, patch: Row): Row {
    const before = this.get(table, key);
    if (!before) throw new Error(`No ${table} row ${JSON.stringify(key)}`);
    const after = { ...before, ...patch };
    const columns = checkedColumns(patch);
    if (columns.length > 0) {
      const pk = userTables[table] as readonly string[];
      const sets = columns.map((c) => `${c} = @set_${c}`).join(', ');
      const params: Row = {};
      for (const c of columns) params[`set_${c}`] = patch[c] ?? null;
      for (const c of pk) params[c] = key[c] ?? null;
      prepared(this.db, `UPDATE ${table} SET ${sets} WHERE ${whereClause(table)}`).run(params);
    }
    this.log(table, key, before, after);
    return after;
  }

  delete(table: UserTable, key: Row): void {
    const before = this.get(table, key);
    if (!before) return;
    prepared(this.db, `DELETE FROM ${table} WHERE ${whereClause(table)}`).run(keyValues(table, key));
    this.log(table, key, before, null);
  }

  private log(table: UserTable, key: Row, before: Row | null, after: Row | null): void {
    this.touched.add(table);
    if (table === 'documents') this.documents.add(String(key.id));
    prepared(
      this.db,
      'INSERT INTO change_log (change_set, table_name, row_key, before_json, after_json) VALUES (?, ?, ?, ?, ?)',
    ).run(
      this.changeSet,
      table,
      JSON.stringify(key),
      before ? JSON.stringify(before) : null,
      after ? JSON.stringify(after) : null,
    );
  }
}

/** The after image of an inserted row: the row, less the columns `INSERT_IMAGE_OMITS` names for its table. */
function insertImage(table: UserTable, row: Row): Row {
  const omits = INSERT_IMAGE_OMITS[table]?.filter((column) => Object.hasOwn(row, column));
  if (!omits?.length) return row;
  const image: Row = { ...row };
  for (const column of omits) delete image[column];
  image[OMITTED_KEY] = omits.join(',');
  return image;
}

function whereClause(table: UserTable): string {
  return userTables[table].map((c) => `${c} = @${c}`).join(' AND ');
}

function keyValues(table: UserTable, key: Row): Row {
  const values: Row = {};
  for (const c of userTables[table]) values[c] = key[c] ?? null;
  return values;
}
