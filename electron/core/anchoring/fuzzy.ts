/**
 * Approximate anchoring, for a highlight whose quote was itself edited in a new version of the
 * document (a word changed, a typo fixed), so that the exact quote is gone. A place is accepted only
 * when the quote there is at least 85% the same (edit distance over its length) AND at least half of
 * the stored context still sits right around it, as `anchorByQuote` asks of an exact quote, and no
 * other place comes close. Anything else is null and the highlight goes to review: a passage that
 * merely reads alike somewhere else is never taken.
 *
 * That rule also makes the search cheap and complete. Half the context around a place means the last
 * `a` characters of the prefix end right where it starts, or the first `b` of the suffix begin right
 * where it ends (with `a + b` just over half the context), so finding those two strings finds every
 * place that could be accepted, wherever it moved in the document; each is then checked by a banded
 * alignment pinned there. A seed found too often, or a work budget used up, gives null, not a guess.
 */
import { alignPinned, boundedDistance, WorkBudget } from './edit-distance';
import { contextScore, snapEnd, snapStart, type Anchor, type TextSelector } from './selector';

export const MIN_SIMILARITY = 0.85;
export const MIN_CONTEXT = 0.5;
/** Two places whose scores (similarity + context, each 0 to 1) are closer than this are a tie. */
const TIE = 0.05;
/** A context seed found more often than this is boilerplate; such a highlight is left for review. */
const MAX_SEED_HITS = 100;
/** Alignment cells one quote may use (some 40 ms): enough to check a quote of about 3,500 characters once. */
export const CELLS_PER_QUOTE = 4_000_000;

export interface ApproximateAnchor extends Anchor {
  /** 1 minus the edits needed to turn the old quote into the new one, over the old quote's length. */
  similarity: number;
  /** Share of the stored context found around the new place. */
  context: number;
}

type Range = [number, number];

/**
 * The place in `text` of a selector whose quote may have been edited, or null. Its confidence is
 * similarity × (0.5 + context / 2): for an unedited quote the same as `anchorByQuote` gives.
 */
export function anchorApproximately(
  text: string,
  selector: TextSelector,
  budget = new WorkBudget(CELLS_PER_QUOTE),
): ApproximateAnchor | null {
  const { quote, prefix, suffix } = selector;
  const maxEdits = Math.floor(quote.length * (1 - MIN_SIMILARITY) + 1e-9);
  const needed = Math.ceil((prefix.length + suffix.length) * MIN_CONTEXT);
  if (quote.length === 0 || needed === 0) return null;
  // A place with fewer than `a` prefix and fewer than `b` suffix characters has under `needed`.
  const a = Math.min(prefix.length + 1, Math.max(needed - suffix.length, Math.ceil((needed + 1) / 2)));
  const b = needed + 1 - a;
  const ranges: Range[] = [];
  if (a <= prefix.length) {
    const hits = occurrences(text, prefix.slice(prefix.length - a));
    if (!hits) return null;
    for (const hit of hits) {
      const found = alignPinned(quote, text, hit + a, 1, maxEdits, budget);
      if (found) ranges.push([hit + a, hit + a + found.length]);
    }
  }
  if (b <= suffix.length) {
    const hits = occurrences(text, suffix.slice(0, b));
    if (!hits) return null;
    for (const hit of hits) {
      const found = alignPinned(quote, text, hit, -1, maxEdits, budget);
      if (found) ranges.push([hit - found.length, hit]);
    }
  }
  const places = distinctPlaces(ranges.flatMap((range) => score(text, selector, range, maxEdits, budget) ?? []));
  if (budget.exhausted) return null;
  const [best, second] = places;
  if (!best || best.context < MIN_CONTEXT || best.similarity < MIN_SIMILARITY) return null;
  if (second && scoreOf(second) > scoreOf(best) - TIE) return null;
  return best;
}

/** Where `seed` occurs, or null when it occurs too often to tell places apart. */
function occurrences(text: string, seed: string): number[] | null {
  const hits: number[] = [];
  for (let i = text.indexOf(seed); i !== -1; i = text.indexOf(seed, i + 1)) {
    if (hits.push(i) > MAX_SEED_HITS) return null;
  }
  return hits;
}

/** The place on whole characters (no split surrogate pair or combining sequence), scored. */
function score(
  text: string,
  selector: TextSelector,
  [from, to]: Range,
  maxEdits: number,
  budget: WorkBudget,
): ApproximateAnchor | null {
  const start = snapStart(text, from);
  const end = snapEnd(text, to);
  if (end <= start) return null;
  const edits = boundedDistance(selector.quote, text.slice(start, end), maxEdits, budget);
  if (edits === null) return null;
  const similarity = 1 - edits / selector.quote.length;
  const context = contextScore(text, start, end, selector);
  return { start, end, similarity, context, confidence: similarity * (0.5 + context / 2) };
}

const scoreOf = (place: ApproximateAnchor) => place.similarity + place.context;

/** Best first, each place once (both seeds find a place whose context is intact). */
function distinctPlaces(places: ApproximateAnchor[]): ApproximateAnchor[] {
  const sorted = places.sort((x, y) => scoreOf(y) - scoreOf(x) || x.start - y.start || x.end - y.end);
  return sorted.filter(
    (place, i) => i === 0 || place.start !== sorted[i - 1]?.start || place.end !== sorted[i - 1]?.end,
  );
}
