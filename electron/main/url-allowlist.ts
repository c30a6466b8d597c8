/**
 * Which URLs belong to the app. The UI is served from one origin, app://dossier (plus the Vite dev
 * server in development); navigation, IPC senders and network requests are all judged here.
 * Electron-free, so the rules are unit-tested under Node.
 */
import { resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `new URL(...).origin` is "null" for non-special schemes such as app:, so the origin is built by hand. */
function originOf(url: URL): string | null {
  if (url.username || url.password || !url.host) return null;
  return `${url.protocol}//${url.host.toLowerCase()}`;
}

/** Origins the UI may run from: the app origin, and the dev server's origin when one is given. */
export function trustedOrigins(devServerUrl?: string): string[] {
  const dev = devServerUrl ? parse(devServerUrl) : null;
  const devOrigin = dev && (dev.protocol === 'http:' || dev.protocol === 'https:') ? originOf(dev) : null;
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
}

/** True when `url` is a page of the app itself: the only place windows may navigate and IPC may come from. */
export function isTrustedUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  const origin = parsed && originOf(parsed);
  return origin !== null && trustedOrigins(devServerUrl).includes(origin);
}

/**
 * True when a request may leave the renderer. The app is offline: only its own scheme, DevTools and
 * inline data: images (which never touch the network) pass; in development, the dev server (HTTP and
 * its HMR WebSocket) as well.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:') return true;
  if (parsed.protocol === `${APP_SCHEME}:`) return originOf(parsed) === APP_ORIGIN;
  const dev = devServerUrl ? parse(devServerUrl) : null;
  if (!dev || !['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return false;
  return !parsed.username && !parsed.password && parsed.host.toLowerCase() === dev.host.toLowerCase();
}

/**
 * Maps an app:// URL to a file under `rootDir`, or null when the URL is foreign or tries to leave the
 * folder: `..` in any spelling (%2e%2e, %2f, %5c), backslashes, NUL, drive letters and empty segments.
 * Symlinks are checked by the protocol handler, which can touch the disk.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || originOf(parsed) !== APP_ORIGIN) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  if (!pathname.startsWith('/') || /[\\\0:]/.test(pathname)) return null;
  const segments = pathname.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  return file.startsWith(root + sep) ? file : null;
}
