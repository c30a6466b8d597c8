/**
 * `dossier tags export --qdc|--csv [--out <file>]` and `dossier tags import <file>`: the codebook
 * as a REFI-QDA codebook or CSV, to stdout or a file, and merged back in by name with a report.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CommandError, EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';
import { outputPath, writeAtomically } from '../safe-write';

/** What codebook.import accepts in one call. */
const MAX_BYTES = 20_000_000;

export async function exportTags(ctx: CommandContext, rest: string[]): Promise<number> {
  if (rest.length > 0) throw new UsageError(`tags export takes options, not “${rest.join(' ')}”`);
  const { qdc, csv, out, force } = ctx.values;
  if (qdc === csv) throw new UsageError('tags export needs --qdc (REFI-QDA codebook) or --csv');
  const format = qdc ? 'qdc' : 'csv';
  const path = out === undefined ? undefined : outputPath(out, force);
  const { content, fileName } = await ctx.call('codebook.export', { format });
  if (path === undefined) {
    // --json keeps stdout JSON, as every command promises; the file's text is one field of it.
    if (ctx.json) printJson(ctx.io, { fileName, format, content });
    else ctx.io.out(content.endsWith('\n') ? content : `${content}\n`);
    return EXIT_OK;
  }
  writeAtomically(path, content);
  if (ctx.json) printJson(ctx.io, { path, format, bytes: Buffer.byteLength(content) });
  else ctx.io.out(`Wrote the codebook to ${path}\n`);
  return EXIT_OK;
}

export async function importTags(ctx: CommandContext, rest: string[]): Promise<number> {
  const [file, extra] = rest;
  if (file === undefined || extra !== undefined) {
    throw new UsageError('tags import needs one file: dossier tags import codebook.qdc (or tags.csv)');
  }
  const fileName = basename(file);
  const report = await ctx.call('codebook.import', { fileName, content: readText(file) });
  if (ctx.json) {
    printJson(ctx.io, report);
    return EXIT_OK;
  }
  const list = (names: string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');
  const lines = [
    `Imported ${fileName}: ${report.created.length} created${list(report.created)}, ` +
      `${report.updated.length} updated${list(report.updated)}, ${report.unchanged} unchanged.`,
    ...report.warnings.map((w) => `  warning: ${w}`),
  ];
  ctx.io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

/** The file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM, as spreadsheets save it. */
function readText(file: string): string {
  const path = resolve(file);
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new CommandError(`${file} is not a file.`);
    if (stat.size > MAX_BYTES) throw new CommandError(`${file} is larger than a codebook can be (20 MB).`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CommandError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new CommandError(
      code === 'ENOENT' ? `${file} does not exist.` : `could not read ${file} (${code || String(error)}).`,
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CommandError(`${file} is not UTF-8 text; save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again.`);
  }
}
