/**
 * Schema v9: projects as a runtime scope. `last_used_at` picks the project a call that names none
 * works on (the CLI's default, the app's first window); `deleted_at` marks a project deleted this
 * session: it leaves the list at once and can be restored until the library closes, when it and
 * its rows are removed for good (a .dossier bundle of it stays in the backups folder).
 */
export const up = `
ALTER TABLE projects ADD COLUMN last_used_at TEXT;
ALTER TABLE projects ADD COLUMN deleted_at TEXT;
`;
