/**
 * Two projects run the same specs: `browser` drives Debian's Chromium against the loopback web
 * host; `electron` drives the desktop app through Playwright's `_electron` where the Electron
 * binary is installed, and is left out with a plain message where it is not.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Project } from '@playwright/test';
import { electronBinaryPath } from './e2e/electron-binary';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const projects: Project[] = [
  {
    name: 'browser',
    use: {
      browserName: 'chromium',
      launchOptions: {
        executablePath: chromium,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    },
  },
];

if (electronBinaryPath(dirname(fileURLToPath(import.meta.url)))) {
  projects.push({ name: 'electron' });
} else if (!process.env.PLAYWRIGHT_QUIET_ELECTRON_SKIP) {
  process.env.PLAYWRIGHT_QUIET_ELECTRON_SKIP = '1';
  console.log(
    'e2e: SKIPPED the electron project: no Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1). ' +
      'The browser project runs the same specs against the web host.',
  );
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
  },
  projects,
});
