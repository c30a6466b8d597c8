/**
 * The codebook exported as REFI-QDA (.qdc) or CSV, and merged back in by name. An import is one
 * change set (one undo step); a file it cannot read is refused before anything is written.
 */
import { cleanLine, type MethodInput, type MethodOutput } from '../../contract';
import { readCsv, writeCsv } from '../codebook/csv';
import type { CodebookFile } from '../codebook/exchange-entry';
import { planImport, type PlanTag } from '../codebook/import-plan';
import { readQdc, writeQdc } from '../codebook/qdc';
import { DossierFailure } from '../errors';
import type { Context } from './context';
import type { Writer } from '../repos/writer';

export function exportCodebook(
  ctx: Context,
  format: MethodInput<'codebook.export'>['format'],
  projectName: string,
): MethodOutput<'codebook.export'> {
  const tags = ctx.repos.tags.list(ctx.projectId);
  const content = format === 'qdc' ? writeQdc(tags) : writeCsv(tags);
  return { content, fileName: `${fileStem(projectName)}-codebook.${format}` };
}

/** The project's name as a file name stem: letters and digits, the rest as single hyphens. */
function fileStem(projectName: string): string {
  const stem = projectName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return stem || 'dossier';
}

export function importCodebook(ctx: Context, input: MethodInput<'codebook.import'>): MethodOutput<'codebook.import'> {
  const fileName = cleanLine(input.fileName.split(/[\\/]/).pop() ?? '').trim() || 'the codebook';
  const file = readCodebook(fileName, input.content);
  return ctx.mutate(`Import codebook “${fileName}”`, (w) => {
    const plan = planImport(ctx.repos.tags.rows(ctx.projectId), file.entries, () => ctx.newId());
    const now = ctx.now();
    for (const tag of plan.inserts) insertPlannedTag(ctx, w, tag, now);
    for (const { id, patch } of plan.updates) w.update('tags', { id }, patch);
    return {
      created: plan.created,
      updated: plan.updated,
      unchanged: plan.unchanged,
      warnings: [...file.warnings, ...plan.warnings],
    };
  });
}

/** The file read as the format its name says, or, for another name, as what its first character suggests. */
function readCodebook(fileName: string, content: string): CodebookFile {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'qdc' || extension === 'xml' || extension === 'qde') return readQdc(fileName, content);
  if (extension === 'csv' || extension === 'txt') return readCsv(fileName, content);
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start === '') {
    throw new DossierFailure('invalid_input', `${fileName} is empty: choose a REFI-QDA codebook (.qdc) or a CSV file.`);
  }
  return start.startsWith('<') ? readQdc(fileName, content) : readCsv(fileName, content);
}

/** A tag of an import plan (a codebook file's, a .qdpx's) as a new row of the context's project. */
export function insertPlannedTag(ctx: Context, w: Writer, tag: PlanTag, now: string): void {
  w.insert('tags', {
    id: tag.id,
    project_id: ctx.projectId,
    name: tag.name,
    created_at: now,
    parent_id: tag.parentId,
    color: tag.color,
    description: tag.description,
    pin: null,
  });
}
