/** Schema v1: projects, documents, highlights, tags, timeline events and the change log. */
export const up = `
CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  source TEXT,
  published_date TEXT,
  file_name TEXT NOT NULL,
  format TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  blocks_json TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX documents_project_hash ON documents(project_id, content_hash);

CREATE TABLE highlights (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  quote TEXT NOT NULL,
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  color TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'anchored',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_offset > start_offset)
) STRICT;
CREATE INDEX highlights_document ON highlights(document_id, start_offset);

CREATE TABLE tags (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name TEXT NOT NULL COLLATE NOCASE,
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX tags_project_name ON tags(project_id, name);

CREATE TABLE highlight_tags (
  highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
  tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (highlight_id, tag_id)
) STRICT;
CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  precision TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX events_project_date ON events(project_id, date);

CREATE TABLE event_highlights (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  highlight_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
  linked_at TEXT NOT NULL,
  PRIMARY KEY (event_id, highlight_id)
) STRICT;
CREATE INDEX event_highlights_highlight ON event_highlights(highlight_id);

CREATE TABLE change_sets (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo', 'system')),
  reverts INTEGER REFERENCES change_sets(id),
  undone INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  change_set INTEGER NOT NULL REFERENCES change_sets(id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX change_log_set ON change_log(change_set);
`;
