/**
 * Applied to every webContents the app creates: no navigation away from the app, no new windows, no
 * <webview>. Imported documents may contain links, forms and meta refreshes; none of them can move
 * the window off the app. Electron is only a type here, so a fake webContents can test it.
 */
import type { Event, WebContents } from 'electron';

type Logger = Pick<Console, 'warn'>;

export function guardWebContents(contents: WebContents, isAllowedUrl: (url: string) => boolean, logger: Logger): void {
  const blockForeign = (kind: string) => (event: Event<{ url: string }>) => {
    if (isAllowedUrl(event.url)) return;
    event.preventDefault();
    logger.warn(`dossier: blocked ${kind} to ${event.url}`);
  };
  contents.on('will-navigate', blockForeign('navigation'));
  contents.on('will-frame-navigate', blockForeign('frame navigation'));
  contents.on('will-redirect', blockForeign('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('dossier: blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    logger.warn(`dossier: blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}
