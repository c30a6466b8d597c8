/**
 * A project's snapshot as the library holds it, ready for `writeBundle`. The library keeps no
 * original files (only the text extracted at import), so `originals` is empty for now.
 */
import type { Db } from '../db/open';
import { DossierFailure } from '../errors';
import { BundleRepo } from '../repos/bundle-repo';
import type { ProjectSnapshot, TableRows } from './format';

export function snapshotProject(db: Db, projectId: string): ProjectSnapshot {
  const rows = new BundleRepo(db).projectRows(projectId);
  if (rows.projects.length === 0) throw new DossierFailure('not_found', 'That project no longer exists.');
  return { tables: rows as unknown as TableRows, originals: [] };
}
