/** Reads of documents, mapped to the contract's models. */
import type { Block, DocumentDetail, DocumentSummary } from '../../contract';
import type { Db } from '../db/open';

export interface DocumentRow {
  id: string;
  project_id: string;
  title: string;
  source: string | null;
  author: string | null;
  published_date: string | null;
  url: string | null;
  language: string | null;
  file_name: string;
  format: string;
  content_hash: string;
  text: string;
  blocks_json: string;
  word_count: number;
  imported_at: string;
  updated_at: string;
  reliability: string | null;
  /** When the file was last replaced by a new version (migration 008); null if never. */
  replaced_at: string | null;
}

const baseColumns = `d.id, d.title, d.source, d.author, d.published_date, d.url, d.language, d.file_name, d.format, d.word_count, d.imported_at, d.reliability`;

const summaryColumns = `${baseColumns},
  (SELECT count(*) FROM highlights h WHERE h.document_id = d.id) AS highlight_count,
  (SELECT count(*) FROM highlights h WHERE h.document_id = d.id AND h.status = 'needs_review') AS needs_review_count,
  (SELECT json_group_array(name) FROM (SELECT DISTINCT t.name FROM highlights h JOIN highlight_tags ht ON ht.highlight_id = h.id
    JOIN tags t ON t.id = ht.tag_id WHERE h.document_id = d.id ORDER BY t.name COLLATE NOCASE)) AS tags_json`;

type BaseRow = Pick<
  DocumentRow,
  | 'id'
  | 'title'
  | 'source'
  | 'author'
  | 'published_date'
  | 'url'
  | 'language'
  | 'file_name'
  | 'format'
  | 'word_count'
  | 'imported_at'
  | 'reliability'
>;
type SummaryRow = BaseRow & { highlight_count: number; needs_review_count: number; tags_json: string };

export class DocumentsRepo {
  /** `projectId` scopes every lookup by id: a row of another project is not found. */
  constructor(
    private readonly db: Db,
    private readonly projectId: string,
  ) {}

  /** Ids of the documents whose source is this name, ignoring case. */
  idsBySource(projectId: string, source: string): string[] {
    return this.db
      .prepare('SELECT id FROM documents WHERE project_id = ? AND source = ? COLLATE NOCASE ORDER BY id')
      .pluck()
      .all(projectId, source) as string[];
  }

  /**
   * Every document of the project, in import order. The columns come from the covering index
   * `documents_list` (migration 010: no text read, no sort), the highlight counts and tags from one
   * pass over the project's highlights rather than three lookups per document.
   */
  list(projectId: string): DocumentSummary[] {
    const rows = this.db
      .prepare(`SELECT ${baseColumns} FROM documents d WHERE d.project_id = ? ORDER BY d.imported_at, d.file_name`)
      .all(projectId) as BaseRow[];
    const counts = this.db
      .prepare(
        `SELECT document_id AS id, count(*) AS highlights, sum(status = 'needs_review') AS review
         FROM highlights WHERE project_id = ? GROUP BY document_id`,
      )
      .all(projectId) as { id: string; highlights: number; review: number }[];
    const tags = this.db
      .prepare(
        `SELECT DISTINCT h.document_id AS id, t.name FROM highlights h JOIN highlight_tags ht ON ht.highlight_id = h.id
         JOIN tags t ON t.id = ht.tag_id WHERE h.project_id = ? ORDER BY t.name COLLATE NOCASE`,
      )
      .all(projectId) as { id: string; name: string }[];
    const countsById = new Map(counts.map((c) => [c.id, c]));
    const tagsById = new Map<string, string[]>();
    for (const { id, name } of tags) {
      const names = tagsById.get(id);
      if (names) names.push(name);
      else tagsById.set(id, [name]);
    }
    return rows.map((row) => {
      const c = countsById.get(row.id);
      return toSummary(row, {
        highlightCount: c?.highlights ?? 0,
        needsReviewCount: c?.review ?? 0,
        tags: tagsById.get(row.id) ?? [],
      });
    });
  }

  summary(id: string): DocumentSummary | undefined {
    const row = this.db
      .prepare(`SELECT ${summaryColumns} FROM documents d WHERE d.id = ? AND d.project_id = ?`)
      .get(id, this.projectId) as SummaryRow | undefined;
    return row && fromSubqueries(row);
  }

  /** Summaries of these documents in one query (an import's report), in the order of `ids`; unknown ids are left out. */
  summaries(ids: readonly string[]): DocumentSummary[] {
    const rows = this.db
      .prepare(
        `SELECT ${summaryColumns} FROM documents d WHERE d.project_id = ? AND d.id IN (SELECT value FROM json_each(?))`,
      )
      .all(this.projectId, JSON.stringify(ids)) as SummaryRow[];
    const byId = new Map(rows.map((r) => [r.id, fromSubqueries(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Id and title of the documents holding any of these content hashes, by hash: an import's duplicate check in one query. */
  byHashes(hashes: readonly string[]): Map<string, { id: string; title: string }> {
    const rows = this.db
      .prepare(
        'SELECT content_hash, id, title FROM documents WHERE project_id = ? AND content_hash IN (SELECT value FROM json_each(?))',
      )
      .all(this.projectId, JSON.stringify(hashes)) as { content_hash: string; id: string; title: string }[];
    return new Map(rows.map((r) => [r.content_hash, { id: r.id, title: r.title }]));
  }

  row(id: string): DocumentRow | undefined {
    return this.db.prepare('SELECT * FROM documents WHERE id = ? AND project_id = ?').get(id, this.projectId) as
      DocumentRow | undefined;
  }

  detail(id: string): Omit<DocumentDetail, 'highlights'> | undefined {
    const summary = this.summary(id);
    const row = summary && this.row(id);
    if (!summary || !row) return undefined;
    return { ...summary, text: row.text, blocks: JSON.parse(row.blocks_json) as Block[] };
  }

  /** When each replaced document of the project was last replaced, by document id. */
  replacedAt(projectId: string): Map<string, string> {
    const rows = this.db
      .prepare('SELECT id, replaced_at FROM documents WHERE project_id = ? AND replaced_at IS NOT NULL')
      .all(projectId) as { id: string; replaced_at: string }[];
    return new Map(rows.map((r) => [r.id, r.replaced_at]));
  }

  byHash(projectId: string, hash: string): DocumentRow | undefined {
    return this.db.prepare('SELECT * FROM documents WHERE project_id = ? AND content_hash = ?').get(projectId, hash) as
      DocumentRow | undefined;
  }

  /** Everything the search index needs, one document at a time. */
  *forIndex(projectId: string): Generator<Pick<DocumentRow, 'id' | 'title' | 'source' | 'text'>> {
    yield* this.db
      .prepare('SELECT id, title, source, text FROM documents WHERE project_id = ? ORDER BY id')
      .iterate(projectId) as Iterable<Pick<DocumentRow, 'id' | 'title' | 'source' | 'text'>>;
  }

  count(projectId: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM documents WHERE project_id = ?').get(projectId) as { n: number })
      .n;
  }
}

type Annotations = Pick<DocumentSummary, 'highlightCount' | 'needsReviewCount' | 'tags'>;

/** A summary row whose highlight counts and tags came from its subqueries. */
function fromSubqueries(r: SummaryRow): DocumentSummary {
  return toSummary(r, {
    highlightCount: r.highlight_count,
    needsReviewCount: r.needs_review_count,
    tags: JSON.parse(r.tags_json) as string[],
  });
}

function toSummary(r: BaseRow, a: Annotations): DocumentSummary {
  return {
    id: r.id as DocumentSummary['id'],
    title: r.title,
    source: r.source,
    author: r.author,
    publishedDate: r.published_date,
    url: r.url,
    language: r.language,
    fileName: r.file_name,
    format: r.format as DocumentSummary['format'],
    wordCount: r.word_count,
    highlightCount: a.highlightCount,
    needsReviewCount: a.needsReviewCount,
    tags: a.tags,
    importedAt: r.imported_at,
    reliability: r.reliability as DocumentSummary['reliability'],
  };
}
