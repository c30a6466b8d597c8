/**
 * Probes the live window for the security promises docs/desktop-shell.md makes: no Node in the
 * page, a preload that exposes only `call` and `on`, no popups, no navigation off the app, every
 * permission denied, a strict CSP. In the electron project these run against the real app; in the
 * browser project the checks that mean something in a browser tab run against the web host (the
 * same page, CSP and isolation headers, permissions switched off by policy, the page cookie out of
 * reach of scripts), and the ones only Electron's main process can enforce skip with the reason.
 */
import type { Page } from '@playwright/test';
import { CLIENT_GLOBAL } from '../electron/contract';
import { test, expect } from './fixtures';

const ELECTRON_ONLY =
  'Electron-only: popups and navigation are refused by the main process (setWindowOpenHandler, will-navigate); ' +
  'a browser tab on the web host has no main process. Runs in the electron project where the Electron binary is installed.';

const onlyInElectron = () =>
  // Playwright reads fixtures from a destructured first parameter; this hook needs none (so no app starts).
  // eslint-disable-next-line no-empty-pattern
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'electron', ELECTRON_ONLY);
  });

/** The headers the page itself was served with, read by the page (app:// in Electron, the host in a browser). */
async function pageHeaders(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const response = await fetch(location.pathname, { cache: 'no-store' });
    return Object.fromEntries(response.headers.entries());
  });
}

test.describe('the live window', () => {
  test('has no Node in the page: no require, process, module, Buffer or global', async ({ app }) => {
    await expect(app.page.getByRole('main', { name: 'Reader' })).toBeVisible();
    const globals = await app.page.evaluate(() =>
      ['require', 'process', 'module', 'exports', 'Buffer', 'global', 'setImmediate', '__dirname'].filter(
        (name) => name in globalThis,
      ),
    );
    expect(globals).toEqual([]);
  });

  test('exposes only call and on (Electron), or no client global and no readable credential (browser)', async ({
    app,
  }) => {
    const page = app.page;
    await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
    const exposed = await page.evaluate((global) => {
      const client = (window as unknown as Record<string, unknown>)[global];
      if (client === undefined) return null;
      const value = client as Record<string, unknown>;
      return Object.getOwnPropertyNames(value)
        .sort()
        .map((key) => `${key}:${typeof value[key]}`);
    }, CLIENT_GLOBAL);
    if (app.kind === 'electron') {
      expect(exposed).toEqual(['call:function', 'on:function']);
      const refused = await page.evaluate((global) => {
        const client = (window as unknown as Record<string, { call(m: string, i: unknown): Promise<unknown> }>)[global];
        return client?.call('not a method', {});
      }, CLIENT_GLOBAL);
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      return;
    }
    expect(exposed).toBeNull();
    // The page cookie is HttpOnly: a script (an injected one included) can read neither it nor the token in it.
    const { cookie, token } = await page.evaluate(() => ({
      cookie: document.cookie,
      token: sessionStorage.getItem('dossier.token') ?? '',
    }));
    expect(token.length).toBeGreaterThan(0);
    expect(cookie).not.toContain('dossier_session');
    expect(cookie).not.toContain(token);
  });

  test('is served with a strict CSP and its own origin', async ({ app }) => {
    const page = app.page;
    await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
    const headers = await pageHeaders(page);
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(csp, directive).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    if (app.kind === 'browser') expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  test('denies permissions', async ({ app }) => {
    const page = app.page;
    await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
    // In a browser the host switches these features off by Permissions-Policy; in Electron the session refuses all.
    const names =
      app.kind === 'electron'
        ? ['geolocation', 'camera', 'microphone', 'notifications']
        : ['geolocation', 'camera', 'microphone'];
    const states = await page.evaluate(
      async (list) =>
        Promise.all(
          list.map(async (name) => {
            const status = await navigator.permissions.query({ name: name as PermissionName });
            return `${name}:${status.state}`;
          }),
        ),
      names,
    );
    expect(states).toEqual(names.map((name) => `${name}:denied`));
    if (app.kind === 'electron') {
      expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
    }
  });

  test.describe('in Electron', () => {
    onlyInElectron();

    test('refuses window.open', async ({ app }) => {
      const { page, electronApp } = app;
      await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
      expect(await page.evaluate(() => window.open('https://example.com/', '_blank') === null)).toBe(true);
      expect(await page.evaluate(() => window.open('app://dossier/index.html') === null)).toBe(true);
      expect(electronApp?.windows()).toHaveLength(1);
    });

    test('refuses navigation away from the app', async ({ app }) => {
      const { page, electronApp } = app;
      if (!electronApp) throw new Error('the electron project runs with an Electron application');
      await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
      const before = page.url();
      // Listen in the main process after the app's own guard, so the verdict is the guard's.
      await electronApp.evaluate(({ BrowserWindow }) => {
        const [window] = BrowserWindow.getAllWindows();
        (globalThis as unknown as { navigation?: Promise<unknown> }).navigation = new Promise((resolve) => {
          window?.webContents.once('will-navigate', (event, url) =>
            resolve({ url, prevented: event.defaultPrevented }),
          );
        });
      });
      await page.evaluate(() => {
        location.href = 'https://example.com/';
      });
      const verdict = await electronApp.evaluate(
        () => (globalThis as unknown as { navigation?: Promise<unknown> }).navigation,
      );
      expect(verdict).toEqual({ url: 'https://example.com/', prevented: true });
      expect(page.url()).toBe(before);
      await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
    });
  });
});
