/**
 * Ids typed on the command line, looked up with a message that names the id and where to find a
 * right one; the core's own wording ("no longer in the library") fits the app, where an id comes
 * from a click, not from a person typing it.
 */
import type { DocumentDetail } from '../../contract';
import { CommandError } from '../io';
import type { CommandContext } from '../run';

export async function knownDocument(ctx: CommandContext, id: string): Promise<DocumentDetail> {
  try {
    return await ctx.call('documents.get', { id });
  } catch (error) {
    throw notFoundAs(error, `no document has the id “${id}”; dossier list shows the documents and their ids`);
  }
}

/** A core not_found failure as `message`; any other error unchanged. */
export function notFoundAs(error: unknown, message: string): unknown {
  return error instanceof CommandError && error.code === 'not_found' ? new CommandError(message, 'not_found') : error;
}
