/**
 * What a merge into a project matches on, read in a few queries: each row's id and the columns that
 * make two rows "the same" (a document's content hash, a highlight's range and quote, a tag's name,
 * an event's date and title) and the link tables' pairs. Read only; no document text is read.
 */
import type { Db } from '../db/open';

export interface ProjectKeys {
  documents: { id: string; content_hash: string }[];
  highlights: { id: string; document_id: string; start_offset: number; end_offset: number; quote: string }[];
  tags: { id: string; name: string; pin: number | null }[];
  events: { id: string; date: string; title: string }[];
  highlightTags: { highlight_id: string; tag_id: string }[];
  eventHighlights: { event_id: string; highlight_id: string }[];
  highlightLinks: { from_id: string; to_id: string }[];
  /** The id of the project's brief draft, if it has one. */
  briefDraft: string | null;
}

/** The keys of a project that has no rows yet (a new one). */
export const emptyKeys = (): ProjectKeys => ({
  documents: [],
  highlights: [],
  tags: [],
  events: [],
  highlightTags: [],
  eventHighlights: [],
  highlightLinks: [],
  briefDraft: null,
});

export class ProjectKeysRepo {
  constructor(private readonly db: Db) {}

  keys(projectId: string): ProjectKeys {
    const all = <T>(sql: string) => this.db.prepare(sql).all(projectId) as T[];
    return {
      documents: all('SELECT id, content_hash FROM documents WHERE project_id = ? ORDER BY imported_at, id'),
      highlights: all(
        'SELECT id, document_id, start_offset, end_offset, quote FROM highlights WHERE project_id = ? ORDER BY created_at, id',
      ),
      tags: all('SELECT id, name, pin FROM tags WHERE project_id = ? ORDER BY created_at, id'),
      events: all('SELECT id, date, title FROM events WHERE project_id = ? ORDER BY created_at, id'),
      highlightTags: all(`SELECT ht.highlight_id, ht.tag_id FROM highlight_tags ht
        JOIN highlights h ON h.id = ht.highlight_id WHERE h.project_id = ?`),
      eventHighlights: all(`SELECT eh.event_id, eh.highlight_id FROM event_highlights eh
        JOIN events e ON e.id = eh.event_id WHERE e.project_id = ?`),
      highlightLinks: all(`SELECT l.from_id, l.to_id FROM highlight_links l
        JOIN highlights h ON h.id = l.from_id WHERE h.project_id = ?`),
      briefDraft:
        (this.db.prepare('SELECT id FROM brief_drafts WHERE project_id = ?').pluck().get(projectId) as
          string | undefined) ?? null,
    };
  }
}
