import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from './content-security-policy';
import { hardenSession } from './session-policy';
import { isAllowedRequest, isTrustedUrl } from './url-allowlist';
import { guardWebContents } from './web-contents-guards';
import { hardenedWebPreferences } from './web-preferences';

const quiet = { warn: vi.fn() };
const navigationEvent = (url: string) => ({ url, preventDefault: vi.fn() });

describe('hardenedWebPreferences', () => {
  it('keeps every checklist switch in its safe position', () => {
    expect(hardenedWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(hardenedWebPreferences('x')).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('the Content-Security-Policy', () => {
  it('allows scripts from the app only, never inline or eval', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('locks down the directives the checklist names', () => {
    for (const directive of [
      "default-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
  });
});

describe('guardWebContents', () => {
  function guarded() {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    guardWebContents(contents as unknown as WebContents, (url) => isTrustedUrl(url), quiet);
    return contents;
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: blocks foreign URLs, allows the app',
    (name) => {
      const contents = guarded();
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'data:text/html,x', 'about:blank']) {
        const event = navigationEvent(url);
        contents.emit(name, event);
        expect(event.preventDefault).toHaveBeenCalled();
      }
      const own = navigationEvent('app://dossier/index.html');
      contents.emit(name, own);
      expect(own.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('prevents every <webview>', () => {
    const contents = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'app://dossier/index.html' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window', () => {
    const contents = guarded();
    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
    expect(handler({ url: 'app://dossier/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  function hardened() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      webRequest: { onBeforeRequest: (h: never) => (handlers.beforeRequest = h) },
    });
    hardenSession(session as unknown as Session, (url) => isAllowedRequest(url), quiet);
    return { session, handlers: handlers as Record<string, (...args: unknown[]) => unknown> };
  }

  it('denies every permission request and check', () => {
    const { handlers } = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check?.({}, permission, 'app://dossier', {})).toBe(false);
    }
    expect(handlers.device?.({})).toBe(false);
  });

  it('cancels requests that leave the app', () => {
    const { handlers } = hardened();
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    };
    expect(decide('app://dossier/assets/a.js')).toEqual({ cancel: false });
    expect(decide('https://evil.example/pixel.gif')).toEqual({ cancel: true });
    expect(decide('file:///etc/hosts')).toEqual({ cancel: true });
  });

  it('refuses downloads', () => {
    const { session } = hardened();
    const event = { preventDefault: vi.fn() };
    session.emit('will-download', event, { getURL: () => 'blob:app://dossier/1' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
