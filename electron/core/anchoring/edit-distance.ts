/**
 * Bounded edit distance (Levenshtein over UTF-16 code units) for approximate re-anchoring: a quote
 * aligned against text that starts (or ends) at a known position, its other end free. Only the band
 * of `maxEdits` either side of the diagonal is computed, the alignment gives up as soon as every path
 * needs more edits than that, and every cell computed is charged to a budget, so a bad quote or a
 * huge one costs a bounded amount of work.
 */

/**
 * Alignment work allowed (dynamic-programming cells). A share of it caps one piece of work while
 * also drawing on the whole, so one quote cannot use up what the others need, nor all of them more
 * than the whole.
 */
export class WorkBudget {
  private spent = 0;
  private ranOut = false;

  constructor(
    private readonly limit: number,
    private readonly parent?: WorkBudget,
  ) {}

  /** Takes `cells`; false (taking nothing) when this budget or the one it shares has too few left. */
  spend(cells: number): boolean {
    if (this.spent + cells > this.limit || (this.parent && !this.parent.spend(cells))) {
      this.ranOut = true;
      return false;
    }
    this.spent += cells;
    return true;
  }

  /** True once a spend was refused: a search cut short cannot vouch that it found every match. */
  get exhausted(): boolean {
    return this.ranOut;
  }

  share(limit: number): WorkBudget {
    return new WorkBudget(limit, this);
  }
}

export interface Alignment {
  /** Code units of text the pattern aligned with. */
  length: number;
  edits: number;
}

/**
 * Aligns all of `pattern` with the text read from `from`: forward (`direction` 1, the pattern's
 * start pinned at `from`) or backward (-1, its end pinned at `from`). Returns the stretch of text with
 * the fewest edits, the one closest to the pattern's own length on a tie; null when it would need
 * more than `maxEdits`, or when the budget runs out (the caller cannot tell, and treats it as no match).
 */
export function alignPinned(
  pattern: string,
  text: string,
  from: number,
  direction: 1 | -1,
  maxEdits: number,
  budget: WorkBudget,
): Alignment | null {
  const available = direction === 1 ? text.length - from : from;
  return align(pattern, text, from, direction, maxEdits, budget, Math.min(available, pattern.length + maxEdits));
}

/** Edit distance between `a` and all of `b`, or null when it is more than `maxEdits`. */
export function boundedDistance(a: string, b: string, maxEdits: number, budget: WorkBudget): number | null {
  return align(a, b, 0, 1, maxEdits, budget, b.length, true)?.edits ?? null;
}

/** The banded table over `width` code units of text; `whole` asks for an alignment with all of them. */
function align(
  pattern: string,
  text: string,
  from: number,
  direction: 1 | -1,
  maxEdits: number,
  budget: WorkBudget,
  width: number,
  whole = false,
): Alignment | null {
  const m = pattern.length;
  if (width < m - maxEdits || (whole && width > m + maxEdits)) return null;
  // Both strings copied in reading order, so the inner loop only indexes typed arrays.
  const q = new Uint16Array(m);
  for (let i = 0; i < m; i++) q[i] = pattern.charCodeAt(direction === 1 ? i : m - 1 - i);
  const t = new Uint16Array(width);
  for (let j = 0; j < width; j++) t[j] = text.charCodeAt(direction === 1 ? from + j : from - 1 - j);
  const over = maxEdits + 1;
  let previous = new Int32Array(width + 2).fill(over);
  let current = new Int32Array(width + 2).fill(over);
  for (let j = 0; j <= Math.min(width, maxEdits); j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    const low = Math.max(0, i - maxEdits);
    const high = Math.min(width, i + maxEdits);
    if (!budget.spend(high - low + 1)) return null;
    const p = q[i - 1];
    let rowMin = over;
    if (low > 0) current[low - 1] = over;
    for (let j = low; j <= high; j++) {
      let value = i;
      if (j > 0) {
        const diagonal = (previous[j - 1] ?? over) + (p === t[j - 1] ? 0 : 1);
        const up = (previous[j] ?? over) + 1;
        const left = (current[j - 1] ?? over) + 1;
        value = diagonal < up ? diagonal : up;
        if (left < value) value = left;
        if (value > over) value = over;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    current[high + 1] = over;
    if (rowMin > maxEdits) return null;
    [previous, current] = [current, previous];
  }
  let best: Alignment | null = null;
  for (let j = whole ? width : Math.max(0, m - maxEdits); j <= Math.min(width, m + maxEdits); j++) {
    const edits = previous[j] ?? over;
    if (edits > maxEdits) continue;
    if (!best || edits < best.edits || (edits === best.edits && Math.abs(j - m) < Math.abs(best.length - m))) {
      best = { length: j, edits };
    }
  }
  return best;
}
