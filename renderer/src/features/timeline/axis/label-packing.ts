/**
 * Labels on the axis never collide: each mark with its label is a pixel extent, packed into rows by
 * greedy first fit (in order of their left edge, each goes in the first row where it fits). When
 * the rows would run past the lane's height, the last row holds "+N" counts instead: each gathers
 * the marks that did not fit, from its left edge to where the next count may start.
 */

export interface PackItem {
  /** Left and right pixel of the mark and its label together. */
  x0: number;
  x1: number;
}

export interface CountGroup {
  x: number;
  /** Indices of the items it stands for. */
  members: number[];
}

export interface Packing {
  /** The row of each item, or -1 when it is counted in a group. */
  rows: number[];
  /** Rows taken, counts included. */
  rowCount: number;
  /** The row of the "+N" counts (the last one), or -1 when everything fits. */
  countRow: number;
  groups: CountGroup[];
}

/** Pixels kept free between two labels on a row. */
export const LABEL_GAP = 8;

function firstFit(items: readonly PackItem[], maxRows: number): { rows: number[]; used: number; overflow: boolean } {
  const ends: number[] = [];
  const rows = new Array<number>(items.length);
  let overflow = false;
  items.forEach((item, index) => {
    let row = ends.findIndex((end) => end + LABEL_GAP <= item.x0);
    if (row === -1 && ends.length < maxRows) row = ends.push(-Infinity) - 1;
    if (row === -1) overflow = true;
    else ends[row] = item.x1;
    rows[index] = row;
  });
  return { rows, used: ends.length, overflow };
}

/** Packs items sorted by `x0` into at most `maxRows` rows (at least 1), counting what does not fit. */
export function packLabels(items: readonly PackItem[], maxRows: number, countWidth: number): Packing {
  const limit = Math.max(1, Math.floor(maxRows));
  const all = firstFit(items, limit);
  if (!all.overflow) return { rows: all.rows, rowCount: all.used, countRow: -1, groups: [] };
  const packed = firstFit(items, limit - 1);
  const groups: CountGroup[] = [];
  packed.rows.forEach((row, index) => {
    if (row !== -1) return;
    const x = (items[index] as PackItem).x0;
    const last = groups.at(-1);
    if (last && x < last.x + countWidth + LABEL_GAP) last.members.push(index);
    else groups.push({ x, members: [index] });
  });
  return { rows: packed.rows, rowCount: packed.used + 1, countRow: packed.used, groups };
}
