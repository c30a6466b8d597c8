import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedRequest, isTrustedUrl, resolveAppFile } from './url-allowlist';

const root = '/opt/dossier/out/renderer';
const dev = 'http://localhost:5173/';

describe('resolveAppFile', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, APP_ENTRY_URL)).toBe(`${root}/index.html`);
    expect(resolveAppFile(root, 'app://dossier/')).toBe(`${root}/index.html`);
    expect(resolveAppFile(root, 'app://dossier/assets/index-abc.js?v=1#x')).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppFile(root, 'app://dossier/assets/my%20font.woff2')).toBe(`${root}/assets/my font.woff2`);
  });

  // The URL parser (WHATWG here, Chromium in the app) folds literal and %2e%2e dot segments before
  // any handler sees them, so these land on a harmless path inside the folder.
  it.each(['app://dossier/../../etc/passwd', 'app://dossier/%2e%2e/%2e%2e/etc/passwd'])('keeps %s inside', (url) => {
    expect(resolveAppFile(root, url)).toBe(`${root}/etc/passwd`);
  });

  it.each([
    'app://dossier/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://dossier/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://dossier/..%5c..%5cwindows%5cwin.ini',
    'app://dossier/assets%5c..%5c..%5csecret',
    'app://dossier/%2fetc/passwd',
    'app://dossier//etc/passwd',
    'app://dossier/C:/Windows/win.ini',
    'app://dossier/C%3A%5CWindows',
    'app://dossier/index.html%00.png',
    'app://dossier/%E0%A4%A',
    'app://dossier/assets/',
    'app://other/index.html',
    'app://user:pass@dossier/index.html',
    'file:///etc/passwd',
    'data:text/html,<script>1</script>',
    'about:blank',
    'https://evil.example/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('isTrustedUrl', () => {
  it('trusts the app origin, in any case the browser may report it', () => {
    expect(isTrustedUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedUrl('app://dossier/assets/x.js')).toBe(true);
    expect(isTrustedUrl('APP://DOSSIER/index.html')).toBe(true);
  });

  it.each([
    'file:///',
    'file:///etc/passwd',
    'data:text/html,hi',
    'about:blank',
    'about:srcdoc',
    'blob:app://dossier/1234',
    'https://evil.example',
    'http://localhost:5173/',
    'app://dossier.evil.example/',
    'app://evil/index.html',
    'javascript:alert(1)',
    '',
  ])('does not trust %s without a dev server', (url) => {
    expect(isTrustedUrl(url)).toBe(false);
  });

  it('trusts the dev server origin only when it is given', () => {
    expect(isTrustedUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isTrustedUrl('https://evil.example/', dev)).toBe(false);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(isTrustedUrl('file:///tmp/x', 'file:///tmp/')).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('lets the app scheme, DevTools and inline data through', () => {
    expect(isAllowedRequest('app://dossier/assets/a.js')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
  });

  it.each([
    'https://evil.example/beacon',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://elsewhere/a.js',
    'ftp://example.com/',
  ])('cancels %s in a packaged app', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });

  it('allows the dev server and its HMR socket in development, nothing else', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:8080/', dev)).toBe(false);
    expect(isAllowedRequest('https://evil.example/', dev)).toBe(false);
  });
});
