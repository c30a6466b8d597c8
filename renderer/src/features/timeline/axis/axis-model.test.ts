import { describe, expect, it } from 'vitest';
import { readEdtf } from '../../../../../electron/contract';
import { DAY_MS, domainAround, fitDomain, MAX_SPAN, MIN_SPAN, reveal, zoomAround, type Domain } from './axis-domain';
import { fuzzyEnds, fuzzyOf, toAxisEvents } from './axis-events';
import { buildLanes } from './axis-lanes';
import { axisTicks } from './axis-ticks';
import { eventOf } from './test-events';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('axis events', () => {
  it('reads points, bars, fading ends and open ends from the EDTF date, in date order', () => {
    const events = toAxisEvents([
      eventOf('2024-03~', '2024-03-01', '2024-03-31', 'About March'),
      eventOf('2024-02-10', '2024-02-10', '2024-02-10', 'A day'),
      eventOf('../2024-05', null, '2024-05-31', 'Before May'),
      eventOf('2024-03/2024-05?', '2024-03-01', '2024-05-31', 'Spring, end uncertain'),
    ]);
    expect(events.map((e) => e.event.title)).toEqual(['A day', 'About March', 'Spring, end uncertain', 'Before May']);
    const [point, approx, interval, open] = events;
    expect(point).toMatchObject({ day: true, start: day('2024-02-10'), end: day('2024-02-11') });
    expect(approx && fuzzyOf(approx)).toBe('both');
    expect(interval && fuzzyOf(interval)).toBe('end');
    expect(open).toMatchObject({ start: null, end: day('2024-06-01'), day: false });
  });
});

describe('fuzzy ends', () => {
  it.each([
    '2024',
    '2024-03',
    '2024-03-12',
    '2024-03~',
    '2024-03?',
    '2024-03%',
    '2024-21',
    '2024?-03',
    '2024-03/2024-05',
    '2024-03~/2024-05',
    '2024-03/2024-05?',
    '2024-03-01%/2024-05-02~',
    '../2024-05~',
    '2024-05?/..',
  ])('agree with the EDTF reading of %s', (edtf) => {
    const read = readEdtf(edtf);
    if (!read.ok) throw new Error(read.message);
    const { fuzzyStart, fuzzyEnd, day } = read.reading;
    expect(fuzzyEnds(read.reading.edtf)).toEqual({ fuzzyStart, fuzzyEnd });
    const [axisEvent] = toAxisEvents([eventOf(read.reading.edtf, read.reading.earliest, read.reading.latest)]);
    expect(axisEvent?.day).toBe(day);
  });
});

describe('axis domain', () => {
  const march: Domain = [day('2024-03-01'), day('2024-04-01')];

  it('zooms around the pointer and stops between three days and a century', () => {
    const anchor = day('2024-03-08');
    const zoomed = zoomAround(march, 0.5, anchor);
    expect((anchor - zoomed[0]) / (zoomed[1] - zoomed[0])).toBeCloseTo((anchor - march[0]) / (march[1] - march[0]));
    let close = march;
    for (let i = 0; i < 40; i += 1) close = zoomAround(close, 0.5, anchor);
    expect(close[1] - close[0]).toBe(MIN_SPAN);
    let far = march;
    for (let i = 0; i < 40; i += 1) far = zoomAround(far, 2, anchor);
    expect(far[1] - far[0]).toBe(MAX_SPAN);
  });

  it('fits every known end with a margin, and a single day at the closest zoom', () => {
    const [start, end] = fitDomain([
      { start: day('2024-03-01'), end: day('2024-04-01') },
      { start: null, end: day('2024-07-01') },
    ]);
    expect(start).toBeLessThan(day('2024-03-01'));
    expect(end).toBeGreaterThan(day('2024-07-01'));
    const single = fitDomain([{ start: day('2024-03-05'), end: day('2024-03-06') }]);
    expect(single[1] - single[0]).toBe(MIN_SPAN);
  });

  it('reveals an event out of view by panning, and leaves one in view alone', () => {
    const later = reveal(march, { start: day('2024-05-10'), end: day('2024-05-11') });
    expect(later[1] - later[0]).toBe(march[1] - march[0]);
    expect(later[1]).toBeGreaterThan(day('2024-05-11'));
    expect(reveal(march, { start: day('2024-03-10'), end: day('2024-03-11') })).toBe(march);
  });

  it('zooms in on a group, at least one step even when it cannot be drawn apart', () => {
    const group = [{ start: day('2024-03-10'), end: day('2024-03-11') }];
    const narrow: Domain = [day('2024-03-09'), day('2024-03-12')];
    expect(domainAround(group, march)[1] - domainAround(group, march)[0]).toBe(MIN_SPAN);
    const year: Domain = [day('2024-01-01'), day('2025-01-01')];
    expect(domainAround([{ start: day('2024-03-01'), end: day('2024-09-01') }], year)[1]).toBeLessThan(year[1]);
    expect(domainAround(group, narrow)[1] - domainAround(group, narrow)[0]).toBe(MIN_SPAN);
  });
});

describe('axis ticks', () => {
  const labels = (domain: Domain, width = 800) => axisTicks(domain, width);

  it('adapts from decades to days as the span shrinks', () => {
    expect(labels([day('1950-01-01'), day('2030-01-01')])).toMatchObject({ unit: 'year' });
    expect(labels([day('1950-01-01'), day('2030-01-01')]).ticks[0]?.label).toMatch(/^\d{4}$/);
    const months = labels([day('2024-01-15'), day('2024-12-15')]);
    expect(months.unit).toBe('month');
    expect(months.ticks.map((t) => t.label)).toContain('Mar');
    expect(months.context.map((t) => t.label)).toEqual(['2024']);
    const days = labels([day('2024-03-01'), day('2024-03-08')]);
    expect(days.unit).toBe('day');
    expect(days.ticks.map((t) => t.label)).toEqual(['1 Mar', '2 Mar', '3 Mar', '4 Mar', '5 Mar', '6 Mar', '7 Mar']);
    expect(days.context[0]?.label).toBe('March 2024');
  });

  it('keeps labels apart in a narrow view', () => {
    const { ticks } = labels([day('2024-03-01'), day('2024-03-31')], 300);
    const gaps = ticks.slice(1).map((tick, i) => ((tick.at - (ticks[i]?.at ?? 0)) / (30 * DAY_MS)) * 300);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
  });
});

describe('lanes', () => {
  const events = toAxisEvents([
    eventOf('2024-03', '2024-03-01', '2024-03-31', 'Port', [
      { doc: 'a', tags: ['Port'] },
      { doc: 'b', tags: ['logistics', 'port'] },
    ]),
    eventOf('2024-04', '2024-04-01', '2024-04-30', 'Loose'),
  ]);

  it('puts an event in the lane of each tag of its passages, the rest in "Untagged"', () => {
    const lanes = buildLanes(events, 'tag');
    expect(lanes.map((lane) => [lane.name, lane.events.map((e) => e.event.title)])).toEqual([
      ['logistics', ['Port']],
      ['Port', ['Port']],
      ['Untagged', ['Loose']],
    ]);
  });

  it('puts an event in the lane of each document of its passages, the rest in "No passage"', () => {
    expect(buildLanes(events, 'document').map((lane) => lane.name)).toEqual(['Doc a', 'Doc b', 'No passage']);
    expect(buildLanes(events, 'none')).toHaveLength(1);
  });
});
