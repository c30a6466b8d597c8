/** `dossier list`: one line per document of the project (id, words, date, source, title); the project on stderr. */
import { table } from '../format';
import { EXIT_OK, printJson } from '../io';
import type { CommandContext } from '../run';

export async function listDocuments(ctx: CommandContext): Promise<number> {
  const documents = await ctx.call('documents.list', {});
  if (ctx.json) {
    printJson(ctx.io, documents);
    return EXIT_OK;
  }
  const project = await ctx.projectName();
  if (documents.length === 0) {
    ctx.io.err(`The project “${project}” has no documents. Add documents with: dossier import <files or folders>\n`);
    return EXIT_OK;
  }
  const rows = documents.map((d) => [d.id, String(d.wordCount), d.publishedDate ?? '-', d.source ?? '-', d.title]);
  ctx.io.out(table([['ID', 'WORDS', 'DATE', 'SOURCE', 'TITLE'], ...rows]) + '\n');
  ctx.io.err(`${documents.length} ${documents.length === 1 ? 'document' : 'documents'} in “${project}”\n`);
  return EXIT_OK;
}
