/**
 * `dossier export brief --out <file>`: writes the Markdown brief. Never replaces a file unless
 * `--force`, and writes to a temporary file renamed into place, so a crash never leaves half a brief.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CommandError, EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

export async function exportBrief(ctx: CommandContext): Promise<number> {
  const [what, extra] = ctx.args;
  if (what !== 'brief' || extra !== undefined)
    throw new UsageError('export supports one thing: export brief --out <file>');
  if (!ctx.values.out) throw new UsageError('export brief needs --out <file>');
  const path = resolve(ctx.values.out);
  if (existsSync(path) && !ctx.values.force) {
    throw new CommandError(`${path} already exists; use --force to replace it.`);
  }
  const { markdown } = await ctx.call('export.brief', { title: ctx.values.title });
  writeAtomically(path, markdown);
  if (ctx.json) printJson(ctx.io, { path, bytes: Buffer.byteLength(markdown) });
  else ctx.io.out(`Wrote the brief to ${path}\n`);
  return EXIT_OK;
}

function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CommandError(`could not write ${path} (${reason}).`);
  }
}
