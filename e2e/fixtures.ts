/**
 * Every test gets its own empty data folder and a fresh app on it: the web host in this process
 * (browser project) or the desktop app through `_electron` (electron project). A new library
 * opens with the sample project, exactly as a first run does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { repoPaths } from '../electron/core/repo-paths';
import { startHost } from '../electron/host/start-host';
import { electronBinaryPath } from './electron-binary';

export interface AppFixture {
  page: Page;
  dataDir: string;
  kind: 'browser' | 'electron';
  /** Only for the electron project: the running application. */
  electronApp?: ElectronApplication;
  /** Restarts the app on the same data folder (as a user quitting and reopening). */
  restart(): Promise<Page>;
  /**
   * Browser project only: a second web host on its own empty data folder (a fresh library, as on
   * another machine) and a page on it; closed and removed with the test.
   */
  anotherLibrary(): Promise<Page>;
}

export const test = base.extend<{ app: AppFixture }>({
  app: async ({ browser, bypassCSP }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    const closers: (() => Promise<void>)[] = [];
    // Anything the page logs as an error (a CSP violation, a failed request, an uncaught
    // exception) fails the test: the app must run clean, not just look right.
    const pageErrors: string[] = [];
    const watch = (p: Page): Page => {
      p.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
      });
      p.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
      return p;
    };
    let page: Page;
    let electronApp: ElectronApplication | undefined;

    const open = async (): Promise<Page> => {
      if (testInfo.project.name === 'electron') {
        const executablePath = electronBinaryPath(repoPaths.root);
        if (!executablePath)
          throw new Error(
            'The electron project needs the Electron binary (npm install without ELECTRON_SKIP_BINARY_DOWNLOAD).',
          );
        electronApp = await _electron.launch({
          executablePath,
          args: [join(repoPaths.root, 'out', 'main', 'index.js')],
          env: { ...process.env, DOSSIER_DATA_DIR: dataDir },
        });
        const appRef = electronApp;
        closers.push(() => appRef.close());
        return watch(await appRef.firstWindow());
      }
      const host = await startHost({ dataDir, rendererDir: repoPaths.renderer, sampleDir: repoPaths.sampleCorpus });
      // `test.use({ bypassCSP: true })` lets a spec check the renderer itself, without the page's CSP behind it.
      const context = await browser.newContext({ acceptDownloads: true, bypassCSP });
      closers.push(async () => {
        await context.close();
        await host.close();
      });
      const p = watch(await context.newPage());
      await p.goto(host.url);
      return p;
    };

    page = await open();
    const fixture: AppFixture = {
      get page() {
        return page;
      },
      dataDir,
      kind: testInfo.project.name === 'electron' ? 'electron' : 'browser',
      get electronApp() {
        return electronApp;
      },
      async restart() {
        const close = closers.pop();
        if (close) await close();
        page = await open();
        return page;
      },
      async anotherLibrary() {
        if (testInfo.project.name === 'electron') throw new Error('anotherLibrary() starts a web host: browser only.');
        const otherDir = mkdtempSync(join(tmpdir(), 'dossier-e2e-other-'));
        const host = await startHost({
          dataDir: otherDir,
          rendererDir: repoPaths.renderer,
          sampleDir: repoPaths.sampleCorpus,
        });
        const context = await browser.newContext({ acceptDownloads: true, bypassCSP });
        // Kept first in line, so it closes after the main app and its folder goes with it.
        closers.unshift(async () => {
          await context.close();
          await host.close();
          rmSync(otherDir, { recursive: true, force: true });
        });
        const other = watch(await context.newPage());
        await other.goto(host.url);
        return other;
      },
    };
    await use(fixture);
    expect(pageErrors, 'errors the page logged').toEqual([]);
    for (const close of closers.reverse()) await close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
