/**
 * What the search worker reads from the library, on its own read-only connection: document
 * versions (to tell what the index lacks), document text in batches, the annotations, and what
 * the filters need (titles, dates and grades of documents, the codebook's tree).
 */
import type { Credibility, HighlightColor, Reliability } from '../../contract';
import type { Db } from '../db/open';

export interface DocumentVersion {
  id: string;
  /** Changes whenever anything the index holds for the document changes. */
  version: string;
}

export interface DocumentForIndex {
  id: string;
  version: string;
  title: string;
  publishedDate: string | null;
  source: string | null;
  author: string | null;
  language: string | null;
  text: string;
}

export interface DocumentFacts {
  id: string;
  title: string;
  publishedDate: string | null;
  reliability: Reliability | null;
}

export interface HighlightForSearch {
  id: string;
  documentId: string;
  documentTitle: string;
  color: HighlightColor;
  quote: string;
  note: string;
  start: number;
  end: number;
  tags: string[];
  /** The same tags by id, for filters that follow the codebook's tree. */
  tagIds: string[];
  credibility: Credibility | null;
}

export interface TagForSearch {
  id: string;
  name: string;
  parentId: string | null;
}

export interface EventForSearch {
  id: string;
  /** EDTF, and the first and last day it may fall on (null: open). */
  date: string;
  earliest: string | null;
  latest: string | null;
  title: string;
  description: string;
  highlightIds: string[];
}

const SEP = '\u001f';
/** Everything the index holds of a document, so any edit to it changes the version. */
const VERSION = `content_hash || char(31) || title || char(31) || coalesce(source, '') || char(31) ||
  coalesce(author, '') || char(31) || coalesce(language, '')`;

export class SearchSourceRepo {
  constructor(private readonly db: Db) {}

  versions(projectId: string): DocumentVersion[] {
    return this.db
      .prepare(`SELECT id, ${VERSION} AS version FROM documents WHERE project_id = ?`)
      .all(projectId) as DocumentVersion[];
  }

  /** The versions of these documents; one that no longer exists is left out. */
  versionsOf(projectId: string, ids: readonly string[]): DocumentVersion[] {
    return this.db
      .prepare(
        `SELECT id, ${VERSION} AS version FROM documents
         WHERE project_id = ? AND id IN (SELECT value FROM json_each(?))`,
      )
      .all(projectId, JSON.stringify(ids)) as DocumentVersion[];
  }

  documents(ids: readonly string[]): DocumentForIndex[] {
    return this.db
      .prepare(
        `SELECT id, ${VERSION} AS version, title, published_date AS publishedDate, source, author, language, text
         FROM documents
         WHERE id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids)) as DocumentForIndex[];
  }

  facts(projectId: string): DocumentFacts[] {
    return this.db
      .prepare('SELECT id, title, published_date AS publishedDate, reliability FROM documents WHERE project_id = ?')
      .all(projectId) as DocumentFacts[];
  }

  highlights(projectId: string): HighlightForSearch[] {
    const rows = this.db
      .prepare(
        `SELECT h.id, h.document_id AS documentId, d.title AS documentTitle, h.color, h.quote, h.note,
           h.start_offset AS start, h.end_offset AS "end", h.credibility,
           (SELECT group_concat(t.name, char(31)) FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id
             WHERE ht.highlight_id = h.id) AS tags,
           (SELECT group_concat(ht.tag_id, char(31)) FROM highlight_tags ht WHERE ht.highlight_id = h.id) AS tagIds
         FROM highlights h JOIN documents d ON d.id = h.document_id
         WHERE h.project_id = ? AND h.status = 'anchored'`,
      )
      .all(projectId) as (Omit<HighlightForSearch, 'tags' | 'tagIds'> & {
      tags: string | null;
      tagIds: string | null;
    })[];
    return rows.map((r) => ({
      ...r,
      tags: r.tags ? r.tags.split(SEP) : [],
      tagIds: r.tagIds ? r.tagIds.split(SEP) : [],
    }));
  }

  /** The codebook as a tree, read afresh for each query so a move or rename counts at once. */
  tagTree(projectId: string): TagForSearch[] {
    return this.db
      .prepare('SELECT id, name, parent_id AS parentId FROM tags WHERE project_id = ?')
      .all(projectId) as TagForSearch[];
  }

  events(projectId: string): EventForSearch[] {
    const rows = this.db
      .prepare(
        `SELECT e.id, e.date, e.earliest, e.latest, e.title, e.description,
           (SELECT group_concat(highlight_id, char(31)) FROM event_highlights eh WHERE eh.event_id = e.id) AS ids
         FROM events e WHERE e.project_id = ?`,
      )
      .all(projectId) as (Omit<EventForSearch, 'highlightIds'> & { ids: string | null })[];
    return rows.map(({ ids, ...r }) => ({ ...r, highlightIds: ids ? ids.split(SEP) : [] }));
  }

  tagCounts(projectId: string): { name: string; count: number }[] {
    return this.db
      .prepare(
        `SELECT t.name, count(ht.highlight_id) AS count FROM tags t
         LEFT JOIN highlight_tags ht ON ht.tag_id = t.id WHERE t.project_id = ? GROUP BY t.id ORDER BY t.name`,
      )
      .all(projectId) as { name: string; count: number }[];
  }
}
