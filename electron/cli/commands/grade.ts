/**
 * `dossier grade`: the Admiralty grades from scripts. A document's source reliability
 * (`<document-id> --reliability B`), every document of a source at once (`--source "<name>"
 * --reliability B`), or a passage's information credibility (`--highlight <id> --credibility 2`);
 * `none` clears. Each is one undo step in the app, as if graded there.
 */
import { gradeLabel } from '../../contract';
import { EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';
import { describeCredibility, describeReliability, readCredibility, readReliability } from './grade-args';
import { notFoundAs } from './known-ids';

const FORMS =
  'grade needs a document and its reliability (dossier grade <document-id> --reliability B), a source ' +
  '(--source "<name>" --reliability B) or a passage (--highlight <id> --credibility 2)';

export async function gradeEvidence(ctx: CommandContext): Promise<number> {
  const { reliability, credibility, source, highlight = [] } = ctx.values;
  const [id, extra] = ctx.args;
  if (extra !== undefined) throw new UsageError(`grade takes one document id, not “${ctx.args.join(' ')}”`);
  if (highlight.length > 0 || credibility !== undefined) {
    if (id !== undefined || source !== undefined || reliability !== undefined) {
      throw new UsageError(
        '--highlight grades a passage with --credibility alone; grade its document with dossier grade <document-id> --reliability B',
      );
    }
    const [highlightId, another] = highlight;
    if (highlightId === undefined || another !== undefined || credibility === undefined) throw new UsageError(FORMS);
    return gradePassage(ctx, highlightId, credibility);
  }
  if (reliability === undefined || (id === undefined) === (source === undefined)) throw new UsageError(FORMS);
  return id !== undefined ? gradeDocument(ctx, id, reliability) : gradeSource(ctx, source ?? '', reliability);
}

async function gradeDocument(ctx: CommandContext, id: string, value: string): Promise<number> {
  const reliability = readReliability(value);
  const doc = await ctx.call('documents.update', { id, reliability }).catch((error: unknown) => {
    throw notFoundAs(error, `no document has the id “${id}”; dossier list shows the documents and their ids`);
  });
  if (ctx.json) printJson(ctx.io, doc);
  else if (reliability === null) ctx.io.out(`“${doc.title}” is no longer graded.\n`);
  else ctx.io.out(`“${doc.title}” is graded ${describeReliability(reliability)}.\n`);
  return EXIT_OK;
}

async function gradeSource(ctx: CommandContext, source: string, value: string): Promise<number> {
  const reliability = readReliability(value);
  const { updated } = await ctx.call('documents.gradeSource', { source, reliability });
  if (ctx.json) {
    printJson(ctx.io, { source, reliability, updated });
    return EXIT_OK;
  }
  const grade = reliability === null ? 'no longer graded' : `graded ${describeReliability(reliability)}`;
  const changed = updated === 1 ? '1 document changed' : `${updated} documents changed`;
  ctx.io.out(`Every document of “${source.trim()}” is ${grade} (${changed}).\n`);
  return EXIT_OK;
}

async function gradePassage(ctx: CommandContext, id: string, value: string): Promise<number> {
  const credibility = readCredibility(value);
  const highlight = await ctx.call('highlights.update', { id, credibility }).catch((error: unknown) => {
    throw notFoundAs(
      error,
      `no highlight has the id “${id}”; dossier show <document-id> --json lists a document's highlights`,
    );
  });
  const label = gradeLabel(highlight);
  if (ctx.json) {
    printJson(ctx.io, { ...highlight, grade: label });
    return EXIT_OK;
  }
  const grade = credibility === null ? 'no longer graded' : `graded ${describeCredibility(credibility)}`;
  ctx.io.out(`The passage “${highlight.quote}” is ${grade}${label ? `; its grade is ${label}` : ''}.\n`);
  return EXIT_OK;
}
