/**
 * Desktop entry point, lifecycle only: one instance, every renderer sandboxed, the library opened
 * (or a clear error and quit — a library it cannot open is never rewritten; a damaged one may be
 * replaced by its latest good backup), then the app:// protocol, session rules, IPC, menu and
 * window wired up. Everything else lives in its own module.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { openCore, type Core } from '../core/create-core';
import { DossierFailure } from '../core/errors';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { createDeepLinks, linkInArgv, protocolClientArgs, windowLinkTarget } from './deep-links';
import { createShellHandlers } from './dialogs';
import { forwardCoreEvents, registerIpc } from './ipc';
import { openWithRecovery } from './library-recovery';
import { buildMenuTemplate } from './menu';
import { checkSender } from './sender-check';
import { hardenSession } from './session-policy';
import { resolveShellPaths } from './shell-paths';
import { APP_ENTRY_URL, isAllowedRequest, isTrustedUrl } from './url-allowlist';
import { guardWebContents } from './web-contents-guards';
import { createMainWindow } from './window';

const logger = console;
// Only an unpackaged build may be pointed at a dev server; a packaged app always serves itself.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// A library in another folder is another app instance (tests run several side by side).
if (process.env.DOSSIER_DATA_DIR) app.setPath('userData', process.env.DOSSIER_DATA_DIR);
registerAppScheme();
app.enableSandbox();
// dossier:// links wait here until a window has loaded; one arriving with no window open asks for one.
let reopenWindow: (() => void) | null = null;
const deepLinks = createDeepLinks({ logger, wantWindow: () => reopenWindow?.() });

function reportFatal(error: unknown): void {
  logger.error('dossier: cannot start', error);
  const message =
    error instanceof DossierFailure
      ? error.message
      : `Dossier could not open its library.\n\n${error instanceof Error ? error.message : String(error)}`;
  dialog.showErrorBox('Dossier cannot start', message);
  app.exit(1);
}

function openWindow(preloadPath: string): BrowserWindow {
  const window = createMainWindow({ preloadPath, url: devServerUrl ?? APP_ENTRY_URL, logger });
  // The page subscribes to links.open as it starts, so a loaded page is one that hears them.
  const target = windowLinkTarget(window);
  window.webContents.on('did-finish-load', () => deepLinks.attach(target));
  window.once('closed', () => deepLinks.detach(target));
  return window;
}

/**
 * Makes this app the OS's handler of dossier:// links (macOS reads the scheme from Info.plist, which
 * electron-builder's `protocols` writes). Only a run on the default library claims them: one on
 * another folder (tests, a second library) must not take over the links of the user's own.
 */
function registerProtocolClient(): void {
  if (process.env.DOSSIER_DATA_DIR) return;
  const args = protocolClientArgs({
    defaultApp: process.defaultApp === true,
    execPath: process.execPath,
    argv: process.argv,
    resolve: (path) => resolve(path),
  });
  if (!args) return;
  const registered =
    args.path === undefined
      ? app.setAsDefaultProtocolClient(args.scheme)
      : app.setAsDefaultProtocolClient(args.scheme, args.path, args.args);
  if (!registered) logger.warn('dossier: could not register for dossier:// links');
}

async function start(): Promise<void> {
  const paths = resolveShellPaths({
    env: process.env,
    userDataDir: app.getPath('userData'),
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    isPackaged: app.isPackaged,
    electronVersion: process.versions.electron,
    exists: existsSync,
  });
  const open = (): Promise<Core> =>
    openCore({
      dataDir: paths.dataDir,
      sampleDir: paths.sampleDir,
      nativeBinding: paths.nativeBinding,
      // The bundled worker entries (parse-worker.js, search-worker.js) sit beside this file in out/main.
      workerDir: import.meta.dirname,
      platform: 'electron',
      logger,
    });
  let core: Core;
  try {
    // A damaged library is never opened for writing: the user may restore its latest good backup or quit.
    const opened = await openWithRecovery(open, {
      dialog,
      dataDir: paths.dataDir,
      nativeBinding: paths.nativeBinding,
      now: () => new Date(),
    });
    if (!opened) {
      app.exit(1);
      return;
    }
    core = opened;
  } catch (error) {
    reportFatal(error);
    return;
  }
  let closing = false;
  app.on('will-quit', (event) => {
    // Stop the search worker and close the library cleanly before the process ends.
    if (closing) return;
    closing = true;
    event.preventDefault();
    void core.close().finally(() => app.quit());
  });

  hardenSession(session.defaultSession, (url) => isAllowedRequest(url, devServerUrl), logger);
  serveAppScheme(paths.rendererDir);
  const shell = createShellHandlers({ core, dialog, documentsDir: app.getPath('documents'), logger });
  registerIpc({
    ipcMain,
    core,
    shell,
    checkSender: (event) => checkSender(event, devServerUrl),
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
    logger,
  });
  forwardCoreEvents(core, (channel, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(channel, payload);
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform })),
  );

  openWindow(paths.preloadPath);
  const reopen = () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(paths.preloadPath);
  };
  reopenWindow = reopen;
  app.on('activate', reopen);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    // On Windows and Linux a clicked link starts a second instance with the link in its arguments.
    const link = linkInArgv(argv);
    if (link) deepLinks.open(link, 'a second instance');
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // macOS hands links over as open-url, possibly before ready, so it is heard from the start.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deepLinks.open(url, 'the OS');
  });
  const ownLink = linkInArgv(process.argv);
  if (ownLink) deepLinks.open(ownLink, 'the command line');
  registerProtocolClient();
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => isTrustedUrl(url, devServerUrl), logger);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(reportFatal);
}
