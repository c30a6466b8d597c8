/** Reads of the code book: tags with the number of passages carrying each. */
import type { TagSummary } from '../../contract';
import type { Db } from '../db/open';

export class TagsRepo {
  constructor(private readonly db: Db) {}

  list(projectId: string): TagSummary[] {
    return this.db
      .prepare(
        `SELECT t.id, t.name, (SELECT count(*) FROM highlight_tags ht WHERE ht.tag_id = t.id) AS count
         FROM tags t WHERE t.project_id = ? ORDER BY t.name COLLATE NOCASE`,
      )
      .all(projectId) as TagSummary[];
  }

  get(id: string): TagSummary | undefined {
    return this.db
      .prepare(
        `SELECT t.id, t.name, (SELECT count(*) FROM highlight_tags ht WHERE ht.tag_id = t.id) AS count
         FROM tags t WHERE t.id = ?`,
      )
      .get(id) as TagSummary | undefined;
  }

  byName(projectId: string, name: string): { id: string; name: string } | undefined {
    return this.db.prepare('SELECT id, name FROM tags WHERE project_id = ? AND name = ?').get(projectId, name) as
      { id: string; name: string } | undefined;
  }

  /** Tags no passage carries any more. */
  unusedIds(projectId: string): string[] {
    return this.db
      .prepare(
        'SELECT id FROM tags WHERE project_id = ? AND NOT EXISTS (SELECT 1 FROM highlight_tags ht WHERE ht.tag_id = tags.id)',
      )
      .pluck()
      .all(projectId) as string[];
  }
}
