/**
 * In-page measurements of the library list, shared by the bench (library-list.ts) and the e2e spec
 * that drives the list from the keyboard. Each runs inside the page through `evaluate`, so it
 * stands alone: no imports, no outer names. The bench's tsconfig has no DOM types, hence the
 * small shapes below.
 */

interface Box {
  top: number;
  bottom: number;
}

interface ListElement {
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
  getBoundingClientRect(): Box;
  querySelector(selector: string): { getBoundingClientRect(): Box } | null;
}

interface PageWindow {
  requestAnimationFrame(callback: (time: number) => void): number;
}

export interface ScrollFrames {
  /** Frame intervals while the list is scrolled top to bottom, sorted, in ms. */
  frames: number[];
  /** The median interval of an idle page here, for comparison (a headless page's frame rate). */
  idle: number;
}

/** Scrolls the list from top to bottom in `steps` frames and returns each frame's interval. */
export async function scrollFrames(element: unknown, steps: number): Promise<ScrollFrames> {
  const list = element as ListElement;
  const page = globalThis as unknown as PageWindow;
  const nextFrame = () => new Promise<number>((resolve) => page.requestAnimationFrame(resolve));
  list.scrollTop = 0;
  const step = (list.scrollHeight - list.clientHeight) / steps;
  const idle: number[] = [];
  let previous = await nextFrame();
  for (let i = 0; i < 30; i++) {
    const now = await nextFrame();
    idle.push(now - previous);
    previous = now;
  }
  idle.sort((a, b) => a - b);
  const frames: number[] = [];
  previous = await nextFrame();
  for (let i = 1; i <= steps; i++) {
    list.scrollTop = step * i;
    const now = await nextFrame();
    frames.push(now - previous);
    previous = now;
  }
  frames.sort((a, b) => a - b);
  return { frames, idle: idle[idle.length >> 1] ?? 0 };
}

/**
 * Waits for a frame that shows row `last` inside the list and returns the ms from the call; NaN
 * after 10 s. Started just before the End key is pressed, so it times the key to that frame.
 */
export async function lastRowShown(element: unknown, last: number): Promise<number> {
  const list = element as ListElement;
  const page = globalThis as unknown as PageWindow;
  const started = performance.now();
  while (performance.now() - started < 10_000) {
    await new Promise((resolve) => page.requestAnimationFrame(resolve));
    const row = list.querySelector(`[aria-posinset="${last}"]`)?.getBoundingClientRect();
    const view = list.getBoundingClientRect();
    if (row && row.top < view.bottom && row.bottom > view.top) return performance.now() - started;
  }
  return Number.NaN;
}
