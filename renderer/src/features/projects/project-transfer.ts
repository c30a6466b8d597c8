/**
 * A project leaving or entering the library whole, and a document going to another project:
 * export as a .dossier bundle or a REFI-QDA .qdpx (the native save dialog on the desktop, a
 * download in the browser), import of either from a file the analyst picks (a bundle of a project
 * the library already has asks: as a new project, or merged into it), and copying a document.
 * Each ends with a report of what happened.
 */
import type { DocumentId, MethodOutput } from '../../../../electron/contract';
import { isDesktop } from '../../platform/client';
import { downloadBlob } from '../../platform/download';
import { readFiles } from '../../platform/read-files';
import { call, request } from '../../store/api';
import { useAppStore } from '../../store/app-store';
import type { InspectedBundle } from '../../store/projects-slice';
import { scheduleRefresh } from '../../store/refresh-bus';
import { showError, showToast } from '../../store/toasts';
import { plural } from '../../lib/plural';
import { describeRowCounts } from './project-names';
import { loadProjects, openProjectDialog, switchProject } from './projects-service';

export type ExportFormat = 'dossier' | 'qdpx';

/** The file input's `accept`: what "Import project…" opens. */
export const PROJECT_FILE_ACCEPT = '.dossier,.qdpx';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function withBusy<T>(label: string, run: () => Promise<T>): Promise<T> {
  useAppStore.getState().setBusy(label);
  try {
    return await run();
  } finally {
    useAppStore.getState().setBusy(null);
  }
}

/** Exports the page's project; true when a file was written (not cancelled, no error). */
export async function exportProject(format: ExportFormat): Promise<boolean> {
  const made = await withBusy('Exporting the project…', async () => {
    if (format === 'dossier') {
      const bundle = await call('bundle.export', {});
      return bundle && { ...bundle, details: [`${describeRowCounts(bundle.counts)}`] };
    }
    const qdpx = await call('export.qdpx', {});
    const left = qdpx?.skippedHighlights
      ? [
          `${plural(qdpx.skippedHighlights, 'highlight')} needing review left out (their range may no longer hold their quote)`,
        ]
      : [];
    return qdpx && { ...qdpx, details: left };
  });
  if (!made) return false;
  let written = made.fileName;
  if (isDesktop()) {
    const saved = await call('dialog.saveFile', { fileName: made.fileName, contentBase64: made.contentBase64 });
    if (!saved) return false;
    written = saved.path;
  } else {
    downloadBlob(made.fileName, new Blob([bytesOf(made.contentBase64)], { type: 'application/zip' }));
  }
  const what = format === 'dossier' ? 'Project exported as a bundle' : 'Project exported as REFI-QDA';
  showToast({ tone: 'success', message: what, details: [written, ...made.details] });
  return true;
}

/**
 * A file picked with "Import project…": a .qdpx comes in as a new project; a .dossier is inspected
 * first, and when the library has its project already the analyst chooses new or merge.
 */
export async function importProjectFile(picked: File): Promise<void> {
  const name = picked.name.toLowerCase();
  if (!name.endsWith('.dossier') && !name.endsWith('.qdpx')) {
    showError(`“${picked.name}” is not a project file. Choose a .dossier bundle or a REFI-QDA .qdpx.`);
    return;
  }
  const [read] = await readFiles([picked]);
  if (!read) return;
  const file = { fileName: picked.name, contentBase64: read.contentBase64 };
  if (name.endsWith('.qdpx')) {
    const report = await withBusy(`Importing ${picked.name}…`, () => call('import.qdpx', { file }));
    if (report) await landImport(report);
    return;
  }
  const inspected = await withBusy(`Reading ${picked.name}…`, () => call('bundle.inspect', { file }));
  if (!inspected) return;
  if (inspected.existing) openProjectDialog({ kind: 'import-bundle', bundle: { file, ...inspected } });
  else await importBundle({ file, ...inspected }, {});
}

/** Imports an inspected bundle as a new project (`as`) or merged; returns the core's refusal, null when done. */
export async function importBundle(
  bundle: InspectedBundle,
  choice: { as?: string; merge?: boolean },
): Promise<string | null> {
  const result = await withBusy(`Importing ${bundle.file.fileName}…`, () =>
    request('bundle.import', { file: bundle.file, ...choice }),
  );
  if (!result.ok) {
    // A name refused belongs at the name field; anything else is a toast the analyst can read at leisure.
    if (choice.as !== undefined && result.error.code !== 'unsupported_here') return result.error.message;
    showError(result.error.message);
    return null;
  }
  await landImport(result.value);
  return null;
}

const MAX_WARNINGS = 5;

type ImportReport = MethodOutput<'bundle.import'> & { skipped?: string[] };

/** Shows the imported project, then what came in. */
async function landImport(report: ImportReport): Promise<void> {
  await loadProjects();
  await switchProject(report.project.id, { announce: false });
  const { name } = report.project;
  const details = [
    `Added: ${describeRowCounts(report.added)}`,
    ...(report.mode === 'merge' ? [`Already there: ${describeRowCounts(report.unchanged)}`] : []),
    // A long list of warnings is cut, so the toast stays readable; the count says how many more.
    ...report.warnings.slice(0, MAX_WARNINGS),
    ...(report.warnings.length > MAX_WARNINGS ? [`…and ${report.warnings.length - MAX_WARNINGS} more warnings`] : []),
    ...(report.skipped ?? []).map((what) => `Skipped: ${what}`),
  ];
  const message = report.mode === 'merge' ? `Merged into “${name}”` : `Imported “${name}” as a new project`;
  showToast({ tone: report.warnings.length ? 'info' : 'success', message, details });
}

/** Copies a document into another project; returns the core's refusal, null when done. */
export async function copyDocument(
  documentId: DocumentId,
  toProject: string,
  withHighlights: boolean,
): Promise<string | null> {
  const result = await request('documents.copy', { ids: [documentId], toProject, withHighlights });
  if (!result.ok) return result.error.message;
  const { copied, skipped, highlights, project } = result.value;
  scheduleRefresh(['documents']);
  await loadProjects();
  const title = useAppStore.getState().documents.find((doc) => doc.id === documentId)?.title ?? 'The document';
  const message =
    copied > 0
      ? `Copied “${title}” to “${project.name}”${withHighlights ? ` with ${plural(highlights, 'highlight')}` : ''}`
      : skipped > 0
        ? `“${project.name}” already has “${title}”: nothing copied`
        : `Nothing copied to “${project.name}”`;
  showToast({
    tone: copied > 0 ? 'success' : 'info',
    message,
    action: { label: 'Open project', run: () => void switchProject(project.id) },
  });
  return null;
}
