/**
 * Turns mentions, in text order, into dates.
 *
 * - Written in full: taken as written; `resolvedAgainst` is null.
 * - Year-less ("on 5 December"): the reference's year, or the year before when that would put it
 *   after the reference (news reports the past); with a forward cue ("until March") the year after
 *   when it would otherwise end before the reference. Against a partial reference, "after" means
 *   after its last possible day: with reference "2024-10", "15 October" is 2024-10-15.
 * - Counted from the reference ("on Monday", "last week", "yesterday"): when the reference is
 *   precise enough (see reference-date.ts); `resolvedAgainst` is "reference date 2024-10-02".
 * - Counted from the previous date ("a day later"): the date of the mention just before it, if that
 *   one resolved to a date precise enough; `resolvedAgainst` is "previous date 2024-09-30 (offset 1234)".
 * - Anything that cannot be resolved has `needsReference: true`, `edtf: null` and
 *   `resolvedAgainst: null`: it waits for a reference date (or for an earlier date it can count
 *   from). Nothing is ever resolved against today.
 */
import type { Span } from './calendar-span';
import type { Mention } from './mention';
import { reaches, type ReferenceDate } from './reference-date';

export interface ResolvedMention extends Mention {
  span: Span | null;
  resolvedAgainst: string | null;
  needsReference: boolean;
}

type Resolution = Pick<ResolvedMention, 'span' | 'resolvedAgainst'> | null;

function resolveOne(mention: Mention, reference: ReferenceDate | null, previous: ResolvedMention | null): Resolution {
  const { spec } = mention;
  const againstReference = reference && `reference date ${reference.text}`;
  switch (spec.kind) {
    case 'absolute':
      return { span: spec.span, resolvedAgainst: null };
    case 'yearless': {
      if (!reference) return null;
      let span = spec.spanIn(reference.year);
      if (span && mention.forward && span.last < reference.first) span = spec.spanIn(reference.year + 1);
      else if (span && !mention.forward && span.first > reference.last) span = spec.spanIn(reference.year - 1);
      return span && { span, resolvedAgainst: againstReference };
    }
    case 'relative': {
      if (!reaches(reference, spec.needs)) return null;
      const span = spec.spanFrom(reference);
      return span && { span, resolvedAgainst: againstReference };
    }
    case 'afterPrevious': {
      if (!previous?.span) return null;
      const span = spec.shift(previous.span);
      return span && { span, resolvedAgainst: `previous date ${previous.span.edtf} (offset ${previous.start})` };
    }
  }
}

export function resolveMentions(mentions: readonly Mention[], reference: ReferenceDate | null): ResolvedMention[] {
  const resolved: ResolvedMention[] = [];
  let previous: ResolvedMention | null = null;
  for (const mention of mentions) {
    const resolution = resolveOne(mention, reference, previous);
    const next: ResolvedMention = resolution
      ? { ...mention, ...resolution, needsReference: false }
      : { ...mention, span: null, resolvedAgainst: null, needsReference: true };
    resolved.push(next);
    previous = next;
  }
  return resolved;
}
