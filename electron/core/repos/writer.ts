/**
 * The one path every change to user data takes. Each insert, update and delete is written
 * together with its before/after image in the change log, under one change set per user action,
 * which is what undo and redo replay. Callers run inside a transaction opened by the service.
 */
import type { Db } from '../db/open';
import { checkedColumns, keyOf, userTables, type Row, type UserTable } from './tables';

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
    const info = db
      .prepare('INSERT INTO change_sets (project_id, at, label, kind, reverts) VALUES (?, ?, ?, ?, ?)')
      .run(projectId, at, label, kind, reverts ?? null);
    return new Writer(db, Number(info.lastInsertRowid));
  }

  /** Drops the change set again when the action changed nothing, so undo never steps over a no-op. */
  discardIfEmpty(): void {
    if (this.touched.size === 0) this.db.prepare('DELETE FROM change_sets WHERE id = ?').run(this.changeSet);
  }

  get(table: UserTable, key: Row): Row | undefined {
    const where = whereClause(table);
    return this.db.prepare(`SELECT * FROM ${table} WHERE ${where}`).get(keyValues(table, key)) as Row | undefined;
  }

  insert(table: UserTable, row: Row): void {
    const columns = checkedColumns(row);
    this.db
      .prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`)
      .run(row);
    this.log(table, keyOf(table, row), null, row);
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
      this.db.prepare(`UPDATE ${table} SET ${sets} WHERE ${whereClause(table)}`).run(params);
    }
    this.log(table, key, before, after);
    return after;
  }

  delete(table: UserTable, key: Row): void {
    const before = this.get(table, key);
    if (!before) return;
    this.db.prepare(`DELETE FROM ${table} WHERE ${whereClause(table)}`).run(keyValues(table, key));
    this.log(table, key, before, null);
  }

  private log(table: UserTable, key: Row, before: Row | null, after: Row | null): void {
    this.touched.add(table);
    if (table === 'documents') this.documents.add(String(key.id));
    this.db
      .prepare(
        'INSERT INTO change_log (change_set, table_name, row_key, before_json, after_json) VALUES (?, ?, ?, ?, ?)',
      )
      .run(
        this.changeSet,
        table,
        JSON.stringify(key),
        before ? JSON.stringify(before) : null,
        after ? JSON.stringify(after) : null,
      );
  }
}

function whereClause(table: UserTable): string {
  return userTables[table].map((c) => `${c} = @${c}`).join(' AND ');
}

function keyValues(table: UserTable, key: Row): Row {
  const values: Row = {};
  for (const c of userTables[table]) values[c] = key[c] ?? null;
  return values;
}
