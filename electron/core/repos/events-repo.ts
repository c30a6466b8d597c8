/** Reads of timeline events. */
import type { Db } from '../db/open';

export interface EventRow {
  id: string;
  project_id: string;
  /** EDTF. */
  date: string;
  /** First and last ISO day the date may fall on; null for an open end. */
  earliest: string | null;
  latest: string | null;
  title: string;
  description: string;
  created_at: string;
  updated_at: string;
}

/**
 * Date order, the same everywhere (list, axis, brief, search): by the first day an event may fall
 * on (an open start, "before May 2024", by its last day); on the same first day the wider span
 * first, so "2024" heads "2024-01" and "about 2024" sorts with 2024.
 */
const ORDER = 'COALESCE(earliest, latest), latest IS NULL DESC, latest DESC, created_at, id';

export class EventsRepo {
  /** `projectId` scopes every lookup by id: a row of another project is not found. */
  constructor(
    private readonly db: Db,
    private readonly projectId: string,
  ) {}

  list(projectId: string): EventRow[] {
    return this.db.prepare(`SELECT * FROM events WHERE project_id = ? ORDER BY ${ORDER}`).all(projectId) as EventRow[];
  }

  get(id: string): EventRow | undefined {
    return this.db.prepare('SELECT * FROM events WHERE id = ? AND project_id = ?').get(id, this.projectId) as
      EventRow | undefined;
  }

  isLinked(eventId: string, highlightId: string): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM event_highlights WHERE event_id = ? AND highlight_id = ?')
        .get(eventId, highlightId) !== undefined
    );
  }

  linkedHighlightIds(eventId: string): string[] {
    return this.db
      .prepare('SELECT highlight_id FROM event_highlights WHERE event_id = ?')
      .pluck()
      .all(eventId) as string[];
  }
}
