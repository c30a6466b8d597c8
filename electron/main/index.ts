/**
 * Desktop entry point, lifecycle only: one instance, every renderer sandboxed, the library opened
 * (or a clear error and quit — a library it cannot open is never rewritten; a damaged one may be
 * replaced by its latest good backup), then the app:// protocol, session rules, IPC, menu and
 * window wired up. Everything else lives in its own module.
 */
import { existsSync } from 'node:fs';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { openCore, type Core } from '../core/create-core';
import { DossierFailure } from '../core/errors';
import { registerAppScheme, serveAppScheme } from './app-protocol';
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
  return createMainWindow({ preloadPath, url: devServerUrl ?? APP_ENTRY_URL, logger });
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
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(paths.preloadPath);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => isTrustedUrl(url, devServerUrl), logger);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(reportFatal);
}
