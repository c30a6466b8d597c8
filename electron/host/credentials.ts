/**
 * The host's two secrets, kept apart. The API token travels only in a request header, which no other
 * page can add. The page cookie holds a different random secret that unlocks only what a browser
 * cannot send a header for: the page and its assets, and the event stream. Cookies are not kept
 * apart by port, so any local service the browser visits may receive this cookie; it can never
 * call the API with it, and its name carries the port so two hosts do not overwrite each other's.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function cookieName(port: number): string {
  return `dossier_session_${port}`;
}

export function sessionCookie(port: number, secret: string): string {
  return `${cookieName(port)}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
}

export function cookieValue(req: IncomingMessage, port: number): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName(port)) return value.join('=');
  }
  return null;
}

/**
 * A cookie arrives with any request to this address, including one made by a page of another
 * local port (same site, other origin). Browsers say where a request came from in Sec-Fetch-Site;
 * a cookie counts only for our own pages and for what the user opened directly.
 */
export function fromOwnOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

export function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

export function matches(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
