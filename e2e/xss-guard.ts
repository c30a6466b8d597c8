/**
 * Watches a page for any sign that text ran as code: a dialog, a request anywhere but the app's
 * own files and API, a new frame or window, `window.__xss`, and in the DOM any element or
 * attribute the app never makes itself (scripts, frames, handlers, `data-xss`, foreign URLs).
 * The XSS spec calls `expectClean` after every panel it shows.
 */
import { expect, type Page } from '@playwright/test';

export interface XssGuard {
  /** What was seen so far, without failing. */
  incidents(): Promise<string[]>;
  expectClean(where: string): Promise<void>;
}

/** The only requests the app itself makes: its page, its assets, its API (calls and events). */
function isAppRequest(url: string, origin: string): boolean {
  if (url.startsWith(`blob:${origin}/`)) return true;
  if (!url.startsWith(`${origin}/`)) return false;
  const path = new URL(url).pathname;
  return path === '/' || path.startsWith('/assets/') || path.startsWith('/api/');
}

export async function guardAgainstXss(page: Page): Promise<XssGuard> {
  const origin = new URL(page.url()).origin;
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!isAppRequest(request.url(), origin)) seen.push(`request: ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() || !frame.url().startsWith(`${origin}/`)) seen.push(`navigation: ${frame.url()}`);
  });
  page.on('frameattached', (frame) => seen.push(`frame attached: ${frame.name() || frame.url()}`));
  page.on('popup', (popup) => seen.push(`popup: ${popup.url()}`));
  // Answered here so a stray request never reaches a network (and never logs a load error).
  await page.route(
    (url) => !isAppRequest(url.href, origin),
    (route) => route.fulfill({ status: 204 }),
  );
  const head = await page.evaluate(headSignature);

  const incidents = async () => {
    const dom = await page.evaluate(scanDom, head);
    return [...seen, ...dom];
  };
  return {
    incidents,
    async expectClean(where) {
      expect(await incidents(), `signs of script injection in ${where}`).toEqual([]);
    },
  };
}

/** The app's own `<head>` (scripts, styles, the CSP meta), to compare against later. */
function headSignature(): string[] {
  return [...document.head.children]
    .filter((el) => el.tagName !== 'TITLE')
    .map((el) => [el.tagName, ...[...el.attributes].map((a) => `${a.name}=${a.value}`)].join(' '));
}

function scanDom(head: string[]): string[] {
  const found: string[] = [];
  const now = [...document.head.children]
    .filter((el) => el.tagName !== 'TITLE')
    .map((el) => [el.tagName, ...[...el.attributes].map((a) => `${a.name}=${a.value}`)].join(' '));
  if (now.join('\n') !== head.join('\n')) found.push(`<head> changed: ${now.join(' | ')}`);
  const forbidden =
    'script, iframe, frame, frameset, object, embed, applet, portal, base, meta, link, style, noscript, template, ' +
    'svg, math, img, image, video, audio, source, picture, marquee, details, x, isindex, form[action], [srcdoc]';
  for (const el of document.body.querySelectorAll(forbidden)) found.push(`element: ${el.outerHTML.slice(0, 160)}`);
  const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background']);
  for (const el of [document.documentElement, ...document.documentElement.querySelectorAll('*')]) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const what = `${el.tagName.toLowerCase()}[${name}="${attr.value.slice(0, 80)}"]`;
      if (name.startsWith('on') || name === 'data-xss' || name === 'srcdoc') found.push(`attribute: ${what}`);
      else if (name === 'style' && /url\s*\(|expression\s*\(/i.test(attr.value)) found.push(`style: ${what}`);
      else if (urlAttributes.has(name) && el.parentElement !== document.head) {
        if (new URL(attr.value, location.href).origin !== location.origin) found.push(`url: ${what}`);
      }
    }
  }
  const flag = (window as unknown as { __xss?: unknown }).__xss;
  if (flag !== undefined) found.push(`window.__xss = ${JSON.stringify(flag) ?? typeof flag}`);
  return found;
}
