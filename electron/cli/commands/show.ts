/** `dossier show <id>`: a document's details, its full text and its blocks. */
import { table } from '../format';
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function showDocument(ctx: CommandContext): Promise<number> {
  const [id, extra] = ctx.args;
  if (id === undefined || extra !== undefined) throw new UsageError('show needs exactly one document id');
  const doc = await ctx.call('documents.get', { id });
  if (ctx.json) {
    printJson(ctx.io, doc);
    return EXIT_OK;
  }
  const details = table([
    ['Title:', doc.title],
    ['ID:', doc.id],
    ['File:', `${doc.fileName} (${doc.format})`],
    ['Words:', String(doc.wordCount)],
    ['Source:', doc.source ?? '-'],
    ['Published:', doc.publishedDate ?? '-'],
    ['Imported:', doc.importedAt],
    ['Highlights:', String(doc.highlights.length)],
  ]);
  const blocks = table(
    doc.blocks.map((b, i) => {
      const kind = b.type === 'heading' ? `heading ${b.level ?? ''}`.trim() : b.type;
      const preview = doc.text.slice(b.start, b.end);
      return [String(i + 1), kind, `${b.start}-${b.end}`, preview.length > 60 ? preview.slice(0, 59) + '…' : preview];
    }),
  );
  ctx.io.out(`${details}\n\n--- Text ---\n${doc.text}\n\n--- Blocks ---\n${blocks}\n`);
  return EXIT_OK;
}
