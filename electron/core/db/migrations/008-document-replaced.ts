/**
 * Schema v8: when a document was last replaced by a new version of its file. `updated_at` also moves
 * when the analyst edits a title or a date, so it cannot tell the brief which passages were taken
 * from an older text. Null until a replacement: a library replaced before this version recorded no
 * such time, so its documents start unflagged rather than with a guessed date.
 */
export const up = `
ALTER TABLE documents ADD COLUMN replaced_at TEXT;
`;
