/**
 * `dossier bundle export [<project>] --out <file>`: the project, whole, as a `.dossier` bundle another
 * Dossier can open. A library holds one project today, so `<project>` (its name in any case, or its
 * id) only guards against exporting a different one than meant. Importing comes with projects as a
 * runtime scope. The file is never replaced without `--force` and never left half written.
 */
import { CommandError, EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';
import { outputPath, writeAtomically } from '../safe-write';

export async function bundleCommand(ctx: CommandContext): Promise<number> {
  const [action, wanted, extra] = ctx.args;
  if (action === undefined)
    throw new UsageError('bundle needs what to do: export, as in bundle export --out my.dossier');
  if (action !== 'export') throw new UsageError(`bundle can export a project, not “${action}”`);
  if (extra !== undefined)
    throw new UsageError(`bundle export writes one project at a time, not “${ctx.args.join(' ')}”`);
  if (!ctx.values.out) throw new UsageError('bundle export needs --out <file>, as in bundle export --out my.dossier');
  const path = outputPath(ctx.values.out, ctx.values.force);
  const bundle = await ctx.call('bundle.export', {});
  const { project, counts } = bundle;
  if (wanted !== undefined && wanted !== project.id && wanted.toLowerCase() !== project.name.toLowerCase()) {
    throw new CommandError(
      `this library has no project “${wanted}”; its one project is “${project.name}” (id ${project.id}).`,
      'not_found',
    );
  }
  const bytes = Buffer.from(bundle.contentBase64, 'base64');
  writeAtomically(path, bytes);
  if (ctx.json) printJson(ctx.io, { path, bytes: bytes.length, project, counts });
  else ctx.io.out(`Wrote “${project.name}” (${summary(counts)}) to ${path}\n`);
  return EXIT_OK;
}

/** "3 documents, 12 highlights, 5 tags, 2 events": what the analyst recognises, not every table. */
function summary(counts: Record<string, number>): string {
  const items: [string, string, string][] = [
    ['documents', 'document', 'documents'],
    ['highlights', 'highlight', 'highlights'],
    ['tags', 'tag', 'tags'],
    ['events', 'event', 'events'],
  ];
  return items.map(([table, one, many]) => `${counts[table] ?? 0} ${counts[table] === 1 ? one : many}`).join(', ');
}
