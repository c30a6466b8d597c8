/**
 * A date expression found in the text, before it is resolved: where it is, whether the text points
 * forward there, and what it needs to become a date. The finders (chrono, the period and relative
 * patterns) produce mentions; `resolve-mentions.ts` turns them into spans in text order.
 */
import type { Span } from './calendar-span';
import { isForward } from './forward-cues';
import type { ReferenceDate, ReferencePrecision } from './reference-date';

export type MentionSpec =
  /** Fully written: "30 September 2024", "October 2023", "in 2024". */
  | { kind: 'absolute'; span: Span }
  /** Written without a year: "on 30 September", "in June", "the end of April". */
  | { kind: 'yearless'; spanIn: (year: number) => Span | null }
  /** Counted from the reference date: "on Monday", "last week", "yesterday", "last year". */
  | { kind: 'relative'; needs: ReferencePrecision; spanFrom: (reference: ReferenceDate) => Span | null }
  /** Counted from the previous date in the text: "a day later", "the next day". */
  | { kind: 'afterPrevious'; shift: (previous: Span) => Span | null };

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** The text says the date may lie after the reference ("next", "until", "will"); see forward-cues.ts. */
  forward: boolean;
  spec: MentionSpec;
}

/**
 * A mention of `text.slice(start, end)`, with its forward cue read from the text around it; `spec`
 * may depend on that cue (a weekday looks back or ahead).
 */
export function mentionAt(
  text: string,
  start: number,
  end: number,
  spec: MentionSpec | ((forward: boolean) => MentionSpec),
): Mention {
  const forward = isForward(text, start, end);
  return { start, end, text: text.slice(start, end), forward, spec: typeof spec === 'function' ? spec(forward) : spec };
}

/** Keeps the first of any overlapping mentions, in the order given (put the preferred ones first). */
export function withoutOverlaps(mentions: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const mention of mentions) {
    if (!kept.some((other) => mention.start < other.end && other.start < mention.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
