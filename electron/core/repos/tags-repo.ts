/** Reads of the codebook: the tag tree, and which passages carry which tags. */
import type { TagSummary } from '../../contract';
import { flattenTree, treeCounts } from '../codebook/tree';
import type { Db } from '../db/open';

export interface TagRow {
  id: string;
  name: string;
  parentId: string | null;
  color: string | null;
  description: string;
  pin: number | null;
}

/** One tag on one passage, with what a grade threshold and a per-document count need. */
export interface CodingRow {
  tagId: string;
  highlightId: string;
  documentId: string;
  reliability: string | null;
  credibility: number | null;
}

const tagColumns = 'id, name, parent_id AS parentId, color, description, pin';

export class TagsRepo {
  /** `projectId` scopes every lookup by id: a row of another project is not found. */
  constructor(
    private readonly db: Db,
    private readonly projectId: string,
  ) {}

  /** The tags of a project, siblings by name (tree order comes from `list`). */
  rows(projectId: string): TagRow[] {
    return this.db
      .prepare(`SELECT ${tagColumns} FROM tags WHERE project_id = ? ORDER BY name COLLATE NOCASE, id`)
      .all(projectId) as TagRow[];
  }

  codings(projectId: string): CodingRow[] {
    return this.db
      .prepare(
        `SELECT ht.tag_id AS tagId, ht.highlight_id AS highlightId, h.document_id AS documentId,
                d.reliability AS reliability, h.credibility AS credibility
         FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id JOIN documents d ON d.id = h.document_id
         WHERE h.project_id = ?`,
      )
      .all(projectId) as CodingRow[];
  }

  /** The codebook in tree order, with each tag's own and sub-tree passage counts. */
  list(projectId: string): TagSummary[] {
    const rows = this.rows(projectId);
    const counts = treeCounts(rows, this.codings(projectId));
    return flattenTree(rows).map(({ tag }) => ({
      ...(tag as TagRow & { id: TagSummary['id']; parentId: TagSummary['parentId'] }),
      count: counts.get(tag.id)?.count ?? 0,
      totalCount: counts.get(tag.id)?.totalCount ?? 0,
    }));
  }

  get(id: string): TagSummary | undefined {
    return this.row(id) && this.list(this.projectId).find((tag) => tag.id === id);
  }

  row(id: string): TagRow | undefined {
    return this.db.prepare(`SELECT ${tagColumns} FROM tags WHERE id = ? AND project_id = ?`).get(id, this.projectId) as
      TagRow | undefined;
  }

  byName(projectId: string, name: string): { id: string; name: string } | undefined {
    return this.db.prepare('SELECT id, name FROM tags WHERE project_id = ? AND name = ?').get(projectId, name) as
      { id: string; name: string } | undefined;
  }

  /** Passages (highlight ids) carrying a tag itself. */
  highlightIds(tagId: string): string[] {
    return this.db.prepare('SELECT highlight_id FROM highlight_tags WHERE tag_id = ?').pluck().all(tagId) as string[];
  }

  byPin(projectId: string, pin: number): string | undefined {
    return this.db.prepare('SELECT id FROM tags WHERE project_id = ? AND pin = ?').pluck().get(projectId, pin) as
      string | undefined;
  }
}
