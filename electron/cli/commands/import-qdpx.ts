/**
 * `dossier import-qdpx <file> [--as NAME]`: a REFI-QDA project (text sources and their codings, as
 * QualCoder writes them) as a new project of the library; what could not come in is listed.
 */
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';
import { printImportReport, projectFile } from './project-file';

export async function importQdpxCommand(ctx: CommandContext): Promise<number> {
  const [path, extra] = ctx.args;
  if (path === undefined || extra !== undefined) {
    throw new UsageError('import-qdpx takes one file: import-qdpx <file.qdpx> [--as NAME]');
  }
  const { as } = ctx.values;
  const report = await ctx.call('import.qdpx', { file: projectFile(path), ...(as === undefined ? {} : { as }) });
  if (ctx.json) {
    printJson(ctx.io, report);
    return EXIT_OK;
  }
  printImportReport(ctx, report);
  for (const skipped of report.skipped) ctx.io.err(`skipped    ${skipped}\n`);
  return EXIT_OK;
}
