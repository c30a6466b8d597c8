/** Projects: every row of user data belongs to one. A deleted project keeps its rows until purged. */
import type { Db } from '../db/open';

export interface ProjectRow {
  id: string;
  name: string;
  created_at: string;
}

export interface ProjectListRow extends ProjectRow {
  last_used_at: string | null;
  document_count: number;
  highlight_count: number;
  tag_count: number;
  event_count: number;
}

const listColumns = `p.id, p.name, p.created_at, p.last_used_at,
  (SELECT count(*) FROM documents WHERE project_id = p.id) AS document_count,
  (SELECT count(*) FROM highlights WHERE project_id = p.id) AS highlight_count,
  (SELECT count(*) FROM tags WHERE project_id = p.id) AS tag_count,
  (SELECT count(*) FROM events WHERE project_id = p.id) AS event_count`;

export class ProjectsRepo {
  constructor(private readonly db: Db) {}

  /** Whether the library has ever had a project, deleted ones included (a new library has none). */
  any(): boolean {
    return this.db.prepare('SELECT 1 FROM projects LIMIT 1').get() !== undefined;
  }

  /** Live projects, oldest first, with their counts. */
  list(): ProjectListRow[] {
    return this.db
      .prepare(`SELECT ${listColumns} FROM projects p WHERE p.deleted_at IS NULL ORDER BY p.created_at, p.id`)
      .all() as ProjectListRow[];
  }

  /** One project with its counts; deleted ones only when asked for. */
  get(id: string, withDeleted = false): ProjectListRow | undefined {
    const live = withDeleted ? '' : 'AND p.deleted_at IS NULL';
    return this.db.prepare(`SELECT ${listColumns} FROM projects p WHERE p.id = ? ${live}`).get(id) as
      ProjectListRow | undefined;
  }

  /** The oldest live project's id (it keeps the library's first index file name). */
  oldestId(): string | undefined {
    return this.db
      .prepare('SELECT id FROM projects WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 1')
      .pluck()
      .get() as string | undefined;
  }

  /** A project's name, deleted or not. */
  name(id: string): string | undefined {
    return this.db.prepare('SELECT name FROM projects WHERE id = ?').pluck().get(id) as string | undefined;
  }

  /** Whether a live project has this id (no counts: asked on every call). */
  isLive(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM projects WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
  }

  /** Live projects whose name is this one, ignoring case. */
  idsByName(name: string): string[] {
    return this.db
      .prepare('SELECT id FROM projects WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE ORDER BY created_at, id')
      .pluck()
      .all(name) as string[];
  }

  /** The live project used last; a library that never chose one works on its oldest. */
  lastUsed(): string | undefined {
    return this.db
      .prepare(
        `SELECT id FROM projects WHERE deleted_at IS NULL
         ORDER BY last_used_at IS NULL, last_used_at DESC, created_at, id LIMIT 1`,
      )
      .pluck()
      .get() as string | undefined;
  }

  create(project: ProjectRow): void {
    this.db.prepare('INSERT INTO projects (id, name, created_at) VALUES (@id, @name, @created_at)').run(project);
  }

  rename(id: string, name: string): void {
    this.db.prepare('UPDATE projects SET name = ? WHERE id = ?').run(name, id);
  }

  touch(id: string, at: string): void {
    this.db.prepare('UPDATE projects SET last_used_at = ? WHERE id = ?').run(at, id);
  }

  markDeleted(id: string, at: string | null): void {
    this.db.prepare('UPDATE projects SET deleted_at = ? WHERE id = ?').run(at, id);
  }

  deletedIds(): string[] {
    return this.db.prepare('SELECT id FROM projects WHERE deleted_at IS NOT NULL').pluck().all() as string[];
  }

  /** Removes a project and, by its foreign keys' cascades, every row of it. */
  purge(id: string): void {
    this.db.prepare('DELETE FROM projects WHERE id = ?').run(id);
  }
}
