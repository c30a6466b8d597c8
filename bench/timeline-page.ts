/**
 * What the timeline bench runs inside the page (passed to `page.evaluate`, so each function stands
 * alone). A probe is armed before an input and remembers when the input arrived (the event's own
 * timestamp, taken in the capture phase); it settles when the axis shows what it waits for and the
 * frame holding it has been painted: a requestAnimationFrame callback, then a MessageChannel task,
 * which runs after that frame's paint. It also leaves `performance.mark`s, so the Chromium trace can
 * be cut into the same steps. The bench's tsconfig has no DOM types, hence the small shapes below.
 */

interface PageElement {
  getAttribute(name: string): string | null;
}

interface PageWindow {
  document: {
    body: unknown;
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: Record<string, boolean>): void;
    disconnect(): void;
  };
  requestAnimationFrame(callback: () => void): number;
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null; close(): void };
    port2: { postMessage(message: unknown): void };
  };
  addEventListener(type: string, listener: (event: { timeStamp: number }) => void, capture: boolean): void;
  removeEventListener(type: string, listener: (event: { timeStamp: number }) => void, capture: boolean): void;
  timelineBench?: Promise<ProbeResult>;
}

export interface ProbeResult {
  /** Input to painted frame, ms; null when nothing changed within the time limit. */
  ms: number | null;
  /** Event marks drawn, and events collapsed into "+N" counts. */
  marks: number;
  collapsed: number;
}

export interface ProbeOptions {
  /** The input events that start the clock (the first one seen). */
  inputs: string[];
  /** 'axis': settle once the axis shows this many events; 'change': on any change to the axis. */
  until: { axisEvents: number } | 'change';
  /** performance.mark names for the trace. */
  step: string;
  timeoutMs: number;
}

/** Arms a probe; `takeProbe` waits for it. */
export function armProbe(options: ProbeOptions): void {
  const page = globalThis as unknown as PageWindow;
  const { document } = page;
  performance.mark(`${options.step}:armed`);
  page.timelineBench = new Promise<ProbeResult>((resolve) => {
    let input: number | null = null;
    const onInput = (event: { timeStamp: number }) => {
      input ??= event.timeStamp;
    };
    for (const type of options.inputs) page.addEventListener(type, onInput, true);
    const counts = (): Pick<ProbeResult, 'marks' | 'collapsed'> => {
      let collapsed = 0;
      for (const count of Array.from(document.querySelectorAll('svg.axis-svg .axis-count'))) {
        collapsed += Number(/^(\d+)/.exec(count.getAttribute('aria-label') ?? '')?.[1] ?? 0);
      }
      return { marks: document.querySelectorAll('svg.axis-svg .axis-mark').length, collapsed };
    };
    const until = options.until;
    const shown = (): boolean => {
      if (until === 'change') return input !== null;
      const label = document.querySelector('svg.axis-svg')?.getAttribute('aria-label') ?? '';
      return label.startsWith(`Timeline axis: ${until.axisEvents} `) && counts().marks > 0;
    };
    let done = false;
    const finish = (ms: number | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      for (const type of options.inputs) page.removeEventListener(type, onInput, true);
      performance.mark(`${options.step}:painted`);
      resolve({ ms, ...counts() });
    };
    const afterPaint = () => {
      page.requestAnimationFrame(() => {
        const channel = new page.MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          finish(input === null ? null : performance.now() - input);
        };
        channel.port2.postMessage(0);
      });
    };
    const observer = new page.MutationObserver(() => {
      if (shown()) {
        observer.disconnect();
        afterPaint();
      }
    });
    // A change is looked for on the axis only; the whole page until the axis is there.
    const target = until === 'change' ? document.querySelector('svg.axis-svg') : document.body;
    observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(null), options.timeoutMs);
  });
}

export function takeProbe(): Promise<ProbeResult> {
  const page = globalThis as unknown as PageWindow;
  if (!page.timelineBench) throw new Error('takeProbe before armProbe');
  return page.timelineBench;
}

/** Waits three animation frames: the last step's frame is presented, and traced, before tracing stops. */
export function settleFrames(): Promise<void> {
  const page = globalThis as unknown as PageWindow;
  return new Promise((resolve) => {
    let left = 3;
    const tick = () => (--left === 0 ? resolve() : page.requestAnimationFrame(tick));
    page.requestAnimationFrame(tick);
  });
}
