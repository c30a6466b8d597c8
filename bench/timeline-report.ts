/** The timeline bench's Markdown tables: the view's render time, then the zoom/pan steps in the page and in the trace. */
import type { ProbeResult } from './timeline-page';
import type { StepResult } from './timeline-steps';
import type { StepTrace } from './timeline-trace';

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};
const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '–');
const spread = (values: readonly number[]): string =>
  `${ms(percentile(values, 0.5))} | ${ms(percentile(values, 0.95))} | ${ms(values.length ? Math.max(...values) : NaN)}`;

export function printRender(count: number, runs: readonly ProbeResult[]): void {
  const times = runs.flatMap((run) => (run.ms === null ? [] : [run.ms]));
  const last = runs.at(-1);
  console.log(`\n## Timeline view: ${count} events\n`);
  console.log('| measure | runs | median ms | p95 ms | max ms | min ms | marks drawn | events in "+N" counts |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(
    `| reader → timeline, axis painted | ${runs.length} | ${spread(times)} | ${ms(Math.min(...times))} | ` +
      `${last?.marks ?? 0} | ${last?.collapsed ?? 0} |`,
  );
}

export function printSteps(steps: readonly StepResult[], traced: ReadonlyMap<string, StepTrace>): void {
  const kinds = [...new Set(steps.map((step) => step.kind)), 'all steps' as const];
  const groups = kinds.map((kind) => ({
    kind,
    group: steps.filter((step) => kind === 'all steps' || step.kind === kind),
  }));
  console.log('\n### Zoom and pan, in the page: each input to the painted frame showing its effect\n');
  console.log('| step | steps | p50 ms | p95 ms | max ms | over 16 ms | no change |');
  console.log('|---|---|---|---|---|---|---|');
  for (const { kind, group } of groups) {
    const times = group.flatMap((step) => (step.ms === null ? [] : [step.ms]));
    console.log(
      `| ${kind} | ${group.length} | ${spread(times)} | ${times.filter((t) => t > 16).length} | ` +
        `${group.length - times.length} |`,
    );
  }
  console.log('\n### Zoom and pan, in the Chromium trace\n');
  console.log(
    '| step | longest main-thread task p50 ms | p95 ms | max ms | frames presented | frame p50 ms | p95 ms | max ms | frames over 16 ms | frames dropped |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const { kind, group } of groups) {
    const figures = group.flatMap((step) => {
      const found = traced.get(step.step);
      return found ? [found] : [];
    });
    const frames = figures.flatMap((figure) => figure.presented);
    console.log(
      `| ${kind} | ${spread(figures.map((figure) => figure.longestTask))} | ${frames.length} | ${spread(frames)} | ` +
        `${frames.filter((frame) => frame > 16).length} | ${figures.reduce((n, figure) => n + figure.dropped, 0)} |`,
    );
  }
}
