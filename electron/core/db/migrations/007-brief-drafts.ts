/**
 * Schema v7: the brief the analyst is composing, one per project, saved with it: the title, the
 * choices (scope, structure, sections) as JSON, their own summary and key judgments. One row, so
 * every edit is one update in the change log and undoes in one step. Judgments cite highlights by
 * id inside the JSON: a citation whose passage was deleted stays, and the brief flags it.
 */
export const up = `
CREATE TABLE brief_drafts (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL UNIQUE REFERENCES projects(id) ON DELETE CASCADE,
  title TEXT NOT NULL DEFAULT '',
  settings_json TEXT NOT NULL DEFAULT '{}',
  summary TEXT NOT NULL DEFAULT '',
  judgments_json TEXT NOT NULL DEFAULT '[]',
  updated_at TEXT NOT NULL
) STRICT;
`;
