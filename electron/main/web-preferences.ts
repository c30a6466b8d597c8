/**
 * The webPreferences of every app window, kept apart from window creation so a test can read the
 * real object. Each line is an item of Electron's security checklist; see docs/desktop-shell.md.
 */
import type { WebPreferences } from 'electron';

export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
  };
}
