/**
 * The loopback web host: the same core and contract as the desktop app, over HTTP on 127.0.0.1,
 * serving the built renderer. Every API call needs the per-run token in a header (which a page
 * on another origin cannot send), the page and its assets need it once in the URL (then a
 * same-site cookie), and a Host header other than our own address is refused (DNS rebinding).
 */
import { timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import {
  events,
  fail,
  isMethodName,
  shellMethods,
  TOKEN_HEADER,
  type CoreMethodName,
  type EventName,
  type ShellMethodName,
} from '../contract';
import type { Core } from '../core/create-core';

export interface HostOptions {
  core: Core;
  rendererDir: string;
  token: string;
}

const COOKIE = 'dossier_token';
const MAX_BODY_BYTES = 150 * 1024 * 1024;
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function createHostServer({ core, rendererDir, token }: HostOptions): Server {
  const server = createServer((req, res) => {
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
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');

    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
    const fromQuery = url.searchParams.get('token');
    if (!matches(fromQuery, token) && !matches(cookieToken(req), token)) {
      return sendText(res, 401, 'Open the address that `npm run web` printed: it carries this run’s token.');
    }
    if (matches(fromQuery, token)) {
      res.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    return serveStatic(res, rendererDir, url.pathname);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!matches(cookieToken(req), token) && !matches(header(req, TOKEN_HEADER), token)) {
        return sendJson(res, 401, fail('invalid_input', 'Missing or wrong token.'));
      }
      return streamEvents(req, res);
    }
    if (!matches(header(req, TOKEN_HEADER), token)) {
      return sendJson(res, 401, fail('invalid_input', 'Missing or wrong token.'));
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
    sendJson(res, 200, await core.handle(method as CoreMethodName, payload));
  }

  function streamEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    // Every event of the contract, so a new one reaches the browser without touching this file.
    const stops = (Object.keys(events) as EventName[]).map((name) =>
      core.on(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)),
    );
    const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
    req.on('close', () => {
      for (const stop of stops) stop();
      clearInterval(keepAlive);
    });
  }

  return server;
}

async function serveStatic(res: ServerResponse, root: string, pathname: string): Promise<void> {
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    return sendText(res, 400, 'Bad path.');
  }
  if (relative === '' || relative === '.') relative = 'index.html';
  const file = join(root, relative);
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return sendText(res, 404, 'Not found.');
  try {
    if (!(await stat(file)).isFile()) return sendText(res, 404, 'Not found.');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
    });
    res.end(body);
  } catch {
    sendText(res, 404, 'Not found.');
  }
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

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

function cookieToken(req: IncomingMessage): string | null {
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]+)`).exec(req.headers.cookie ?? '');
  return match?.[1] ?? null;
}

function matches(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
