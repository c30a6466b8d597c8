/**
 * The workbench's library list at N documents (issue 14: "the UI's first paint and list scroll
 * with 50,000 documents: ≤ 1 s; frames ≤ 16 ms"). Seeds a library (seed.ts), lets the web host
 * build and save its search index, then starts the host again on that folder, as an analyst opens
 * Dossier on a big library, and measures in Debian's Chromium: the first row of the list on screen
 * after navigation (while the index is still loading, as it would be), End to the last row, and
 * the frames of a top-to-bottom scroll once the index is loaded. Prints a Markdown table; asserts
 * nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import { repoPaths } from '../electron/core/repo-paths';
import { startHost, type RunningHost } from '../electron/host/start-host';
import { percentile } from './latency';
import { lastRowShown, scrollFrames } from './list-probe';
import { generateCorpus } from './search-corpus';
import { seedDocuments } from './seed';
import { ensureRendererBuilt } from './timeline-render';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INDEX_TIMEOUT_MS = 1_800_000;
const SCROLL_STEPS = 120;
/** Past one 16.7 ms vsync interval by more than timer noise: a frame that missed its vsync. */
const MISSED_FRAME_MS = 20;

async function waitForIndex(host: RunningHost, documents: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const status = await host.core.handle('search.status', {});
    if (status.ok && status.value.state === 'ready' && status.value.indexed >= documents)
      return performance.now() - started;
    if (performance.now() - started > INDEX_TIMEOUT_MS)
      throw new Error(`The search index was not ready within ${INDEX_TIMEOUT_MS / 60_000} minutes.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface ListFigures {
  firstRowMs: number;
  setSize: number;
  rowsInDom: number;
  endMs: number;
  frames: number[];
  idleFrame: number;
  heapMb: number;
}

async function measureList(browser: Browser, url: string, documents: number): Promise<ListFigures> {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles the probes with esbuild's keepNames, whose `__name(fn, "name")` calls then run in the page.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  try {
    await page.goto(url);
    const listbox = page.getByRole('listbox', { name: 'Documents' });
    const first = listbox.getByRole('option').first();
    await first.waitFor({ state: 'visible', timeout: 120_000 });
    const firstRowMs = await page.evaluate(() => performance.now());
    const setSize = Number(await first.getAttribute('aria-setsize'));
    const rowsInDom = await listbox.getByRole('option').count();
    await listbox.focus();
    const shown = listbox.evaluate(lastRowShown, documents);
    await page.keyboard.press('End');
    const endMs = await shown;
    const { frames, idle } = await listbox.evaluate(scrollFrames, SCROLL_STEPS);
    const heap = await page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
    return { firstRowMs, setSize, rowsInDom, endMs, frames, idleFrame: idle, heapMb: heap / 1024 / 1024 };
  } finally {
    await page.close();
  }
}

export async function benchLibraryList(documents: number): Promise<void> {
  ensureRendererBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-list-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const seedStarted = performance.now();
    seedDocuments(dataDir, generateCorpus(documents));
    const seedMs = performance.now() - seedStarted;
    // First start: the index is built and saved, as after the import that made this library.
    const building = await startHost({ dataDir, rendererDir: repoPaths.renderer });
    const buildMs = await waitForIndex(building, documents);
    await building.close();

    const hostStarted = performance.now();
    const host = await startHost({ dataDir, rendererDir: repoPaths.renderer });
    const hostMs = performance.now() - hostStarted;
    try {
      const cold = await measureList(browser, host.url, documents);
      const warmingMs = await waitForIndex(host, documents);
      const warm = await measureList(browser, host.url, documents);
      const load = loadavg()[0] ?? 0;
      console.log(
        `\n## Library list at ${documents.toLocaleString('en')} documents\n\nChromium ${browser.version()} headless at ` +
          `1280×800, ${cpus().length} CPUs, load average ${load.toFixed(2)}. Seeded in ${(seedMs / 1000).toFixed(1)} s; ` +
          `index built and saved in ${(buildMs / 1000).toFixed(1)} s; host restarted in ${hostMs.toFixed(0)} ms, ` +
          `its saved index loaded ${(warmingMs / 1000).toFixed(1)} s after the first page was measured.\n`,
      );
      console.log(
        '| page | first row on screen | rows in the DOM | End → last row | scroll frames p50 / p95 / max | frames > 20 ms (a vsync missed) | idle frame | page JS heap | target |',
      );
      console.log('|---|---|---|---|---|---|---|---|---|');
      for (const [label, f] of [
        ['cold (index loading)', cold],
        ['warm (index loaded)', warm],
      ] as const) {
        const slow = f.frames.filter((ms) => ms > MISSED_FRAME_MS).length;
        const met = f.firstRowMs <= 1000 && percentile(f.frames, 0.95) <= MISSED_FRAME_MS ? 'met' : 'not met';
        console.log(
          `| ${label} | ${f.firstRowMs.toFixed(0)} ms | ${f.rowsInDom} of ${f.setSize.toLocaleString('en')} | ` +
            `${f.endMs.toFixed(0)} ms | ${percentile(f.frames, 0.5).toFixed(1)} / ${percentile(f.frames, 0.95).toFixed(1)} / ` +
            `${percentile(f.frames, 1).toFixed(1)} ms | ${slow} of ${f.frames.length} | ${f.idleFrame.toFixed(1)} ms | ` +
            `${f.heapMb.toFixed(0)} MB | ≤ 1 s, ≤ 16 ms: ${met} |`,
        );
      }
      console.log(
        '\nFirst row: from navigation start to the first option of the list visible (the page loads the whole ' +
          'list of document summaries, then renders only the rows in view). End: from the End key to the frame ' +
          `with the last row inside the list. Scroll: ${SCROLL_STEPS} frames from top to bottom, each frame's interval ` +
          '(requestAnimationFrame); the idle frame is what this headless page does with nothing to draw. ' +
          'Figures only: nothing here asserts a time.',
      );
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
