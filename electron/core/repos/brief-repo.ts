/** Reads of the brief being composed: one row per project. */
import type { Db } from '../db/open';

export interface BriefDraftRow {
  id: string;
  project_id: string;
  title: string;
  settings_json: string;
  summary: string;
  judgments_json: string;
  updated_at: string;
}

export class BriefRepo {
  constructor(private readonly db: Db) {}

  draft(projectId: string): BriefDraftRow | undefined {
    return this.db.prepare('SELECT * FROM brief_drafts WHERE project_id = ?').get(projectId) as
      BriefDraftRow | undefined;
  }
}
