/** `dossier list`: one line per document (id, words, date, source, title). */
import { table } from '../format';
import { EXIT_OK, printJson } from '../io';
import type { CommandContext } from '../run';

export async function listDocuments(ctx: CommandContext): Promise<number> {
  const documents = await ctx.call('documents.list', {});
  if (ctx.json) {
    printJson(ctx.io, documents);
    return EXIT_OK;
  }
  if (documents.length === 0) {
    ctx.io.err('The library is empty. Add documents with: dossier import <files or folders>\n');
    return EXIT_OK;
  }
  const rows = documents.map((d) => [d.id, String(d.wordCount), d.publishedDate ?? '-', d.source ?? '-', d.title]);
  ctx.io.out(table([['ID', 'WORDS', 'DATE', 'SOURCE', 'TITLE'], ...rows]) + '\n');
  return EXIT_OK;
}
