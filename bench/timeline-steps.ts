/**
 * The zoom and pan sequence of the timeline bench, driven through Playwright as a user would:
 * `+`/`-` and the arrow keys on the focused axis, the wheel over it (up/down zooms, sideways pans),
 * a mouse drag across it, then `0` to fit all again. Each step is one input, measured in the page
 * from the input to the painted frame that shows its effect (timeline-page.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { armProbe, takeProbe, type ProbeResult } from './timeline-page';

export type StepKind =
  'keys: zoom' | 'keys: pan' | 'wheel: zoom' | 'wheel: pan' | 'drag: move' | 'drag: release' | 'keys: fit all';

export interface StepResult extends ProbeResult {
  kind: StepKind;
  /** Its `performance.mark` prefix in the trace. */
  step: string;
}

interface Step {
  kind: StepKind;
  inputs: string[];
  run: () => Promise<void>;
}

const STEP_TIMEOUT_MS = 5_000;

function buildSteps(page: Page, axis: Locator, centre: { x: number; y: number }): Step[] {
  const repeat = (times: number, step: Step): Step[] => Array.from({ length: times }, () => step);
  const key = (kind: StepKind, name: string): Step => ({
    kind,
    inputs: ['keydown'],
    run: () => page.keyboard.press(name),
  });
  // The pointer goes over the axis first: the wheel zooms around it.
  const wheel = (kind: StepKind, dx: number, dy: number): Step => ({
    kind,
    inputs: ['wheel'],
    run: async () => {
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.wheel(dx, dy);
    },
  });
  // A press changes nothing on screen, so the first move's step presses too; the clock starts at the move.
  const drag = Array.from({ length: 10 }, (_, i): Step => ({
    kind: 'drag: move',
    inputs: ['pointermove'],
    run: async () => {
      if (i === 0) await page.mouse.down();
      await page.mouse.move(centre.x - 30 * (i + 1), centre.y);
    },
  }));
  return [
    ...repeat(6, key('keys: zoom', '+')),
    ...repeat(3, key('keys: zoom', '-')),
    ...repeat(5, key('keys: pan', 'ArrowRight')),
    ...repeat(5, key('keys: pan', 'ArrowLeft')),
    ...repeat(5, wheel('wheel: zoom', 0, -100)),
    ...repeat(5, wheel('wheel: zoom', 0, 100)),
    ...repeat(5, wheel('wheel: pan', 120, 0)),
    ...drag,
    { kind: 'drag: release', inputs: ['pointerup'], run: () => page.mouse.up() },
    // The drag's new layout dropped the mark the press had focused, so focus fell to the page: focus the axis again.
    { kind: 'keys: fit all', inputs: ['keydown'], run: () => axis.focus().then(() => page.keyboard.press('0')) },
  ];
}

/** Runs the sequence on the open timeline view (its axis focused); the trace, if any, is the caller's. */
export async function runZoomPanSteps(page: Page): Promise<StepResult[]> {
  const axis = page.locator('svg.axis-svg');
  const box = await axis.boundingBox();
  if (!box) throw new Error('The timeline axis is not on screen: cannot zoom or pan it.');
  await axis.focus();
  const centre = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };
  const results: StepResult[] = [];
  for (const [index, step] of buildSteps(page, axis, centre).entries()) {
    const name = `timeline-bench:${index}`;
    await page.evaluate(armProbe, {
      inputs: step.inputs,
      until: 'change' as const,
      step: name,
      timeoutMs: STEP_TIMEOUT_MS,
    });
    await step.run();
    results.push({ kind: step.kind, step: name, ...(await page.evaluate(takeProbe)) });
  }
  return results;
}
