/** Reads of timeline events. */
import type { Db } from '../db/open';

export interface EventRow {
  id: string;
  project_id: string;
  date: string;
  precision: string;
  title: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export class EventsRepo {
  constructor(private readonly db: Db) {}

  /** Events in date order; a coarser date ("2024") sorts before finer ones within it ("2024-03"). */
  list(projectId: string): EventRow[] {
    return this.db
      .prepare('SELECT * FROM events WHERE project_id = ? ORDER BY date, created_at, id')
      .all(projectId) as EventRow[];
  }

  get(id: string): EventRow | undefined {
    return this.db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
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
