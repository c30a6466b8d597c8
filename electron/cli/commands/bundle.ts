/**
 * `dossier bundle export [<project>] --out <file>` and `dossier bundle import <file> [--as NAME | --merge]`:
 * a project, whole, as a `.dossier` bundle another Dossier can open, and back. `<project>` (its name
 * in any case, or its id) picks the project as `--project` does. An import into a library that
 * already has the bundle's project must say how: as a new project (`--as NAME`) or merged into it.
 * The exported file is never replaced without `--force` and never left half written.
 */
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';
import { outputPath, writeAtomically } from '../safe-write';
import { printImportReport, projectFile, rowSummary } from './project-file';

export async function bundleCommand(ctx: CommandContext): Promise<number> {
  const [action] = ctx.args;
  if (action === undefined) {
    throw new UsageError('bundle needs what to do: export or import, as in bundle export --out my.dossier');
  }
  if (action === 'export') return exportBundle(ctx);
  if (action === 'import') return importBundle(ctx);
  throw new UsageError(`bundle can export or import a project, not “${action}”`);
}

async function exportBundle(ctx: CommandContext): Promise<number> {
  const [, wanted, extra] = ctx.args;
  if (extra !== undefined) {
    throw new UsageError(`bundle export writes one project at a time, not “${ctx.args.join(' ')}”`);
  }
  if (wanted !== undefined && ctx.scope !== undefined && wanted !== ctx.scope.project) {
    throw new UsageError(`bundle export names its project once: “${wanted}” or --project “${ctx.scope.project}”`);
  }
  if (!ctx.values.out) throw new UsageError('bundle export needs --out <file>, as in bundle export --out my.dossier');
  const path = outputPath(ctx.values.out, ctx.values.force);
  const bundle = await ctx.call('bundle.export', {}, wanted === undefined ? ctx.scope : { project: wanted });
  const { project, counts } = bundle;
  const bytes = Buffer.from(bundle.contentBase64, 'base64');
  writeAtomically(path, bytes);
  if (ctx.json) printJson(ctx.io, { path, bytes: bytes.length, project, counts });
  else ctx.io.out(`Wrote “${project.name}” (${rowSummary(counts)}) to ${path}\n`);
  return EXIT_OK;
}

async function importBundle(ctx: CommandContext): Promise<number> {
  const [, path, extra] = ctx.args;
  if (path === undefined || extra !== undefined) {
    throw new UsageError('bundle import takes one file: bundle import <file> [--as NAME | --merge]');
  }
  const { as, merge = false } = ctx.values;
  if (as !== undefined && merge) {
    throw new UsageError(
      'bundle import takes --as NAME (a new project) or --merge (into the one it came from), not both',
    );
  }
  const file = projectFile(path);
  const inspected = await ctx.call('bundle.inspect', { file });
  const { existing } = inspected;
  if (existing && as === undefined && !merge) {
    throw new UsageError(
      `the library already has the project “${existing.name}” (id ${existing.id}) this bundle holds; ` +
        `pass --as NAME to import it as a new project, or --merge to add what “${existing.name}” lacks`,
    );
  }
  const report = await ctx.call('bundle.import', { file, merge, ...(as === undefined ? {} : { as }) });
  if (ctx.json) printJson(ctx.io, report);
  else printImportReport(ctx, report);
  return EXIT_OK;
}
