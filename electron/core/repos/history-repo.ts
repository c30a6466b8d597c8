/** Reads of the change log that undo and redo need: which change set to revert, and its entries. */
import type { Db } from '../db/open';
import { isUserTable, type Row, type UserTable } from './tables';

export interface ChangeSetRow {
  id: number;
  label: string;
  kind: 'do' | 'undo' | 'redo';
  reverts: number | null;
}

export interface ChangeEntry {
  table: UserTable;
  key: Row;
  before: Row | null;
  after: Row | null;
}

export class HistoryRepo {
  constructor(private readonly db: Db) {}

  /** The latest action (or redo) that has not been undone yet. */
  latestUndoable(projectId: string): ChangeSetRow | undefined {
    return this.db
      .prepare(
        `SELECT id, label, kind, reverts FROM change_sets
         WHERE project_id = ? AND kind IN ('do', 'redo') AND undone = 0
         ORDER BY id DESC LIMIT 1`,
      )
      .get(projectId) as ChangeSetRow | undefined;
  }

  /** The latest undo that can be redone: not redone already, and no new action since. */
  latestRedoable(projectId: string): ChangeSetRow | undefined {
    return this.db
      .prepare(
        `SELECT id, label, kind, reverts FROM change_sets u
         WHERE u.project_id = ? AND u.kind = 'undo' AND u.undone = 0
           AND NOT EXISTS (SELECT 1 FROM change_sets d WHERE d.project_id = u.project_id AND d.kind = 'do' AND d.id > u.id)
         ORDER BY u.id DESC LIMIT 1`,
      )
      .get(projectId) as ChangeSetRow | undefined;
  }

  markUndone(changeSet: number): void {
    this.db.prepare('UPDATE change_sets SET undone = 1 WHERE id = ?').run(changeSet);
  }

  entries(changeSet: number): ChangeEntry[] {
    const rows = this.db
      .prepare('SELECT table_name, row_key, before_json, after_json FROM change_log WHERE change_set = ? ORDER BY seq')
      .all(changeSet) as {
      table_name: string;
      row_key: string;
      before_json: string | null;
      after_json: string | null;
    }[];
    return rows.map((r) => {
      if (!isUserTable(r.table_name)) throw new Error(`Change log names unknown table ${r.table_name}`);
      return {
        table: r.table_name,
        key: JSON.parse(r.row_key) as Row,
        before: r.before_json ? (JSON.parse(r.before_json) as Row) : null,
        after: r.after_json ? (JSON.parse(r.after_json) as Row) : null,
      };
    });
  }
}
