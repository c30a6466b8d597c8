/**
 * The two contract methods only the desktop shell implements, because they need a native dialog:
 * import picked files, and save the Markdown brief. Both end in the core's own methods, and both
 * answer `null` when the user cancels. Electron comes in as parameters, so tests pass fakes.
 */
import { dirname, join } from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  fail,
  importableExtensions,
  methods,
  ok,
  type MethodOutput,
  type Result,
  type ShellMethodName,
} from '../contract';
import type { Core } from '../core/create-core';
import { writeFileAtomic } from './atomic-write';
import { listFolder, readImportFiles } from './file-intake';

export interface ShellDeps {
  core: Pick<Core, 'handle'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  documentsDir: string;
  logger: Pick<Console, 'error'>;
}

export type ShellHandlers = {
  [M in ShellMethodName]: (payload: unknown, window: BrowserWindow | null) => Promise<Result<MethodOutput<M>>>;
};

const openOptions: OpenDialogOptions = {
  title: 'Import documents',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'Documents', extensions: [...importableExtensions] },
    { name: 'All files', extensions: ['*'] },
  ],
};

function showOpen(deps: ShellDeps, window: BrowserWindow | null) {
  return window ? deps.dialog.showOpenDialog(window, openOptions) : deps.dialog.showOpenDialog(openOptions);
}

function showSave(deps: ShellDeps, window: BrowserWindow | null, options: SaveDialogOptions) {
  return window ? deps.dialog.showSaveDialog(window, options) : deps.dialog.showSaveDialog(options);
}

async function importPaths(
  deps: ShellDeps,
  paths: readonly string[],
  skipped: readonly string[],
  jobId: string | undefined,
): Promise<Result<MethodOutput<'dialog.importFiles'>>> {
  const intake = await readImportFiles(paths);
  if (intake.files.length === 0) {
    return ok({ imported: [], duplicates: [], failed: intake.failed, warnings: [], skipped: [...skipped] });
  }
  // The job id lets the window follow this import's progress and cancel it.
  const report = await deps.core.handle('documents.import', { files: intake.files, ...(jobId ? { jobId } : {}) });
  if (!report.ok || report.value.cancelled) return report;
  return ok({ ...report.value, failed: [...intake.failed, ...report.value.failed], skipped: [...skipped] });
}

export function createShellHandlers(deps: ShellDeps): ShellHandlers {
  return {
    async 'dialog.importFiles'(payload, window) {
      const input = methods['dialog.importFiles'].input.safeParse(payload ?? {});
      if (!input.success) return fail('invalid_input', 'dialog.importFiles takes only an optional job id.');
      const picked = await showOpen(deps, window);
      if (picked.canceled || picked.filePaths.length === 0) return ok(null);
      return importPaths(deps, picked.filePaths, [], input.data.jobId);
    },

    async 'dialog.importFolder'(payload, window) {
      const input = methods['dialog.importFolder'].input.safeParse(payload ?? {});
      if (!input.success) return fail('invalid_input', 'dialog.importFolder takes only an optional job id.');
      const options: OpenDialogOptions = { title: 'Import a folder', properties: ['openDirectory'] };
      const picked = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      const folder = picked.filePaths[0];
      if (picked.canceled || !folder) return ok(null);
      const { files, skipped } = await listFolder(folder);
      return importPaths(deps, files, skipped, input.data.jobId);
    },

    async 'dialog.exportBrief'(payload, window) {
      const input = methods['dialog.exportBrief'].input.safeParse(payload ?? {});
      if (!input.success) return fail('invalid_input', 'The brief title is too long.');
      const brief = await deps.core.handle('export.brief', input.data);
      if (!brief.ok) return brief;
      const picked = await showSave(deps, window, {
        title: 'Save brief',
        defaultPath: join(deps.documentsDir, brief.value.fileName),
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      });
      if (picked.canceled || !picked.filePath) return ok(null);
      try {
        await writeFileAtomic(picked.filePath, brief.value.markdown);
      } catch (error) {
        deps.logger.error('dossier: saving the brief failed', error);
        return fail('internal', `The brief could not be saved in ${dirname(picked.filePath)}. Nothing was written.`);
      }
      return ok({ path: picked.filePath });
    },
  };
}
