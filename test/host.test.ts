/** The web host refuses what it must (no token, wrong host, traversal, desktop-only methods) and serves the rest. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPaths } from '../electron/core/repo-paths';
import { startHost, type RunningHost } from '../electron/host/start-host';

let host: RunningHost;
let base: string;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-host-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer folder');
  host = await startHost({ dataDir: join(root, 'data'), rendererDir, sampleDir: repoPaths.sampleCorpus });
  base = host.url.split('?')[0] ?? '';
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

const call = (method: string, body: string, token: string | null = host.token) =>
  fetch(`${base}api/call/${method}`, {
    method: 'POST',
    body,
    headers: token ? { 'x-dossier-token': token } : {},
  });

describe('web host', () => {
  it('serves the page only with the token, then by cookie, with a strict CSP', async () => {
    expect((await fetch(base)).status).toBe(401);
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Dossier</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect((await fetch(base, { headers: { cookie } })).status).toBe(200);
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

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['..%2fsecret.txt', '%2e%2e/secret.txt', '..%5csecret.txt', '%2fetc%2fpasswd']) {
      const res = await fetch(`${base}${path}`, { headers: { cookie: `dossier_token=${host.token}` } });
      expect(res.status, path).toBe(404);
    }
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
    expect(received).toContain(
      'event: import.progress\ndata: {"jobId":"sse-job","done":0,"total":1,"current":"streamed.txt"}\n\n',
    );
    expect(received).toContain('event: import.progress\ndata: {"jobId":"sse-job","done":1,"total":1,"current":null}');
    await until('event: library.changed');
    stop.abort();
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
