/**
 * Schema v6: the codebook and the grading of evidence.
 * - Tags form a tree (`parent_id`), each with a colour, a description and an optional place (1–9)
 *   in the pinned set the digit keys apply. Tags now live in the codebook until deleted, even unused.
 * - A document carries its source's reliability (Admiralty A–F); a highlight its information's
 *   credibility (1–6). Both stay null until the analyst grades them.
 * - A highlight may name other highlights that corroborate or contradict it.
 */
export const up = `
ALTER TABLE tags ADD COLUMN parent_id TEXT REFERENCES tags(id);
ALTER TABLE tags ADD COLUMN color TEXT CHECK (color IS NULL OR color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]');
ALTER TABLE tags ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE tags ADD COLUMN pin INTEGER CHECK (pin IS NULL OR pin BETWEEN 1 AND 9);
CREATE INDEX tags_parent ON tags(parent_id);

ALTER TABLE documents ADD COLUMN reliability TEXT CHECK (reliability IS NULL OR reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE highlights ADD COLUMN credibility INTEGER CHECK (credibility IS NULL OR credibility BETWEEN 1 AND 6);

CREATE TABLE highlight_links (
  from_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
  to_id TEXT NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('corroborates', 'contradicts')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (from_id, to_id),
  CHECK (from_id <> to_id)
) STRICT;
CREATE INDEX highlight_links_to ON highlight_links(to_id);
`;
