/**
 * `dossier export brief|passages|timeline|annotations|qdpx --out <file>`: the brief in Markdown, HTML
 * or Word, the data beside it (passages as CSV or JSON, the timeline as TimelineJS CSV or JSON, every
 * annotation as JSON), and the project as REFI-QDA for other QDA tools. Files are never replaced
 * without `--force` and never left half written.
 */
import { DataExportFormat } from '../../contract';
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';
import { outputPath, writeAtomically } from '../safe-write';
import { briefInput, pick } from './brief-args';

const WHAT = 'brief, passages, timeline, annotations or qdpx';

export async function exportCommand(ctx: CommandContext): Promise<number> {
  const [what, extra] = ctx.args;
  if (what === undefined)
    throw new UsageError(`export needs what to write: ${WHAT}, as in export brief --out brief.md`);
  if (extra !== undefined) throw new UsageError(`export writes one thing at a time, not “${ctx.args.join(' ')}”`);
  if (what !== 'brief' && what !== 'passages' && what !== 'timeline' && what !== 'annotations' && what !== 'qdpx') {
    throw new UsageError(`export writes ${WHAT}, not “${what}”`);
  }
  if (!ctx.values.out) throw new UsageError(`export ${what} needs --out <file>`);
  const path = outputPath(ctx.values.out, ctx.values.force);
  if (what === 'brief') return exportBrief(ctx, path);
  return what === 'qdpx' ? exportQdpx(ctx, path) : exportData(ctx, what, path);
}

async function exportQdpx(ctx: CommandContext, path: string): Promise<number> {
  const { contentBase64, skippedHighlights } = await ctx.call('export.qdpx', {});
  const bytes = Buffer.from(contentBase64, 'base64');
  writeAtomically(path, bytes);
  if (skippedHighlights > 0) {
    ctx.io.err(
      `dossier: ${skippedHighlights} ${skippedHighlights === 1 ? 'highlight needs' : 'highlights need'} review ` +
        '(the text changed under them), so they are left out; place them again in the app to include them.\n',
    );
  }
  if (ctx.json) printJson(ctx.io, { path, bytes: bytes.length, skippedHighlights });
  else ctx.io.out(`Wrote the project as REFI-QDA to ${path}\n`);
  return EXIT_OK;
}

async function exportBrief(ctx: CommandContext, path: string): Promise<number> {
  const brief = await ctx.call('export.brief', await briefInput(ctx));
  const bytes = brief.format === 'docx' ? Buffer.from(brief.content, 'base64') : Buffer.from(brief.content, 'utf8');
  writeAtomically(path, bytes);
  if (ctx.json) printJson(ctx.io, { path, format: brief.format, bytes: bytes.length });
  else ctx.io.out(`Wrote the brief to ${path}\n`);
  return EXIT_OK;
}

async function exportData(
  ctx: CommandContext,
  kind: 'passages' | 'timeline' | 'annotations',
  path: string,
): Promise<number> {
  const format = pick(ctx.values.format, DataExportFormat.options, '--format', kind === 'annotations' ? 'json' : 'csv');
  const { content, skipped = 0 } = await ctx.call('export.data', { kind, format });
  writeAtomically(path, content);
  if (skipped > 0) {
    ctx.io.err(
      `dossier: ${skipped} ${skipped === 1 ? 'event has' : 'events have'} no date, so TimelineJS cannot ` +
        'place them; they are left out of the CSV (the JSON keeps them).\n',
    );
  }
  if (ctx.json) printJson(ctx.io, { path, kind, format, bytes: Buffer.byteLength(content), skipped });
  else ctx.io.out(`Wrote the ${kind} to ${path}\n`);
  return EXIT_OK;
}
