/**
 * One rule for "does this date fall in that range", shared by the search filter `date:` (core) and
 * the timeline's date filter (renderer), so both agree on uncertain and open-ended dates.
 */

/** An inclusive range of ISO days; null for an open end. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

/**
 * Whether days `first`–`last` (null: open, so unbounded) share a day with the inclusive range: an
 * event "about 2024" matches date:2024-06, "before May 2024" matches date:2023.
 */
export function boundsOverlap(first: string | null, last: string | null, range: DayRange): boolean {
  return (
    (range.from === null || last === null || last >= range.from) &&
    (range.to === null || first === null || first <= range.to)
  );
}
