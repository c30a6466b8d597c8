/**
 * How a proposed date reads to the analyst: its label ("30 September 2024", read from its EDTF the
 * way event dates are), what it was resolved against, and the reader's tooltip and mark for it.
 */
import { readEdtf, type DateProposal } from '../../../../electron/contract';
import type { DateMark } from '../../store/dates-slice';

export const NEEDS_REFERENCE = 'needs a reference date';

/** The label of an EDTF date, or the EDTF itself when the reader cannot show it. */
export function dateLabel(edtf: string): string {
  const read = readEdtf(edtf);
  return read.ok ? read.reading.label : edtf;
}

/** The date's label, or null when it needs a reference date. */
export function proposalLabel(proposal: DateProposal): string | null {
  return proposal.edtf === null ? null : dateLabel(proposal.edtf);
}

/**
 * What a date still unresolved lacks: any reference date, or (when the reference is only a year
 * or month, and the text names a weekday or a day) a more precise one.
 */
export const missingReference = (reference: string | null): string =>
  reference === null ? NEEDS_REFERENCE : `needs a more precise reference date than ${dateLabel(reference)}`;

/**
 * "resolved against reference date 2 October 2024", "resolved against previous date 24 February
 * 2024", "as written" or what it lacks (`reference` is the reference date the proposals were
 * resolved against). The core's text carries the ISO date (and, for a previous date, the offset it
 * stands at, which means nothing to a reader).
 */
export function resolutionOf(proposal: DateProposal, reference: string | null): string {
  if (proposal.needsReference || proposal.edtf === null) return missingReference(reference);
  const against = proposal.resolvedAgainst;
  if (against === null) return 'as written';
  const named = /^(reference date|previous date) (\S+)/.exec(against);
  return named ? `resolved against ${named[1]} ${dateLabel(named[2] ?? '')}` : `resolved against ${against}`;
}

/** The reader's tooltip: "30 September 2024 — resolved against reference date 2 October 2024". */
export function markTitle(proposal: DateProposal, reference: string | null): string {
  const label = proposalLabel(proposal);
  if (label !== null) return `${label} — ${resolutionOf(proposal, reference)}`;
  const hint = reference === null ? ' (set the document’s published date)' : '';
  return `“${proposal.text}”: ${missingReference(reference)}${hint}`;
}

/** The proposals as the reader's marks: sorted by offset, empty or overlapping ones left out. */
export function toDateMarks(proposals: readonly DateProposal[], reference: string | null): DateMark[] {
  const marks: DateMark[] = [];
  for (const proposal of [...proposals].sort((a, b) => a.start - b.start)) {
    const last = marks.at(-1);
    if (proposal.end <= proposal.start || (last && proposal.start < last.end)) continue;
    marks.push({
      start: proposal.start,
      end: proposal.end,
      resolved: proposal.edtf !== null,
      title: markTitle(proposal, reference),
    });
  }
  return marks;
}
