/** `dossier import <files or folders…>`: reads the files (folders recursively) and imports them in batches. */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importableExtensions, isImportableName, type ImportFile, type ImportReport } from '../../contract';
import { EXIT_FAILED, EXIT_OK, printJson, UsageError } from '../io';
import { ImportProgressLine } from '../progress-line';
import type { CommandContext } from '../run';

const BATCH = 500;

export async function importPaths(ctx: CommandContext): Promise<number> {
  if (ctx.args.length === 0) throw new UsageError('import needs at least one file or folder');
  const report: ImportReport = { imported: [], duplicates: [], failed: [], warnings: [] };
  const files: ImportFile[] = [];
  const skipped: string[] = [];
  for (const path of ctx.args) {
    for (const file of expand(path, skipped)) {
      try {
        files.push({ name: file, contentBase64: readFileSync(file).toString('base64') });
      } catch (error) {
        report.failed.push({ name: file, message: `${file} could not be read (${describeError(error)}).` });
      }
    }
  }
  const jobId = `cli-${randomUUID()}`;
  const line = ctx.io.errIsTTY && !ctx.json && files.length > 0 ? new ImportProgressLine(ctx.io, files.length) : null;
  let offset = 0;
  const stop = line
    ? ctx.on('import.progress', (progress) => {
        if (progress.jobId === jobId) line.show(offset, progress);
      })
    : () => undefined;
  try {
    for (; offset < files.length; offset += BATCH) {
      const part = await ctx.call('documents.import', { files: files.slice(offset, offset + BATCH), jobId });
      report.imported.push(...part.imported);
      report.duplicates.push(...part.duplicates);
      report.failed.push(...part.failed);
      report.warnings.push(...part.warnings);
    }
  } finally {
    stop();
    line?.clear();
  }
  if (ctx.json) printJson(ctx.io, { ...report, skipped });
  else print(ctx, report, skipped);
  if (files.length === 0 && report.failed.length === 0) {
    ctx.io.err(`dossier: no files to import (supported: ${importableExtensions.map((e) => '.' + e).join(' ')}).\n`);
    return EXIT_FAILED;
  }
  return report.failed.length > 0 ? EXIT_FAILED : EXIT_OK;
}

/**
 * A file as given (even of an unsupported type, so the core can say why), or a folder's supported
 * files; a folder's other files are listed as skipped.
 */
function expand(path: string, skipped: string[]): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    return [path];
  }
  if (!isFolder) return [path];
  const found = readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  skipped.push(...found.filter((file) => !isImportableName(file)));
  return found.filter((file) => isImportableName(file));
}

function print(ctx: CommandContext, report: ImportReport, skipped: readonly string[]): void {
  for (const doc of report.imported) ctx.io.out(`imported   ${doc.id}  ${doc.title}\n`);
  for (const dup of report.duplicates) {
    ctx.io.out(`duplicate  ${dup.existingId}  ${dup.name} is already in the library as “${dup.title}”\n`);
  }
  // Every message names its file already.
  for (const failure of report.failed) ctx.io.err(`failed     ${failure.message}\n`);
  for (const warning of report.warnings) ctx.io.err(`warning    ${warning.name}: ${warning.message}\n`);
  for (const file of skipped) ctx.io.err(`skipped    ${file} (not a supported format)\n`);
  const { imported, duplicates, failed } = report;
  ctx.io.err(`${imported.length} imported, ${duplicates.length} duplicate, ${failed.length} failed\n`);
}

function describeError(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}
