/**
 * `dossier dates <document-id> [--reference YYYY-MM-DD]`: the dates proposed from a document's
 * text. `--json` prints exactly the array `[{ text, start, end, edtf, resolvedAgainst,
 * needsReference }]` that scripts rely on; without it, a table plus the reference used and the
 * published date the text suggests. A reference that is not a date exits 1 saying what would work.
 */
import { ReferenceDate, type DateProposal } from '../../contract';
import { table } from '../format';
import { CommandError, EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';

/** The public shape, field for field, whatever else the contract's proposal may come to carry. */
const publicProposal = ({ text, start, end, edtf, resolvedAgainst, needsReference }: DateProposal) => ({
  text,
  start,
  end,
  edtf,
  resolvedAgainst,
  needsReference,
});

/** What is wrong with a `--reference`, or null when it is a date. */
function referenceProblem(value: string): string | null {
  if (ReferenceDate.safeParse(value).success) return null;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return 'write the reference date as YYYY-MM-DD (or YYYY-MM, YYYY)';
  const month = Number(value.slice(5, 7));
  if (value.length > 4 && (month < 1 || month > 12)) return `there is no month ${month}`;
  return 'there is no such day in the calendar';
}

export async function proposedDates(ctx: CommandContext): Promise<number> {
  const [id, extra] = ctx.args;
  if (id === undefined || extra !== undefined) throw new UsageError('dates needs exactly one document id');
  const { reference } = ctx.values;
  const problem = reference === undefined ? null : referenceProblem(reference);
  if (problem) throw new CommandError(`--reference “${reference}”: ${problem}; e.g. --reference 2024-10-02`);
  const dates = await ctx.call('documents.dates', { id, ...(reference !== undefined ? { reference } : {}) });
  if (ctx.json) {
    printJson(ctx.io, dates.proposals.map(publicProposal));
    return EXIT_OK;
  }
  const source = reference !== undefined ? 'given' : 'published date';
  const lines = [
    dates.reference
      ? `Reference date: ${dates.reference} (${source})`
      : 'Reference date: none (relative dates need one: --reference YYYY-MM-DD)',
  ];
  const suggestion = dates.publishedSuggestion;
  if (suggestion)
    lines.push(`Published date the text suggests: ${suggestion.edtf} (“${suggestion.text}”, ${suggestion.why})`);
  if (dates.proposals.length === 0) {
    lines.push('', 'No dates found in this document.');
  } else {
    const rows = dates.proposals.map((p) => [
      `${p.start}-${p.end}`,
      p.text,
      p.edtf ?? '-',
      p.needsReference ? 'needs a reference date' : (p.resolvedAgainst ?? 'as written'),
    ]);
    lines.push('', table([['OFFSETS', 'TEXT', 'EDTF', 'RESOLVED AGAINST'], ...rows]));
  }
  ctx.io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
