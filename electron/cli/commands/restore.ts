/**
 * `dossier restore <file>`: puts a backup in place of the library. The file must be a healthy
 * Dossier library this version can open, else nothing changes; the current library is backed up
 * first. The library must not be open elsewhere (the app or the web host), since they would keep
 * writing to the file that was replaced.
 */
import { restoreLibrary } from '../../core/db/restore';
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function restoreBackup(ctx: CommandContext): Promise<number> {
  const [file, ...rest] = ctx.args;
  if (file === undefined || rest.length > 0) {
    throw new UsageError('restore takes one file: dossier restore <file> (see dossier backup --list)');
  }
  const report = await restoreLibrary({ dataDir: ctx.dataDir, from: file, now: new Date() });
  if (ctx.json) {
    printJson(ctx.io, report);
    return EXIT_OK;
  }
  ctx.io.out(`restored  ${report.restored}\n`);
  if (report.previous) ctx.io.err(`The library it replaced was backed up first: ${report.previous.path}\n`);
  if (report.copiedAside) ctx.io.err(`The library it replaced was damaged; it was kept as ${report.copiedAside}\n`);
  ctx.io.err('The search index is rebuilt the next time the library opens.\n');
  return EXIT_OK;
}
