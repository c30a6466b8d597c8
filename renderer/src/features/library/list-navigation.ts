/**
 * Where a key takes the active row of the library list, and which rows a Shift-extended selection
 * covers. Pure, so the listbox component only maps events to these answers.
 */

/** The row a navigation key moves to, or null when the key does not move. */
export function targetIndex(key: string, active: number, count: number, pageSize: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const clamp = (index: number) => Math.max(0, Math.min(last, index));
  switch (key) {
    case 'ArrowDown':
      return clamp(active + 1);
    case 'ArrowUp':
      return clamp(active - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(active + Math.max(1, pageSize));
    case 'PageUp':
      return clamp(active - Math.max(1, pageSize));
    default:
      return null;
  }
}

/**
 * The next title starting with what was typed, case and accents aside. A single letter searches
 * after the active row (typing "r" again moves to the next "r…"); a longer prefix starts at the
 * active row itself, so "re", "rep" stay on "Report" while it still matches. Wraps around.
 */
export function typeAheadIndex(titles: readonly string[], active: number, typed: string): number | null {
  const count = titles.length;
  if (count === 0 || typed === '') return null;
  const prefix = fold(typed);
  const start = typed.length === 1 ? active + 1 : active;
  for (let step = 0; step < count; step++) {
    const index = (((start + step) % count) + count) % count;
    if (fold(titles[index] ?? '').startsWith(prefix)) return index;
  }
  return null;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trimStart();
}

/** The ids from the anchor row to the target row, both included, in list order. */
export function rangeOf<T>(rows: readonly T[], anchor: number, target: number): T[] {
  const from = Math.max(0, Math.min(anchor, target));
  const to = Math.min(rows.length - 1, Math.max(anchor, target));
  return rows.slice(from, to + 1);
}

/**
 * The list's scroll position that shows row `index` of fixed-height rows: the same when the row is
 * already in full view, else just enough to bring it in ('auto') or the row in the middle
 * ('center'). Set directly rather than through the virtualizer's scrollToIndex, which right after
 * the first load of 50,000 rows could leave End's row out of view.
 */
export function scrollTopFor(
  index: number,
  view: { rowHeight: number; scrollTop: number; height: number },
  align: 'auto' | 'center',
): number {
  const top = index * view.rowHeight;
  const bottom = top + view.rowHeight;
  if (align === 'center') return Math.max(0, top - (view.height - view.rowHeight) / 2);
  if (top < view.scrollTop) return top;
  if (bottom > view.scrollTop + view.height) return bottom - view.height;
  return view.scrollTop;
}
