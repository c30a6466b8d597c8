/**
 * The loopback web host: the same core and contract as the desktop app, over HTTP on 127.0.0.1,
 * serving the built renderer. Every API call needs the per-run token in a header (which a page on
 * another origin cannot send). The page needs the token once in its URL; the host then sets a
 * cookie holding a different secret, which opens only the page, its assets and the event stream
 * (see credentials.ts). A Host header other than our own address is refused (DNS rebinding), and
 * every answer, errors included, carries the security headers of security-headers.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  fail,
  isMethodName,
  shellMethods,
  PROJECT_HEADER,
  TOKEN_HEADER,
  WEB_OPEN_PATH,
  type CoreMethodName,
  type ShellMethodName,
} from '../contract';
import type { Core } from '../core/create-core';
import { cookieValue, fromOwnOrigin, header, matches, sessionCookie } from './credentials';
import { createEventStreams } from './event-stream';
import { applySecurityHeaders, sendJson, sendText } from './security-headers';
import { serveStatic } from './static-files';

export interface HostOptions {
  core: Core;
  rendererDir: string;
  /** The API credential: accepted only in the token header (and once in the page URL). */
  token: string;
  /** The page cookie's secret: opens the page, its assets and the event stream, never the API. */
  cookieSecret: string;
  maxEventStreams?: number;
}

const MAX_BODY_BYTES = 150 * 1024 * 1024;
const NO_TOKEN = 'Open the address that `npm run web` printed: it carries this run’s token.';

export function createHostServer({ core, rendererDir, token, cookieSecret, maxEventStreams }: HostOptions): Server {
  const streamEvents = createEventStreams(core, maxEventStreams);
  const server = createServer((req, res) => {
    applySecurityHeaders(res);
    handle(req, res).catch((error: unknown) => {
      console.error('dossier web host:', error);
      if (!res.headersSent)
        sendJson(res, 500, fail('internal', 'The web host failed to answer. Details are in its log.'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (!isOwnHost(req.headers.host, port)) return sendText(res, 421, 'Wrong host.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const hasCookie = matches(cookieValue(req, port), cookieSecret) && fromOwnOrigin(req);

    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!hasCookie && !matches(header(req, TOKEN_HEADER), token)) {
        return sendJson(res, 401, fail('invalid_input', 'Missing or wrong token.'));
      }
      return streamEvents(req, res);
    }
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
    const tokenInUrl = matches(url.searchParams.get('token'), token);
    if (!tokenInUrl && !hasCookie) return sendText(res, 401, NO_TOKEN);
    if (tokenInUrl) res.setHeader('Set-Cookie', sessionCookie(port, cookieSecret));
    // A brief's deep link as a page address (/open?doc=…&highlight=…) is the app itself; the page reads the link.
    return serveStatic(res, rendererDir, url.pathname === WEB_OPEN_PATH ? '/' : url.pathname);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!matches(header(req, TOKEN_HEADER), token)) {
      return sendJson(
        res,
        401,
        fail('invalid_input', `Missing or wrong token: API calls need the ${TOKEN_HEADER} header.`),
      );
    }
    const method = url.pathname.slice('/api/call/'.length);
    if (!url.pathname.startsWith('/api/call/') || req.method !== 'POST' || !isMethodName(method)) {
      return sendJson(res, 404, fail('not_found', `No such method: ${method}`));
    }
    if ((shellMethods as readonly string[]).includes(method)) {
      return sendJson(res, 200, fail('unsupported_here', `${method as ShellMethodName} needs the desktop app.`));
    }
    let payload: unknown;
    try {
      payload = JSON.parse((await readBody(req)) || '{}');
    } catch (error) {
      const tooLarge = error instanceof Error && error.message === 'too large';
      return sendJson(
        res,
        tooLarge ? 413 : 400,
        fail(
          'invalid_input',
          tooLarge
            ? 'That request is larger than 150 MB; import fewer files at once.'
            : 'The request was not valid JSON.',
        ),
      );
    }
    const project = header(req, PROJECT_HEADER);
    // The page names its project by id (ASCII); none means the project used last.
    const scope = project === null ? undefined : { project };
    sendJson(res, 200, await core.handle(method as CoreMethodName, payload, scope));
  }

  return server;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
