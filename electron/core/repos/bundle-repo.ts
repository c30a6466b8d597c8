/**
 * Reads one project's rows, every user table, for a bundle (core/bundle). Read-only; rows come
 * with the store's column names, ordered by primary key. Link tables have no project column, so
 * they are reached through the rows they link.
 */
import type { Db } from '../db/open';
import type { UserTable } from './tables';

type Rows = Record<string, unknown>[];

const queries: Record<UserTable, string> = {
  projects: 'SELECT id, name, created_at FROM projects WHERE id = ?',
  documents: 'SELECT * FROM documents WHERE project_id = ? ORDER BY id',
  highlights: 'SELECT * FROM highlights WHERE project_id = ? ORDER BY id',
  tags: 'SELECT * FROM tags WHERE project_id = ? ORDER BY id',
  highlight_tags: `SELECT ht.* FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id
    WHERE h.project_id = ? ORDER BY ht.highlight_id, ht.tag_id`,
  events: 'SELECT * FROM events WHERE project_id = ? ORDER BY id',
  event_highlights: `SELECT eh.* FROM event_highlights eh JOIN events e ON e.id = eh.event_id
    WHERE e.project_id = ? ORDER BY eh.event_id, eh.highlight_id`,
  highlight_links: `SELECT l.* FROM highlight_links l JOIN highlights h ON h.id = l.from_id
    WHERE h.project_id = ? ORDER BY l.from_id, l.to_id`,
  brief_drafts: 'SELECT * FROM brief_drafts WHERE project_id = ? ORDER BY id',
};

export class BundleRepo {
  constructor(private readonly db: Db) {}

  /** Every table's rows of the project, read in one transaction so they agree with one another. */
  projectRows(projectId: string): Record<UserTable, Rows> {
    return this.db.transaction(() => {
      const rows = {} as Record<UserTable, Rows>;
      for (const [table, sql] of Object.entries(queries) as [UserTable, string][]) {
        rows[table] = this.db.prepare(sql).all(projectId) as Rows;
      }
      return rows;
    })();
  }
}
