/** `dossier replace <id> <file>`: replaces a document with a newer version, re-anchoring its highlights. */
import { readFileSync } from 'node:fs';
import { CommandError, EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function replaceDocument(ctx: CommandContext): Promise<number> {
  const [id, path, extra] = ctx.args;
  if (id === undefined || path === undefined || extra !== undefined) {
    throw new UsageError('replace needs a document id and one file');
  }
  let contentBase64: string;
  try {
    contentBase64 = readFileSync(path).toString('base64');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CommandError(`${path} could not be read (${reason}).`);
  }
  const result = await ctx.call('documents.replace', { id, file: { name: path, contentBase64 } });
  if (ctx.json) {
    printJson(ctx.io, result);
    return EXIT_OK;
  }
  const { document, reanchored, needsReview } = result;
  ctx.io.out(`replaced   ${document.id}  ${document.title}\n`);
  ctx.io.out(`highlights: ${reanchored} re-anchored, ${needsReview} need review\n`);
  return EXIT_OK;
}
