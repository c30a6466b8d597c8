/**
 * The desktop side of a brief's deep links (`dossier://open?doc=<id>&highlight=<id>`), kept free of
 * Electron so it runs under plain Node in tests. The OS hands a link over three ways: in the first
 * instance's own command line, in a second instance's (Windows, Linux; forwarded through
 * `second-instance`), and as `open-url` (macOS, possibly before the app is ready). Each is read
 * strictly by the contract's parser; anything else is logged and dropped, and only the link rebuilt
 * from its ids reaches the window. Links wait in a short queue until a window has loaded.
 */
import { DOSSIER_SCHEME, formatDossierLink, IPC_EVENT_PREFIX, parseDossierLink, type EventPayload } from '../contract';

/** What a link is delivered to: the loaded main window. */
export interface LinkTarget {
  /** Brings the window forward (restored if minimised, focused). */
  show(): void;
  /** Sends the checked link to the page as the `links.open` event. */
  send(link: string): void;
}

export interface DeepLinkDeps {
  logger: Pick<Console, 'info' | 'warn'>;
  /** Asked for a window when a link arrives and none is open (macOS keeps running without one). */
  wantWindow?: () => void;
}

export interface DeepLinks {
  /** A link from `source` (for the log): checked, then delivered or queued. */
  open(raw: string, source: string): void;
  /** A window finished loading: it receives the queued links and every later one. */
  attach(target: LinkTarget): void;
  /** That window closed: links queue again until another one loads. */
  detach(target: LinkTarget): void;
}

/** Links beyond this many, arriving before any window loaded, push out the oldest. */
const MAX_QUEUED = 5;

/** The deep link among command-line arguments (the OS appends it; Chromium may add switches around it). */
export function linkInArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.toLowerCase().startsWith(`${DOSSIER_SCHEME}:`)) ?? null;
}

/**
 * The arguments for `app.setAsDefaultProtocolClient`, per Electron's deep-link guide: a packaged
 * app registers itself; a development run (`electron <app path>`, `process.defaultApp`) registers
 * the Electron binary with the app's path, so the OS can start it the same way.
 */
export function protocolClientArgs(run: {
  defaultApp: boolean;
  execPath: string;
  argv: readonly string[];
  resolve: (path: string) => string;
}): { scheme: string; path?: string; args?: string[] } | null {
  if (!run.defaultApp) return { scheme: DOSSIER_SCHEME };
  const appPath = run.argv[1];
  // Without the app path the OS would start bare Electron, which cannot open anything.
  if (appPath === undefined) return null;
  return { scheme: DOSSIER_SCHEME, path: run.execPath, args: [run.resolve(appPath)] };
}

/** What the log shows of a refused link: its start, on one line, never the whole of what was sent. */
function shown(raw: string): string {
  return JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw);
}

export function createDeepLinks({ logger, wantWindow }: DeepLinkDeps): DeepLinks {
  const queue: string[] = [];
  let target: LinkTarget | null = null;

  const deliver = (to: LinkTarget, link: string) => {
    to.show();
    to.send(link);
  };

  return {
    open(raw, source) {
      const parsed = parseDossierLink(raw);
      if (!parsed.ok) {
        logger.warn(`dossier: ignored a link from ${source}: ${shown(raw)} (${parsed.reason})`);
        return;
      }
      const link = formatDossierLink(parsed.link);
      logger.info(`dossier: opening ${link} (from ${source})`);
      if (target) return deliver(target, link);
      queue.push(link);
      if (queue.length > MAX_QUEUED) queue.shift();
      wantWindow?.();
    },
    attach(next) {
      target = next;
      for (const link of queue.splice(0)) deliver(next, link);
    },
    detach(gone) {
      if (target === gone) target = null;
    },
  };
}

/** The parts of a BrowserWindow a link needs (a structural type, so this module never loads Electron). */
export interface LinkWindow {
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  webContents: { send(channel: string, payload: unknown): void };
}

/** Delivers links to a window as the contract's `links.open` event, on the channel the preload listens to. */
export function windowLinkTarget(window: LinkWindow): LinkTarget {
  return {
    show() {
      if (window.isMinimized()) window.restore();
      window.focus();
    },
    send(link) {
      const payload: EventPayload<'links.open'> = { link };
      window.webContents.send(`${IPC_EVENT_PREFIX}links.open`, payload);
    },
  };
}
