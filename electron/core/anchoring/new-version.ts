/**
 * Where a highlight belongs in a new version of its document, whose old offsets are no evidence:
 * its exact quote placed by context (`anchorByQuote`, trusted from MIN_CONFIDENCE), else its edited
 * quote in the same context (`anchorApproximately`), else nowhere, and the caller flags it for review.
 */
import { WorkBudget } from './edit-distance';
import { anchorApproximately, CELLS_PER_QUOTE } from './fuzzy';
import { anchorByQuote, type Anchor, type TextSelector } from './selector';

/**
 * Below this an exact quote is not trusted. `anchorByQuote` scores 0.5 + half the share of matching
 * context, so 0.75 asks that at least half the 32-character context either side still matches.
 */
export const MIN_CONFIDENCE = 0.75;

/** Alignment cells for all the highlights of one new version: about a second of work at most. */
export const CELLS_PER_VERSION = 100_000_000;

export function anchorInNewVersion(
  text: string,
  selector: TextSelector,
  budget = new WorkBudget(CELLS_PER_VERSION),
): Anchor | null {
  const exact = anchorByQuote(text, selector);
  if (exact && exact.confidence >= MIN_CONFIDENCE) return exact;
  return anchorApproximately(text, selector, budget.share(CELLS_PER_QUOTE));
}
