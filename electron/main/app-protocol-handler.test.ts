import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from './app-protocol-handler';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'dossier-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  handle = createAppRequestHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('the app:// handler', () => {
  it('serves the entry page with the strict CSP and the right type', async () => {
    const response = await get('app://dossier/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Dossier</title>');
  });

  it('serves assets as JavaScript', async () => {
    const response = await get('app://dossier/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://dossier/../secret.txt',
    'app://dossier/%2e%2e/secret.txt',
    'app://dossier/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://dossier/..%5csecret.txt',
    'app://dossier/assets/link.txt',
    'app://dossier/missing.js',
    'app://dossier/assets',
    'app://other/index.html',
  ])('answers 404 for %s, with the CSP still set', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://dossier/index.html', 'POST')).status).toBe(405);
    expect((await get('app://dossier/index.html', 'HEAD')).status).toBe(200);
  });
});
