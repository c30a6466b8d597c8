/**
 * The project leaving the library whole: as a `.dossier` bundle (core/bundle) or a REFI-QDA `.qdpx`
 * (core/qdpx). Both are read from the store and written in memory; the caller saves the bytes.
 */
import type { MethodOutput } from '../../contract';
import { appVersion } from '../app-version';
import { snapshotProject, writeBundle } from '../bundle';
import { BundleRefusal } from '../bundle/refusal';
import { DossierFailure } from '../errors';
import { qdpxInputFromStore } from '../qdpx/qdpx-from-store';
import { writeQdpx } from '../qdpx/write-qdpx';
import { fileStem } from './brief-service';
import type { Context } from './context';

/**
 * REFI-QDA names a creating user for everything; Dossier has no accounts, and the computer's login
 * name is not something a shared file should carry.
 */
const QDPX_USER = 'Dossier analyst';

/** `<project>-YYYY-MM-DD.<extension>`, as the brief's files are named. */
export function portableFileName(projectName: string, now: Date, extension: 'qdpx' | 'dossier'): string {
  return `${fileStem(projectName) || 'project'}-${now.toISOString().slice(0, 10)}.${extension}`;
}

export function exportQdpx(ctx: Context, projectName: string, now: Date): MethodOutput<'export.qdpx'> {
  const { input, needsReview } = qdpxInputFromStore(ctx.db, {
    projectId: ctx.projectId,
    projectName,
    userName: QDPX_USER,
    exportedAt: now.toISOString(),
  });
  return {
    fileName: portableFileName(projectName, now, 'qdpx'),
    contentBase64: Buffer.from(writeQdpx(input)).toString('base64'),
    skippedHighlights: needsReview.length,
  };
}

export function exportBundle(ctx: Context, now: Date): MethodOutput<'bundle.export'> {
  const snapshot = snapshotProject(ctx.db, ctx.projectId);
  const project = snapshot.tables.projects[0] as { id: string; name: string };
  let bytes: Uint8Array;
  try {
    bytes = writeBundle(snapshot, { appVersion: appVersion(), now: () => now });
  } catch (error) {
    // The library holds something a reader would refuse; the message names the table, row and field.
    if (error instanceof BundleRefusal) throw new DossierFailure('conflict', error.message);
    throw error;
  }
  const counts: Record<string, number> = { originals: snapshot.originals.length };
  for (const [table, rows] of Object.entries(snapshot.tables)) counts[table] = rows.length;
  return {
    fileName: portableFileName(project.name, now, 'dossier'),
    contentBase64: Buffer.from(bytes).toString('base64'),
    project: { id: project.id, name: project.name },
    counts,
  };
}
