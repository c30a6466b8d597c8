/**
 * A whole project from a file (a .dossier bundle, a .qdpx) as the core takes it, and how an import
 * of one is reported. Shared by `dossier bundle import` and `dossier import-qdpx`.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ProjectImportReport } from '../../contract';
import { CommandError } from '../io';
import type { CommandContext } from '../run';

/** The contract's cap on a file's base64 (200,000,000 characters) in bytes. */
const MAX_BYTES = 150_000_000;

export function projectFile(path: string): { fileName: string; contentBase64: string } {
  const full = resolve(path);
  let size: number;
  try {
    const stat = statSync(full);
    if (!stat.isFile()) throw new CommandError(`${full} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CommandError) throw error;
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new CommandError(`could not read ${full} (${reason}).`);
  }
  if (size > MAX_BYTES) throw new CommandError(`${full} is larger than 150 MB, more than Dossier imports at once.`);
  return { fileName: basename(full), contentBase64: readFileSync(full).toString('base64') };
}

/** "3 documents, 12 highlights, 5 tags, 2 events": what the analyst recognises, not every table. */
export function rowSummary(counts: Record<string, number>): string {
  const items: [string, string, string][] = [
    ['documents', 'document', 'documents'],
    ['highlights', 'highlight', 'highlights'],
    ['tags', 'tag', 'tags'],
    ['events', 'event', 'events'],
  ];
  return items.map(([table, one, many]) => `${counts[table] ?? 0} ${counts[table] === 1 ? one : many}`).join(', ');
}

/** The report of an import in words: where it landed, what was added (and, in a merge, already there). */
export function printImportReport(ctx: CommandContext, report: ProjectImportReport): void {
  const { project, mode, added, unchanged } = report;
  if (mode === 'new') {
    ctx.io.out(`Imported as the new project “${project.name}” (id ${project.id}): ${rowSummary(added)}\n`);
  } else {
    ctx.io.out(`Merged into “${project.name}” (id ${project.id}): added ${rowSummary(added)}\n`);
    ctx.io.out(`Already there: ${rowSummary(unchanged)}\n`);
  }
  for (const warning of report.warnings) ctx.io.err(`warning    ${warning}\n`);
  ctx.io.err(`Work in it with --project "${project.name}" or dossier projects use "${project.name}"\n`);
}
