/**
 * The web host refuses what it must (no token, wrong host, traversal, symlinks out of the renderer
 * folder, desktop-only methods, the page cookie as an API credential, streams beyond the cap), sends
 * its security headers with every answer, and serves the rest.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../electron/core/create-core';
import { repoPaths } from '../electron/core/repo-paths';
import { MAX_EVENT_STREAMS } from '../electron/host/event-stream';
import { SECURITY_HEADERS } from '../electron/host/security-headers';
import { createHostServer } from '../electron/host/server';
import { startHost, type RunningHost } from '../electron/host/start-host';

let host: RunningHost;
let base: string;
let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-host-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer folder');
  symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'leak.txt'));
  symlinkSync(root, join(rendererDir, 'up'));
  symlinkSync(join(rendererDir, 'index.html'), join(rendererDir, 'alias.html'));
  host = await startHost({ dataDir: join(root, 'data'), rendererDir, sampleDir: repoPaths.sampleCorpus });
  base = host.url.split('?')[0] ?? '';
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

const call = (method: string, body: string, token: string | null = host.token, extra: Record<string, string> = {}) =>
  fetch(`${base}api/call/${method}`, {
    method: 'POST',
    body,
    headers: { ...(token ? { 'x-dossier-token': token } : {}), ...extra },
  });

/** The `name=value` pair of the cookie the page load sets. */
async function pageCookie(): Promise<{ pair: string; value: string }> {
  const page = await fetch(host.url);
  const pair = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  return { pair, value: pair.slice(pair.indexOf('=') + 1) };
}

function expectSecurityHeaders(res: Response, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(res.headers.get(name), `${what}: ${name}`).toBe(value);
}

describe('web host', () => {
  it('serves the page only with the token, then by cookie, with a strict CSP', async () => {
    expect((await fetch(base)).status).toBe(401);
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Dossier</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const setCookie = page.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const { pair } = await pageCookie();
    expect((await fetch(base, { headers: { cookie: pair } })).status).toBe(200);
  });

  it('keeps the API token out of the cookie and never takes the cookie as the API credential', async () => {
    const { pair, value } = await pageCookie();
    expect(value.length).toBeGreaterThanOrEqual(32);
    expect(value).not.toBe(host.token);
    expect(pair).not.toContain(host.token);
    expect((await call('documents.list', '{}', null, { cookie: pair })).status).toBe(401);
    expect((await call('documents.list', '{}', value)).status).toBe(401);
    expect((await call('documents.list', '{}', value, { cookie: pair })).status).toBe(401);
    // The old design's cookie (the token itself) opens nothing either.
    expect((await fetch(base, { headers: { cookie: `dossier_token=${host.token}` } })).status).toBe(401);
  });

  it('takes the cookie only from its own pages, not from a page of another local port', async () => {
    const { pair } = await pageCookie();
    const ownPage = { cookie: pair, 'sec-fetch-site': 'same-origin' };
    const otherPort = { cookie: pair, 'sec-fetch-site': 'same-site' };
    expect((await fetch(base, { headers: ownPage })).status).toBe(200);
    expect((await fetch(base, { headers: otherPort })).status).toBe(401);
    const stop = new AbortController();
    expect((await fetch(`${base}api/events`, { headers: otherPort })).status).toBe(401);
    const stream = await fetch(`${base}api/events`, { headers: ownPage, signal: stop.signal });
    expect(stream.status).toBe(200);
    stop.abort();
  });

  it('answers API calls only with the token header', async () => {
    expect((await call('documents.list', '{}', null)).status).toBe(401);
    expect((await call('documents.list', '{}', 'wrong-token')).status).toBe(401);
    const listed = (await (await call('documents.list', '{}')).json()) as { ok: boolean; value: unknown[] };
    expect(listed.ok).toBe(true);
    expect(listed.value).toHaveLength(5);
  });

  it('returns errors as values with a human message', async () => {
    const bad = (await (await call('documents.get', '{"id": 5}')).json()) as { ok: boolean; error: { code: string } };
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const notJson = await call('documents.list', '{nope');
    expect(notJson.status).toBe(400);
    expect((await call('no.such', '{}')).status).toBe(404);
    const desktopOnly = (await (await call('dialog.importFiles', '{}')).json()) as { error: { code: string } };
    expect(desktopOnly.error.code).toBe('unsupported_here');
  });

  it('never serves files outside the renderer folder, by path or by symlink', async () => {
    const { pair } = await pageCookie();
    const paths = [
      '..%2fsecret.txt',
      '%2e%2e/secret.txt',
      '..%5csecret.txt',
      '%2fetc%2fpasswd',
      'leak.txt',
      'up/secret.txt',
    ];
    for (const path of paths) {
      const res = await fetch(`${base}${path}`, { headers: { cookie: pair } });
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('outside the renderer folder');
    }
    const alias = await fetch(`${base}alias.html`, { headers: { cookie: pair } });
    expect(alias.status, 'a symlink that stays inside the folder').toBe(200);
  });

  it('sends the security headers with every answer, errors included', async () => {
    const { pair } = await pageCookie();
    expectSecurityHeaders(await fetch(host.url), '200 page');
    expectSecurityHeaders(await call('documents.list', '{}'), '200 api');
    expectSecurityHeaders(await fetch(base), '401 page');
    expectSecurityHeaders(await call('documents.list', '{}', null), '401 api');
    expectSecurityHeaders(await fetch(`${base}missing.js`, { headers: { cookie: pair } }), '404 file');
    expectSecurityHeaders(await call('no.such', '{}'), '404 api');
    expectSecurityHeaders(await call('documents.list', '{nope'), '400 api');
    expectSecurityHeaders(await fetch(base, { method: 'POST', headers: { cookie: pair } }), '405');
  });

  it('streams every contract event to a client with the token, import progress included', async () => {
    const stop = new AbortController();
    const stream = await fetch(`${base}api/events`, {
      headers: { 'x-dossier-token': host.token },
      signal: stop.signal,
    });
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reader = (stream.body as ReadableStream<Uint8Array>).pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    const until = async (text: string) => {
      while (!received.includes(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before ${text}`);
        received += value;
      }
    };
    await until(': connected');

    const file = { name: 'streamed.txt', contentBase64: Buffer.from('Streamed note\n\nText.').toString('base64') };
    const imported = await call('documents.import', JSON.stringify({ jobId: 'sse-job', files: [file] }));
    expect(((await imported.json()) as { ok: boolean }).ok).toBe(true);
    await until('"done":1');
    // Every event names its project, so a page hears only its own project's.
    const info = (await (await call('library.info', '{}')).json()) as { value: { projectId: string } };
    const project = JSON.stringify(info.value.projectId);
    expect(received).toContain(
      `event: import.progress\ndata: {"jobId":"sse-job","done":0,"total":1,"current":"streamed.txt","project":${project}}\n\n`,
    );
    expect(received).toContain(
      `event: import.progress\ndata: {"jobId":"sse-job","done":1,"total":1,"current":null,"project":${project}}`,
    );
    await until('event: library.changed');
    stop.abort();
  });

  it(`holds at most ${MAX_EVENT_STREAMS} event streams open and says why it refuses the next`, async () => {
    const stop = new AbortController();
    const open = (signal?: AbortSignal) =>
      fetch(`${base}api/events`, { headers: { 'x-dossier-token': host.token }, signal });
    const streams = await Promise.all(Array.from({ length: MAX_EVENT_STREAMS }, () => open(stop.signal)));
    expect(streams.map((s) => s.status)).toEqual(Array(MAX_EVENT_STREAMS).fill(200));
    const refused = await open();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('10');
    expectSecurityHeaders(refused, '503 stream');
    const body = (await refused.json()) as { ok: boolean; error: { message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.message).toContain('Too many open event streams');
    stop.abort();
    // Closed streams free their places.
    await expect
      .poll(async () => {
        const again = new AbortController();
        const res = await open(again.signal);
        again.abort();
        return res.status;
      })
      .toBe(200);
  });

  it('refuses a request whose Host header is not its own address', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(base);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/api/call/documents.list',
          method: 'POST',
          headers: { host: 'evil.example', 'x-dossier-token': host.token },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });
});

describe('web host failure', () => {
  let server: Server;

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a failing core with a 500 that still carries the security headers', async () => {
    const brokenCore = {
      handle: () => Promise.reject(new Error('disk on fire')),
      on: () => () => undefined,
    } as unknown as Core;
    server = createHostServer({ core: brokenCore, rendererDir, token: 't'.repeat(32), cookieSecret: 'c'.repeat(32) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/call/documents.list`, {
        method: 'POST',
        body: '{}',
        headers: { 'x-dossier-token': 't'.repeat(32) },
      });
      expect(res.status).toBe(500);
      expectSecurityHeaders(res, '500');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('internal');
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
