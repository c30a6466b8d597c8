/**
 * Timeline bench (issue 10: "2,000 events render in ≤ 100 ms; zoom and pan keep frames under
 * 16 ms"): seeds a library with N events (timeline-seed.ts), serves it with the web host, opens it
 * in Debian's Chromium and measures (1) switching from the reader to the timeline view until the
 * axis holding all N events is painted, over several switches, and (2) a zoom/pan sequence under a
 * Chromium trace, each step from its input to the painted frame, with the trace's main-thread tasks
 * and drawn frames beside it (timeline-trace.ts). Prints Markdown tables; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { repoPaths } from '../electron/core/repo-paths';
import { startHost } from '../electron/host/start-host';
import { armProbe, settleFrames, takeProbe, type ProbeResult } from './timeline-page';
import { seedTimeline } from './timeline-seed';
import { runZoomPanSteps } from './timeline-steps';
import { printRender, printSteps } from './timeline-report';
import { readTrace, traceSteps, TRACE_CATEGORIES } from './timeline-trace';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPETITIONS = 10;
const OPEN_TIMEOUT_MS = 60_000;
const SWITCH = 'Control+Shift+L';

function newestChange(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the renderer when `out/renderer` is missing or older than its sources, as `npm run web` does. */
export function ensureRendererBuilt(): void {
  const built = join(repoPaths.renderer, 'index.html');
  const sources = Math.max(
    newestChange(join(repoPaths.root, 'renderer')),
    newestChange(join(repoPaths.root, 'electron', 'contract')),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the renderer (npx electron-vite build)…');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoPaths.root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npx electron-vite build failed (exit ${build.status ?? 'signal'})`);
}

/** Presses the view switch and waits until the axis shows `count` events, painted. */
async function switchToTimeline(page: Page, count: number, step: string): Promise<ProbeResult> {
  await page.evaluate(armProbe, {
    inputs: ['keydown'],
    until: { axisEvents: count },
    step,
    timeoutMs: OPEN_TIMEOUT_MS,
  });
  await page.keyboard.press(SWITCH);
  const result = await page.evaluate(takeProbe);
  if (result.ms === null)
    throw new Error(`The timeline view did not show ${count} events within ${OPEN_TIMEOUT_MS / 1000} s of ${SWITCH}.`);
  return result;
}

async function backToReader(page: Page): Promise<void> {
  await page.keyboard.press(SWITCH);
  await page.locator('svg.axis-svg').waitFor({ state: 'detached' });
}

export async function benchTimeline(count: number): Promise<void> {
  ensureRendererBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-timeline-'));
  const seeded = await seedTimeline(dataDir, count);
  const host = await startHost({ dataDir, rendererDir: repoPaths.renderer });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx compiles the probes with esbuild's keepNames, whose `__name(fn, "name")` calls then run in the page.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(host.url);
    // The first switch loads and compiles the view's code and waits for the events to arrive: not counted.
    await switchToTimeline(page, count, 'timeline-bench:warm-up');
    await backToReader(page);
    const runs: ProbeResult[] = [];
    for (let i = 0; i < REPETITIONS; i++) {
      runs.push(await switchToTimeline(page, count, `timeline-bench:open-${i}`));
      if (i < REPETITIONS - 1) await backToReader(page);
    }
    const screenshot = join(tmpdir(), `dossier-timeline-${count}.png`);
    await page.screenshot({ path: screenshot });

    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const steps = await runZoomPanSteps(page);
    await page.evaluate(settleFrames);
    const trace = readTrace(await browser.stopTracing());

    const load = loadavg()[0] ?? 0;
    console.log(
      `\nTimeline bench: ${seeded.events} events (${seeded.linked} linked to ${seeded.passages} tagged passages in ` +
        `${seeded.documents} documents), Chromium ${browser.version()} headless at 1440×900, ${cpus().length} CPUs, ` +
        `load average ${load.toFixed(2)}.`,
    );
    printRender(count, runs);
    printSteps(steps, traceSteps(trace, steps));
    console.log(`\nScreenshot of the view: ${screenshot}`);
    console.log(
      `\nRender: from the switch key's keydown (its event timestamp) to the end of the frame that paints the axis ` +
        `with all ${count} events (a requestAnimationFrame callback, then a task queued from it, which runs after ` +
        `that frame's paint), over ${REPETITIONS} switches after one warm-up. Zoom/pan: the same clock from each ` +
        'input to the painted frame showing its effect; inputs go one at a time, so each step starts on an idle page ' +
        'and includes the wait for the next frame (up to 16.7 ms at 60 Hz). Trace: the longest main-thread task in ' +
        "each step, and the frames begun in it (PipelineReporter, the frame's begin to its presentation). " +
        'Figures only: nothing here asserts a time.',
    );
  } finally {
    await browser.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
