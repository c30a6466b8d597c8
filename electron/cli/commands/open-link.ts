/**
 * `dossier open <link>`: follows a deep link from a brief (`dossier://open?doc=…&highlight=…`) to
 * the document and passage it names, printing the passage's quote as it stands in the library now.
 */
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function openLink(ctx: CommandContext): Promise<number> {
  const [link, extra] = ctx.args;
  if (link === undefined || extra !== undefined) {
    throw new UsageError('open needs one link, in quotes: dossier open "dossier://open?doc=<id>&highlight=<id>"');
  }
  const found = await ctx.call('links.resolve', { link });
  if (ctx.json) {
    printJson(ctx.io, found);
    return EXIT_OK;
  }
  const lines = [found.document.title];
  if (found.quote !== null) {
    lines.push(`> ${found.quote.replace(/\n/g, '\n> ')}`);
    if (found.status === 'needs_review')
      lines.push(
        'This passage needs review: it was not found again when its document was replaced; check it in the app.',
      );
  }
  ctx.io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
