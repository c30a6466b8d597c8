/**
 * Serves the built renderer on app:// instead of file://, so the UI has a real origin, a strict CSP
 * header and no reach outside its own folder. Written against the Fetch API's Request/Response (which
 * Electron's `protocol.handle` uses) without importing Electron, so it is tested under Node.
 */
import { readFile, realpath } from 'node:fs/promises';
import { extname, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { resolveAppFile } from './url-allowlist';
import { contentTypeOf } from '../core/static-content-types';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const notFound = () => new Response('Not found', { status: 404, headers: SECURITY_HEADERS });

export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: SECURITY_HEADERS });
    }
    const file = resolveAppFile(rootDir, request.url);
    const root = await realpath(rootDir).catch(() => null);
    if (!file || !root) return notFound();
    try {
      // A symlink inside the renderer folder must not lead out of it.
      const real = await realpath(file);
      if (!real.startsWith(root + sep)) return notFound();
      const body = await readFile(real);
      const headers = {
        ...SECURITY_HEADERS,
        'Content-Type': contentTypeOf(extname(real)),
      };
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
    } catch {
      return notFound();
    }
  };
}
