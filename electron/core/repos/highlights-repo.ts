/** Reads of highlights with their tags, mapped to the contract's models. */
import type { Highlight, Passage } from '../../contract';
import type { Db } from '../db/open';

export interface HighlightRow {
  id: string;
  project_id: string;
  document_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: string;
  note: string;
  status: string;
  created_at: string;
  updated_at: string;
  credibility: number | null;
}

type JoinedRow = HighlightRow & { tag_names: string | null; document_title: string; reliability: string | null };

const joined = `SELECT h.*, d.title AS document_title, d.reliability AS reliability,
  (SELECT json_group_array(name) FROM (SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id
     WHERE ht.highlight_id = h.id ORDER BY t.name COLLATE NOCASE)) AS tag_names
  FROM highlights h JOIN documents d ON d.id = h.document_id`;

export class HighlightsRepo {
  /** `projectId` scopes every lookup by id: a row of another project is not found. */
  constructor(
    private readonly db: Db,
    private readonly projectId: string,
  ) {}

  byDocument(documentId: string): Highlight[] {
    const rows = this.db
      .prepare(`${joined} WHERE h.document_id = ? AND h.project_id = ? ORDER BY h.start_offset, h.end_offset`)
      .all(documentId, this.projectId) as JoinedRow[];
    return rows.map(toHighlight);
  }

  get(id: string): Highlight | undefined {
    const row = this.db.prepare(`${joined} WHERE h.id = ? AND h.project_id = ?`).get(id, this.projectId) as
      JoinedRow | undefined;
    return row && toHighlight(row);
  }

  row(id: string): HighlightRow | undefined {
    return this.db.prepare('SELECT * FROM highlights WHERE id = ? AND project_id = ?').get(id, this.projectId) as
      HighlightRow | undefined;
  }

  /** Every passage carrying a tag, in document order. */
  byTag(tagId: string): Passage[] {
    const rows = this.db
      .prepare(
        `${joined} WHERE h.id IN (SELECT highlight_id FROM highlight_tags WHERE tag_id = ?) AND h.project_id = ?
         ORDER BY d.title COLLATE NOCASE, h.start_offset`,
      )
      .all(tagId, this.projectId) as JoinedRow[];
    return rows.map(toPassage);
  }

  byEvent(eventId: string): Passage[] {
    const rows = this.db
      .prepare(
        `${joined} JOIN event_highlights eh ON eh.highlight_id = h.id WHERE eh.event_id = ? AND h.project_id = ?
         ORDER BY eh.linked_at, h.start_offset`,
      )
      .all(eventId, this.projectId) as JoinedRow[];
    return rows.map(toPassage);
  }

  /** Every highlight of a project, in document then text order (for the brief). */
  all(projectId: string): Passage[] {
    const rows = this.db
      .prepare(`${joined} WHERE h.project_id = ? ORDER BY d.imported_at, d.file_name, h.start_offset`)
      .all(projectId) as JoinedRow[];
    return rows.map(toPassage);
  }

  /** Passages by id, in the order asked, skipping any that no longer exist. */
  passages(ids: readonly string[]): Passage[] {
    const found = new Map<string, Passage>();
    const stmt = this.db.prepare(`${joined} WHERE h.id = ? AND h.project_id = ?`);
    for (const id of new Set(ids)) {
      const row = stmt.get(id, this.projectId) as JoinedRow | undefined;
      if (row) found.set(id, toPassage(row));
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** Corroboration links touching a highlight, either way, oldest first. */
  corroboration(id: string): { from_id: string; to_id: string; kind: string }[] {
    return this.db
      .prepare(
        'SELECT from_id, to_id, kind FROM highlight_links WHERE from_id = ? OR to_id = ? ORDER BY created_at, from_id, to_id',
      )
      .all(id, id) as { from_id: string; to_id: string; kind: string }[];
  }

  /** Link rows of a highlight, so a service can remove them through the writer. */
  links(id: string): { tagIds: string[]; eventIds: string[] } {
    const tagIds = this.db
      .prepare('SELECT tag_id FROM highlight_tags WHERE highlight_id = ?')
      .pluck()
      .all(id) as string[];
    const eventIds = this.db
      .prepare('SELECT event_id FROM event_highlights WHERE highlight_id = ?')
      .pluck()
      .all(id) as string[];
    return { tagIds, eventIds };
  }

  idsByDocument(documentId: string): string[] {
    return this.db
      .prepare('SELECT id FROM highlights WHERE document_id = ? AND project_id = ?')
      .pluck()
      .all(documentId, this.projectId) as string[];
  }
}

function toHighlight(r: JoinedRow): Highlight {
  return {
    id: r.id as Highlight['id'],
    documentId: r.document_id as Highlight['documentId'],
    start: r.start_offset,
    end: r.end_offset,
    quote: r.quote,
    prefix: r.prefix,
    suffix: r.suffix,
    color: r.color as Highlight['color'],
    note: r.note,
    tags: r.tag_names ? (JSON.parse(r.tag_names) as string[]) : [],
    status: r.status as Highlight['status'],
    createdAt: r.created_at,
    credibility: r.credibility,
    reliability: r.reliability as Highlight['reliability'],
  };
}

function toPassage(r: JoinedRow): Passage {
  return { highlight: toHighlight(r), documentTitle: r.document_title };
}
