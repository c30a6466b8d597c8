/**
 * Whether a project snapshot may enter a library: every row passes its table's schema
 * (row-schemas.ts) and every reference holds inside the bundle. The first problem found is
 * returned, naming the table, the row and the field, since one broken row means the bundle as a
 * whole cannot be trusted. Used by the reader on input and by the writer on output.
 */
import { EXPORT_AGAIN, shown, type BundleError } from './refusal';
import { SAFE_ID, isSafeFileName, type ProjectSnapshot } from './format';
import { checkReferences } from './check-references';
import { bundleTables, primaryKeys, rowSchemas, type BundleTable } from './row-schemas';

type Row = Record<string, unknown>;

/** "documents row 3 (id 5f0c…)": where a row sits, by position and by key. */
export function rowName(table: BundleTable, index: number, row: Row): string {
  const key = primaryKeys[table].map((column) => `${column} ${shown(JSON.stringify(row[column] ?? null))}`).join(', ');
  return `${table} row ${index + 1} (${key})`;
}

function checkRows(table: BundleTable, rows: unknown): BundleError | null {
  if (!Array.isArray(rows)) return invalid(`the ${table} table is not a list of rows`);
  for (const [index, row] of (rows as unknown[]).entries()) {
    if (!row || typeof row !== 'object' || Array.isArray(row))
      return invalid(`${table} row ${index + 1} is not an object`);
    const parsed = rowSchemas[table].safeParse(row);
    if (parsed.success) continue;
    const issue = parsed.error.issues[0];
    const where = rowName(table, index, row as Row);
    if (issue?.code === 'unrecognized_keys') {
      return invalid(`${where} has a field this version does not know: ${issue.keys.join(', ')}`);
    }
    const field = issue?.path.join('.') || 'row';
    return invalid(`${where} has an invalid ${field}: ${issue?.message ?? 'invalid'}`);
  }
  return null;
}

const invalid = (what: string): BundleError => ({
  code: 'invalid_row',
  message: `This bundle holds data Dossier cannot accept: ${what}. ${EXPORT_AGAIN}`,
});

function checkKeys(table: BundleTable, rows: readonly Row[]): BundleError | null {
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const key = JSON.stringify(primaryKeys[table].map((column) => row[column]));
    if (seen.has(key)) return invalid(`${rowName(table, index, row)} repeats the key of an earlier row`);
    seen.add(key);
  }
  return null;
}

export function checkSnapshot(snapshot: ProjectSnapshot): BundleError | null {
  for (const table of bundleTables) {
    const problem = checkRows(table, snapshot.tables[table]) ?? checkKeys(table, snapshot.tables[table]);
    if (problem) return problem;
  }
  if (snapshot.tables.projects.length !== 1) {
    return invalid(`the projects table holds ${snapshot.tables.projects.length} rows instead of one`);
  }
  if (snapshot.tables.brief_drafts.length > 1) return invalid('the project has more than one brief draft');
  for (const file of snapshot.originals) {
    if (!SAFE_ID.test(file.documentId) || !isSafeFileName(file.fileName)) {
      return invalid(`the original file “${file.fileName}” of document ${file.documentId} has an unsafe name`);
    }
  }
  return checkReferences(snapshot);
}
