/**
 * The axis's visible time span as a domain [startMs, endMs] (UTC), and the moves on it: zoom around
 * a point, pan, fit everything, reveal one event. Spans stay between three days and a century, so
 * zooming runs from decades down to single days and no further.
 */
export type Domain = readonly [start: number, end: number];

export const DAY_MS = 86_400_000;
export const MIN_SPAN = 3 * DAY_MS;
export const MAX_SPAN = Math.round(100 * 365.25 * DAY_MS);

/** Part of the span left empty at each side by "fit all" and by revealing an event. */
const MARGIN = 0.06;
/** Room for an open end's arrow when fitting, as a share of the known range. */
const OPEN_ROOM = 0.1;

const span = (domain: Domain): number => domain[1] - domain[0];

/** Zooms by `factor` (below 1 zooms in) keeping the instant `anchor` at the same place on screen. */
export function zoomAround(domain: Domain, factor: number, anchor: number): Domain {
  const next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span(domain) * factor));
  const ratio = span(domain) > 0 ? (anchor - domain[0]) / span(domain) : 0.5;
  const start = anchor - ratio * next;
  return [start, start + next];
}

export const panBy = (domain: Domain, deltaMs: number): Domain => [domain[0] + deltaMs, domain[1] + deltaMs];

/** Shortest and longest span, keeping the centre. */
export function clampSpan(domain: Domain): Domain {
  const size = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span(domain)));
  const centre = (domain[0] + domain[1]) / 2;
  return [centre - size / 2, centre + size / 2];
}

/** An instant range; either end may be open (null). */
export interface Extent {
  start: number | null;
  end: number | null;
}

/** The domain showing every extent with a margin; the current year when there is nothing to show. */
export function fitDomain(extents: readonly Extent[], now = Date.now()): Domain {
  let low = Infinity;
  let high = -Infinity;
  for (const { start, end } of extents) {
    for (const value of [start, end]) {
      if (value === null) continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  if (low > high) {
    const year = new Date(now).getUTCFullYear();
    return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  }
  // An open end is drawn as an arrow beyond its known end: leave it room.
  const room = OPEN_ROOM * Math.max(high - low, MIN_SPAN);
  for (const { start, end } of extents) {
    if (start === null && end !== null) low = Math.min(low, end - room);
    if (end === null && start !== null) high = Math.max(high, start + room);
  }
  const size = Math.max(MIN_SPAN, (high - low) / (1 - 2 * MARGIN));
  const centre = (low + high) / 2;
  return clampSpan([centre - size / 2, centre + size / 2]);
}

/** The domain panned as little as needed for the extent's known start (or end) to be in view. */
export function reveal(domain: Domain, extent: Extent): Domain {
  const start = extent.start ?? extent.end;
  const end = extent.end ?? extent.start;
  if (start === null || end === null) return domain;
  const margin = span(domain) * MARGIN;
  if (start < domain[0] + margin) return panBy(domain, start - (domain[0] + margin));
  // Wider than the view: show its start rather than its end.
  const far = Math.min(end, start + span(domain) - 2 * margin);
  if (far > domain[1] - margin) return panBy(domain, far - (domain[1] - margin));
  return domain;
}

/** The domain covering a set of extents, for zooming in on a collapsed "+N" group. */
export function domainAround(extents: readonly Extent[], current: Domain): Domain {
  const fitted = fitDomain(extents);
  // A group that cannot be drawn apart at the closest zoom still zooms at least one step closer.
  return span(fitted) < span(current) ? fitted : zoomAround(current, 0.5, (fitted[0] + fitted[1]) / 2);
}
