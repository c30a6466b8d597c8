/**
 * The contract methods only the desktop shell implements, because they need a native dialog: import
 * picked files or a folder, save the brief (Markdown, HTML or Word), save an image the window drew
 * (the timeline), a text export (codebook, data) or a whole project (.dossier, .qdpx). They end in
 * the core's own methods, and answer `null` when the user cancels. Electron comes in as parameters, so tests pass fakes.
 *
 * An import is read and sent batch by batch (`core/services/batched-import.ts`), so a folder of any
 * size works with one batch in memory; pipes, devices and links are named and never opened.
 */
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  fail,
  importableExtensions,
  methods,
  ok,
  type BriefFormat,
  type MethodOutput,
  type Result,
  type ShellMethodName,
} from '../contract';
import type { Core } from '../core/create-core';
import { importInBatches } from '../core/services/batched-import';
import { takeStock } from '../core/services/path-intake';
import { writeFileAtomic } from './atomic-write';

export interface ShellDeps {
  core: Pick<Core, 'handle'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  documentsDir: string;
  logger: Pick<Console, 'error'>;
}

export type ShellHandlers = {
  /** `scope` is the window's project, passed on unread to the core, which checks it. */
  [M in ShellMethodName]: (
    payload: unknown,
    window: BrowserWindow | null,
    scope?: unknown,
  ) => Promise<Result<MethodOutput<M>>>;
};

const openOptions: OpenDialogOptions = {
  title: 'Import documents',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'Documents', extensions: [...importableExtensions] },
    { name: 'All files', extensions: ['*'] },
  ],
};

const BRIEF_FILTERS = {
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML page', extensions: ['html'] },
  docx: { name: 'Word document', extensions: ['docx'] },
} as const satisfies Record<BriefFormat, FileFilter>;

const TEXT_FILTERS = {
  qdc: { name: 'REFI-QDA codebook', extensions: ['qdc'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
} as const satisfies Record<string, FileFilter>;

const PROJECT_FILTERS = {
  dossier: { name: 'Dossier project bundle', extensions: ['dossier'] },
  qdpx: { name: 'REFI-QDA project', extensions: ['qdpx'] },
} as const satisfies Record<string, FileFilter>;

function showOpen(deps: ShellDeps, window: BrowserWindow | null) {
  return window ? deps.dialog.showOpenDialog(window, openOptions) : deps.dialog.showOpenDialog(openOptions);
}

function showSave(deps: ShellDeps, window: BrowserWindow | null, options: SaveDialogOptions) {
  return window ? deps.dialog.showSaveDialog(window, options) : deps.dialog.showSaveDialog(options);
}

async function importPaths(
  deps: ShellDeps,
  paths: readonly string[],
  jobId: string | undefined,
  scope: unknown,
): Promise<Result<MethodOutput<'dialog.importFiles'>>> {
  const intake = await takeStock(paths, basename);
  const report = await importInBatches({
    files: intake.files,
    // The window's job id lets it follow this import's progress and cancel it.
    jobId: jobId ?? `desktop-${randomUUID()}`,
    nameOf: basename,
    call: async (input) => {
      const result = await deps.core.handle('documents.import', input, scope);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
  });
  return ok({
    ...report,
    failed: [...intake.failed, ...report.failed],
    skipped: intake.skipped,
    notFiles: intake.notFiles,
  });
}

export function createShellHandlers(deps: ShellDeps): ShellHandlers {
  return {
    async 'dialog.importFiles'(payload, window, scope) {
      const input = methods['dialog.importFiles'].input.safeParse(payload ?? {});
      if (!input.success) return fail('invalid_input', 'dialog.importFiles takes only an optional job id.');
      const picked = await showOpen(deps, window);
      if (picked.canceled || picked.filePaths.length === 0) return ok(null);
      return importPaths(deps, picked.filePaths, input.data.jobId, scope);
    },

    async 'dialog.importFolder'(payload, window, scope) {
      const input = methods['dialog.importFolder'].input.safeParse(payload ?? {});
      if (!input.success) return fail('invalid_input', 'dialog.importFolder takes only an optional job id.');
      const options: OpenDialogOptions = { title: 'Import a folder', properties: ['openDirectory'] };
      const picked = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      const folder = picked.filePaths[0];
      if (picked.canceled || !folder) return ok(null);
      return importPaths(deps, [folder], input.data.jobId, scope);
    },

    async 'dialog.exportBrief'(payload, window, scope) {
      const input = methods['dialog.exportBrief'].input.safeParse(payload ?? {});
      if (!input.success)
        return fail('invalid_input', input.error.issues[0]?.message ?? 'That brief cannot be exported.');
      const brief = await deps.core.handle('export.brief', input.data, scope);
      if (!brief.ok) return brief;
      const { format, content, fileName } = brief.value;
      const picked = await showSave(deps, window, {
        title: 'Save brief',
        defaultPath: join(deps.documentsDir, fileName),
        filters: [BRIEF_FILTERS[format]],
      });
      if (picked.canceled || !picked.filePath) return ok(null);
      try {
        // Word comes back base64-encoded; Markdown and HTML are the text itself.
        await writeFileAtomic(picked.filePath, format === 'docx' ? Buffer.from(content, 'base64') : content);
      } catch (error) {
        deps.logger.error('dossier: saving the brief failed', error);
        return fail('internal', `The brief could not be saved in ${dirname(picked.filePath)}. Nothing was written.`);
      }
      return ok({ path: picked.filePath });
    },

    async 'dialog.saveImage'(payload, window) {
      const input = methods['dialog.saveImage'].input.safeParse(payload ?? {});
      if (!input.success) {
        return fail('invalid_input', 'dialog.saveImage takes a file name ending in .svg or .png and its bytes.');
      }
      const { fileName, contentBase64 } = input.data;
      const extension = fileName.endsWith('.png') ? 'png' : 'svg';
      const picked = await showSave(deps, window, {
        title: 'Save timeline',
        defaultPath: join(deps.documentsDir, fileName),
        filters: [{ name: extension === 'png' ? 'PNG image' : 'SVG image', extensions: [extension] }],
      });
      if (picked.canceled || !picked.filePath) return ok(null);
      try {
        await writeFileAtomic(picked.filePath, Buffer.from(contentBase64, 'base64'));
      } catch (error) {
        deps.logger.error('dossier: saving the image failed', error);
        return fail('internal', `The image could not be saved in ${dirname(picked.filePath)}. Nothing was written.`);
      }
      return ok({ path: picked.filePath });
    },

    async 'dialog.saveText'(payload, window) {
      const input = methods['dialog.saveText'].input.safeParse(payload ?? {});
      if (!input.success) {
        return fail('invalid_input', 'dialog.saveText takes a file name ending in .qdc, .csv or .json and its text.');
      }
      const { fileName, content } = input.data;
      const extension = fileName.slice(fileName.lastIndexOf('.') + 1) as keyof typeof TEXT_FILTERS;
      const picked = await showSave(deps, window, {
        title: extension === 'qdc' ? 'Export codebook' : 'Export data',
        defaultPath: join(deps.documentsDir, fileName),
        filters: [TEXT_FILTERS[extension]],
      });
      if (picked.canceled || !picked.filePath) return ok(null);
      try {
        await writeFileAtomic(picked.filePath, Buffer.from(content, 'utf8'));
      } catch (error) {
        deps.logger.error('dossier: saving a text export failed', error);
        return fail('internal', `The file could not be saved in ${dirname(picked.filePath)}. Nothing was written.`);
      }
      return ok({ path: picked.filePath });
    },

    async 'dialog.saveFile'(payload, window) {
      const input = methods['dialog.saveFile'].input.safeParse(payload ?? {});
      if (!input.success) {
        return fail('invalid_input', 'dialog.saveFile takes a file name ending in .dossier or .qdpx and its bytes.');
      }
      const { fileName, contentBase64 } = input.data;
      const extension = fileName.endsWith('.qdpx') ? 'qdpx' : 'dossier';
      const picked = await showSave(deps, window, {
        title: 'Export project',
        defaultPath: join(deps.documentsDir, fileName),
        filters: [PROJECT_FILTERS[extension]],
      });
      if (picked.canceled || !picked.filePath) return ok(null);
      try {
        await writeFileAtomic(picked.filePath, Buffer.from(contentBase64, 'base64'));
      } catch (error) {
        deps.logger.error('dossier: saving a project export failed', error);
        return fail('internal', `The project could not be saved in ${dirname(picked.filePath)}. Nothing was written.`);
      }
      return ok({ path: picked.filePath });
    },
  };
}
