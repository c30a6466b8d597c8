/**
 * `dossier highlight <document-id> --quote "<exact text>" …`: a highlight on the quoted words, for
 * scripts that code passages. The quote must be in the text and, when it occurs more than once,
 * `--occurrence` picks which; nothing is guessed. `--grade B2` grades the passage (the digit) and
 * checks the letter against the document's reliability, or grades an ungraded document with it.
 */
import { gradeLabel, HighlightColor, type DocumentDetail, type Highlight } from '../../contract';
import { CommandError, EXIT_OK, printJson, UsageError } from '../io';
import type { CommandContext } from '../run';
import { findQuote } from './find-quote';
import { describeReliability, readGrade } from './grade-args';
import { knownDocument } from './known-ids';

const COLORS: readonly string[] = HighlightColor.options;

export async function highlightQuote(ctx: CommandContext): Promise<number> {
  const [id, extra] = ctx.args;
  if (id === undefined || extra !== undefined) throw new UsageError('highlight needs exactly one document id');
  const { quote, occurrence, color = 'yellow', note, tag = [], grade } = ctx.values;
  if (quote === undefined || quote.trim() === '') {
    throw new UsageError('highlight needs --quote with the exact words to highlight');
  }
  if (!COLORS.includes(color)) {
    throw new CommandError(`--color “${color}” is not a highlight colour; use one of ${COLORS.join(', ')}`);
  }
  const wanted = grade === undefined ? null : readGrade(grade);
  const doc = await knownDocument(ctx, id);
  const [start, end] = pickOccurrence(doc, quote, occurrence);
  if (wanted?.reliability && doc.reliability && wanted.reliability !== doc.reliability) {
    throw new CommandError(
      `“${doc.title}” is graded ${describeReliability(doc.reliability)}, not ${wanted.reliability}; --grade can ` +
        `only repeat its letter or give the digit alone (--grade ${wanted.credibility}). To change the ` +
        `document's grade: dossier grade ${doc.id} --reliability ${wanted.reliability}`,
    );
  }
  // Checked first, written second: a refusal above leaves the library as it was.
  if (wanted?.reliability && !doc.reliability) {
    await ctx.call('documents.update', { id: doc.id, reliability: wanted.reliability });
  }
  const highlight = await ctx.call('highlights.create', {
    documentId: doc.id,
    start,
    end,
    color: color as HighlightColor,
    ...(note !== undefined ? { note } : {}),
    ...(tag.length > 0 ? { tags: tag } : {}),
    ...(wanted ? { credibility: wanted.credibility } : {}),
  });
  const label = gradeLabel(highlight);
  if (ctx.json) {
    printJson(ctx.io, { ...highlight, grade: label });
    return EXIT_OK;
  }
  ctx.io.out(`${describe(highlight, doc, label)}\n`);
  return EXIT_OK;
}

/** The one occurrence of the quote meant, or a refusal saying what to add or fix. */
function pickOccurrence(doc: DocumentDetail, quote: string, occurrence: string | undefined): [number, number] {
  const found = findQuote(doc.text, quote);
  const shown = `“${quote.trim()}”`;
  const title = `“${doc.title}”`;
  if (found.length === 0) {
    throw new CommandError(`${shown} is not in ${title}; check the exact words (case, punctuation)`);
  }
  const range = found.length === 1 ? '1' : `1–${found.length}`;
  const times = found.length === 1 ? 'once' : `${found.length} times`;
  if (occurrence === undefined) {
    if (found.length > 1) throw new CommandError(`${shown} occurs ${times} in ${title}; add --occurrence ${range}`);
    return found[0] as [number, number];
  }
  const n = /^\s*\d+\s*$/.test(occurrence) ? Number(occurrence) : NaN;
  const picked = found[n - 1];
  if (!Number.isInteger(n) || n < 1 || !picked) {
    throw new CommandError(`--occurrence “${occurrence}”: ${shown} occurs ${times} in ${title}; use ${range}`);
  }
  return picked;
}

function describe(highlight: Highlight, doc: DocumentDetail, label: string | null): string {
  const extras = [
    highlight.color,
    ...(label ? [`graded ${label}`] : []),
    ...(highlight.tags.length > 0 ? [`tags: ${highlight.tags.join(', ')}`] : []),
  ];
  return `Highlighted “${highlight.quote}” in “${doc.title}” (${extras.join('; ')}): ${highlight.id}`;
}
