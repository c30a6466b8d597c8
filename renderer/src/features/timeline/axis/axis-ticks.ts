/**
 * The axis's ticks, adapting to the zoom: decades and years, then quarters and months, then weeks
 * and days. The finest interval whose labels still fit is chosen; a context row names the larger
 * unit (the year over months, the month over days) where it begins and at the left edge.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { Domain } from './axis-domain';

export type TickUnit = 'day' | 'week' | 'month' | 'year';

export interface Tick {
  at: number;
  label: string;
}

export interface TickSet {
  unit: TickUnit;
  ticks: Tick[];
  /** Labels of the larger unit: where each begins, and one at the domain's start. */
  context: Tick[];
}

interface Step {
  unit: TickUnit;
  approxMs: number;
  interval: TimeInterval;
}

const DAY = 86_400_000;
const every = (interval: CountableTimeInterval, n: number): TimeInterval => interval.every(n) ?? interval;

const STEPS: Step[] = [
  { unit: 'day', approxMs: DAY, interval: utcDay },
  { unit: 'day', approxMs: 2 * DAY, interval: every(utcDay, 2) },
  { unit: 'week', approxMs: 7 * DAY, interval: utcMonday },
  { unit: 'month', approxMs: 30.4 * DAY, interval: utcMonth },
  { unit: 'month', approxMs: 91 * DAY, interval: every(utcMonth, 3) },
  { unit: 'month', approxMs: 182 * DAY, interval: every(utcMonth, 6) },
  ...[1, 2, 5, 10, 20, 25, 50].map((n): Step => ({
    unit: 'year',
    approxMs: n * 365.25 * DAY,
    interval: every(utcYear, n),
  })),
];
/** A century a tick: wider than any span the axis allows, so it always fits. */
const WIDEST: Step = { unit: 'year', approxMs: 100 * 365.25 * DAY, interval: every(utcYear, 100) };

/** Pixels a tick label needs, by unit ("12 Mar", "Sep", "2024"). */
const MIN_GAP: Record<TickUnit, number> = { day: 52, week: 52, month: 44, year: 48 };

const tickFormat: Record<TickUnit, (date: Date) => string> = {
  day: utcFormat('%-d %b'),
  week: utcFormat('%-d %b'),
  month: utcFormat('%b'),
  year: utcFormat('%Y'),
};

/** Pixels the edge's context label ("September 2024") needs before the next one. */
const CONTEXT_ROOM = 110;

/** The larger unit shown above the ticks, and how it is written. */
const contextOf: Record<TickUnit, { interval: TimeInterval; format: (date: Date) => string } | null> = {
  day: { interval: utcMonth, format: utcFormat('%B %Y') },
  week: { interval: utcMonth, format: utcFormat('%B %Y') },
  month: { interval: utcYear, format: utcFormat('%Y') },
  year: null,
};

/** The ticks for a domain drawn `width` pixels wide. */
export function axisTicks(domain: Domain, width: number): TickSet {
  const span = domain[1] - domain[0];
  const step =
    STEPS.find((candidate) => (span / candidate.approxMs) * MIN_GAP[candidate.unit] <= Math.max(width, 1)) ?? WIDEST;
  const start = new Date(domain[0]);
  const end = new Date(domain[1]);
  const format = tickFormat[step.unit];
  const ticks = step.interval.range(start, end).map((date) => ({ at: date.getTime(), label: format(date) }));
  const context: Tick[] = [];
  const larger = contextOf[step.unit];
  if (larger) {
    const boundaries = larger.interval
      .range(start, end)
      .map((date) => ({ at: date.getTime(), label: larger.format(date) }));
    // The edge label names what is in view before the first boundary, when there is room for it.
    const first = boundaries[0];
    if (!first || ((first.at - domain[0]) / span) * width > CONTEXT_ROOM) {
      context.push({ at: domain[0], label: larger.format(larger.interval.floor(start)) });
    }
    context.push(...boundaries);
  }
  return { unit: step.unit, ticks, context };
}
