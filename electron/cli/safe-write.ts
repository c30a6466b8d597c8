/**
 * How every command writes a file the analyst named: never over an existing one unless `--force`,
 * and through a temporary file renamed into place, so a crash never leaves half a file behind.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CommandError } from './io';

/** The absolute path to write to; refuses one that exists unless `force`. */
export function outputPath(out: string, force: boolean | undefined): string {
  const path = resolve(out);
  if (existsSync(path) && !force) throw new CommandError(`${path} already exists; use --force to replace it.`);
  return path;
}

/** Writes text (as UTF-8) or bytes to `path` in one step. */
export function writeAtomically(path: string, content: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content, typeof content === 'string' ? { encoding: 'utf8', flag: 'wx' } : { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CommandError(`could not write ${path} (${reason}).`);
  }
}
