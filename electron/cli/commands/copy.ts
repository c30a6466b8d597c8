/**
 * `dossier copy <doc-id>… --to PROJECT [--with-highlights] [--move]`: documents of the command's
 * project (`--project`, else the project used last) into another. A document the target already
 * holds (same content) is skipped; `--move` then removes the copied ones here (one undo step).
 */
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function copyCommand(ctx: CommandContext): Promise<number> {
  const ids = ctx.args;
  const toProject = ctx.values.to;
  if (ids.length === 0 || toProject === undefined) {
    throw new UsageError('copy needs document ids and a target: copy <doc-id>… --to PROJECT');
  }
  const move = ctx.values.move ?? false;
  const withHighlights = ctx.values['with-highlights'] ?? false;
  const from = await ctx.projectName();
  const result = await ctx.call('documents.copy', { ids, toProject, withHighlights, move });
  if (ctx.json) {
    printJson(ctx.io, { ...result, from });
    return EXIT_OK;
  }
  const documents = `${result.copied} ${result.copied === 1 ? 'document' : 'documents'}`;
  const highlights = withHighlights
    ? ` with ${result.highlights} ${result.highlights === 1 ? 'highlight' : 'highlights'}`
    : '';
  ctx.io.out(`${move ? 'Moved' : 'Copied'} ${documents}${highlights} from “${from}” to “${result.project.name}”\n`);
  if (result.skipped > 0) {
    ctx.io.err(
      `${result.skipped} skipped: “${result.project.name}” already has ${result.skipped === 1 ? 'a document' : 'documents'} ` +
        `with the same content${move ? ' (left where they were)' : ''}\n`,
    );
  }
  return EXIT_OK;
}
