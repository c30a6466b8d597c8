/**
 * Creates the workbench window: hardened webPreferences, hidden until the first paint, and loaded
 * from app:// (or the dev server in development). Navigation and popup guards are attached to every
 * webContents in index.ts, so they also cover anything this window might spawn.
 */
import { BrowserWindow } from 'electron';
import { hardenedWebPreferences } from './web-preferences';

export interface WindowOptions {
  preloadPath: string;
  url: string;
  logger: Pick<Console, 'error'>;
}

export function createMainWindow({ preloadPath, url, logger }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Dossier',
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => {
    logger.error(`dossier: could not load ${url}`, error);
    window.show();
  });
  return window;
}
