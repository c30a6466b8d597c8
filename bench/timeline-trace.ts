/**
 * Reads the Chromium trace of the timeline bench's zoom/pan sequence. The page's main thread is the
 * one that recorded the steps' `performance.mark`s; each step runs from its ":armed" mark to its
 * ":painted" mark. Per step: the longest main-thread task (`RunTask`), and the frames the compositor
 * began in it (`PipelineReporter`: from the frame's begin to its presentation, which is how
 * DevTools' Frames track times a frame), presented or dropped.
 */

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  id2?: { local?: string };
  args?: { frame_reporter?: { state?: string } };
}

export function readTrace(buffer: Buffer): TraceEvent[] {
  const parsed = JSON.parse(buffer.toString('utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export interface StepTrace {
  /** Longest main-thread task overlapping the step, ms. */
  longestTask: number;
  /** Durations (ms) of the frames presented, wholly or partly, that began during the step. */
  presented: number[];
  dropped: number;
}

interface Frame {
  start: number;
  durationMs: number;
  state: string;
}

/** Pairs each frame's PipelineReporter begin and end (one frame at a time per reporter id). */
function framesOf(events: readonly TraceEvent[], pid: number): Frame[] {
  const open = new Map<string, TraceEvent>();
  const frames: Frame[] = [];
  const reporters = events
    .filter((event) => event.pid === pid && event.name === 'PipelineReporter')
    .sort((a, b) => a.ts - b.ts);
  for (const event of reporters) {
    const key = `${event.tid}:${event.id2?.local ?? ''}`;
    if (event.ph === 'b') open.set(key, event);
    const begin = open.get(key);
    if (event.ph !== 'e' || !begin) continue;
    open.delete(key);
    frames.push({
      start: begin.ts,
      durationMs: (event.ts - begin.ts) / 1000,
      state: begin.args?.frame_reporter?.state ?? '',
    });
  }
  return frames;
}

/** Each step's figures, keyed by its mark prefix. */
export function traceSteps(events: readonly TraceEvent[], steps: readonly { step: string }[]): Map<string, StepTrace> {
  const marks = new Map<string, TraceEvent>();
  for (const event of events) if (event.cat.includes('blink.user_timing')) marks.set(event.name, event);
  const first = steps[0] ? marks.get(`${steps[0].step}:armed`) : undefined;
  if (!first) throw new Error('The trace holds none of the bench\'s performance marks: is "blink.user_timing" traced?');
  const tasks = events.filter(
    (event) => event.pid === first.pid && event.tid === first.tid && event.ph === 'X' && event.name === 'RunTask',
  );
  const frames = framesOf(events, first.pid);
  const figures = new Map<string, StepTrace>();
  for (const { step } of steps) {
    const from = marks.get(`${step}:armed`)?.ts;
    const to = marks.get(`${step}:painted`)?.ts;
    if (from === undefined || to === undefined) continue;
    const longest = tasks
      .filter((task) => task.ts < to && task.ts + (task.dur ?? 0) > from)
      .reduce((max, task) => Math.max(max, (task.dur ?? 0) / 1000), 0);
    const begun = frames.filter((frame) => frame.start >= from && frame.start <= to);
    figures.set(step, {
      longestTask: longest,
      presented: begun.filter((frame) => frame.state.startsWith('STATE_PRESENTED')).map((frame) => frame.durationMs),
      dropped: begun.filter((frame) => frame.state === 'STATE_DROPPED').length,
    });
  }
  return figures;
}
