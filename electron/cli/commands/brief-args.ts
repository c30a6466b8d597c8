/**
 * The brief's choices as typed on the command line (`--tag`, `--sub-tags`, `--event`, `--from`,
 * `--to`, `--min-grade`, `--structure`, `--format`), read into the contract's `export.brief` input.
 * Tags are named by name or id, as everywhere in the CLI. What no flag gives is left out, so the
 * core takes it from the brief as composed and saved in the app; `--whole-project` drops a saved scope.
 */
import type { BriefFormat, BriefStructure, Credibility, MethodInput, Reliability } from '../../contract';
import { BriefFormat as Formats, BriefStructure as Structures } from '../../contract';
import { CommandError } from '../io';
import type { CommandContext } from '../run';
import { findTag } from './tags';

type BriefInput = MethodInput<'export.brief'>;

export async function briefInput(ctx: CommandContext): Promise<BriefInput> {
  const { values } = ctx;
  const scope: NonNullable<BriefInput['scope']> = {};
  if (values.tag?.length) {
    const tags = await ctx.call('tags.list', {});
    scope.tags = { ids: values.tag.map((name) => findTag(tags, name).id), includeSubTags: values['sub-tags'] ?? false };
  } else if (values['sub-tags']) {
    throw new CommandError('--sub-tags widens the tags given with --tag; name at least one tag.');
  }
  if (values.event?.length) scope.eventIds = values.event.map((id) => id.trim());
  if (values.from !== undefined || values.to !== undefined) {
    scope.dateRange = { from: isoDay(values.from, '--from'), to: isoDay(values.to, '--to') };
  }
  if (values['min-grade'] !== undefined) scope.minGrade = readMinGrade(values['min-grade']);
  const narrowed = Object.keys(scope).length > 0;
  if (narrowed && values['whole-project']) {
    throw new CommandError(
      '--whole-project covers everything; leave out --tag, --event, --from, --to and --min-grade.',
    );
  }
  return {
    title: values.title,
    format: pick<BriefFormat>(values.format, Formats.options, '--format', 'md'),
    ...(values.structure !== undefined && {
      structure: pick<BriefStructure>(values.structure, Structures.options, '--structure', 'tag'),
    }),
    ...((narrowed || values['whole-project']) && { scope }),
  };
}

/** A choice among `options`, or `fallback` when not given; anything else is refused with the list. */
export function pick<T extends string>(value: string | undefined, options: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  const wanted = value.trim().toLowerCase();
  const found = options.find((option) => option === wanted);
  if (!found) throw new CommandError(`${flag} “${value}”: choose one of ${options.join(', ')}.`);
  return found;
}

function isoDay(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
    throw new CommandError(`${flag} “${value}”: give the day as YYYY-MM-DD, such as 2024-06-25.`);
  }
  return value.trim();
}

/** "B3" (source B or better, information 3 or better), "B" (the source only) or "3" (the information only). */
export function readMinGrade(value: string): { reliability?: Reliability; credibility?: Credibility } {
  const match = /^\s*([A-Fa-f])?\s*[-/]?\s*([1-6])?\s*$/.exec(value);
  const [, letter, digit] = match ?? [];
  if (!match || (letter === undefined && digit === undefined)) {
    throw new CommandError(
      `--min-grade “${value}”: write a source letter A–F and an information digit 1–6, as in B3, ` +
        'or either alone (B, 3); A and 1 are the best.',
    );
  }
  return {
    ...(letter !== undefined && { reliability: letter.toUpperCase() as Reliability }),
    ...(digit !== undefined && { credibility: Number(digit) }),
  };
}
