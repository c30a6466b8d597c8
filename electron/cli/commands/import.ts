/**
 * `dossier import <files or folders…>`: takes stock of the paths first (`stat`, so pipes, devices and
 * links inside folders are named and never opened), then reads and stores the files batch by batch,
 * so any number of files imports with one batch in memory.
 */
import { randomUUID } from 'node:crypto';
import { importableExtensions, type ImportReport } from '../../contract';
import { importInBatches } from '../../core/services/batched-import';
import { takeStock, type Intake } from '../../core/services/path-intake';
import { EXIT_FAILED, EXIT_OK, printJson, UsageError } from '../io';
import { ImportProgressLine } from '../progress-line';
import type { CommandContext } from '../run';

const asGiven = (path: string) => path;

export async function importPaths(ctx: CommandContext): Promise<number> {
  if (ctx.args.length === 0) throw new UsageError('import needs at least one file or folder');
  const intake = await takeStock(ctx.args, asGiven);
  const jobId = `cli-${randomUUID()}`;
  const line = ctx.io.errIsTTY && !ctx.json && intake.files.length > 0 ? new ImportProgressLine(ctx.io) : null;
  const stop = line
    ? ctx.on('import.progress', (progress) => {
        if (progress.jobId === jobId) line.show(progress);
      })
    : () => undefined;
  let batches: ImportReport;
  try {
    batches = await importInBatches({
      files: intake.files,
      jobId,
      nameOf: asGiven,
      call: (input) => ctx.call('documents.import', input),
    });
  } finally {
    stop();
    line?.clear();
  }
  const report: ImportReport = { ...batches, failed: [...intake.failed, ...batches.failed] };
  if (ctx.json) printJson(ctx.io, { ...report, skipped: intake.skipped, notFiles: intake.notFiles });
  else print(ctx, report, intake, await ctx.projectName());
  if (intake.files.length === 0 && report.failed.length === 0) {
    ctx.io.err(`dossier: no files to import (supported: ${importableExtensions.map((e) => '.' + e).join(' ')}).\n`);
    return EXIT_FAILED;
  }
  return report.failed.length > 0 ? EXIT_FAILED : EXIT_OK;
}

function print(ctx: CommandContext, report: ImportReport, intake: Intake, project: string): void {
  for (const doc of report.imported) ctx.io.out(`imported   ${doc.id}  ${doc.title}\n`);
  for (const dup of report.duplicates) {
    ctx.io.out(`duplicate  ${dup.existingId}  ${dup.name} is already in the project as “${dup.title}”\n`);
  }
  // Every message names its file already.
  for (const failure of report.failed) ctx.io.err(`failed     ${failure.message}\n`);
  for (const warning of report.warnings) ctx.io.err(`warning    ${warning.name}: ${warning.message}\n`);
  for (const file of intake.skipped) ctx.io.err(`skipped    ${file} (not a supported format)\n`);
  for (const entry of intake.notFiles) ctx.io.err(`skipped    ${entry.name} (${entry.reason})\n`);
  const { imported, duplicates, failed } = report;
  ctx.io.err(
    `${imported.length} imported, ${duplicates.length} duplicate, ${failed.length} failed (project “${project}”)\n`,
  );
}
