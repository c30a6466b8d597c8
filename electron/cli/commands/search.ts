/** `dossier search <query…>`: ranked hits, each with its snippet and the matched words as [[word]]. */
import { markSnippet } from '../format';
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function searchLibrary(ctx: CommandContext): Promise<number> {
  const q = ctx.args.join(' ').trim();
  if (q === '') throw new UsageError('search needs a query');
  const results = (await ctx.call('search.query', { q })).documents;
  if (ctx.json) {
    printJson(ctx.io, results);
    return EXIT_OK;
  }
  if (results.hits.length === 0) {
    ctx.io.err(`No documents match “${q}”.\n`);
    return EXIT_OK;
  }
  results.hits.forEach((hit, i) => {
    ctx.io.out(`${i + 1}. ${hit.title}  (${hit.documentId}, score ${hit.score.toFixed(2)})\n`);
    if (hit.snippet) ctx.io.out(`   ${markSnippet(hit.snippet)}\n`);
  });
  if (results.total > results.hits.length) ctx.io.err(`Showing ${results.hits.length} of ${results.total} matches.\n`);
  return EXIT_OK;
}
