/** Projects: every row of user data belongs to one. */
import type { Db } from '../db/open';

export interface ProjectRow {
  id: string;
  name: string;
  created_at: string;
}

export class ProjectsRepo {
  constructor(private readonly db: Db) {}

  first(): ProjectRow | undefined {
    return this.db.prepare('SELECT id, name, created_at FROM projects ORDER BY created_at, id LIMIT 1').get() as
      ProjectRow | undefined;
  }

  create(project: ProjectRow): void {
    this.db.prepare('INSERT INTO projects (id, name, created_at) VALUES (@id, @name, @created_at)').run(project);
  }
}
