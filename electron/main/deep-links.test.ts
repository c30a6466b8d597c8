/**
 * The desktop's deep-link decisions under plain Node: which argument is the link, what
 * setAsDefaultProtocolClient is given, which links reach the window (only checked ones, rebuilt
 * from their ids), and that links arriving before a window loaded wait for it.
 */
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_PREFIX } from '../contract';
import {
  createDeepLinks,
  linkInArgv,
  protocolClientArgs,
  windowLinkTarget,
  type LinkTarget,
  type LinkWindow,
} from './deep-links';

const doc = '3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c';
const hl = 'a1b2c3d4-0000-4000-8000-00000000beef';
const link = `dossier://open?doc=${doc}&highlight=${hl}`;

function fakeLogger() {
  return { info: vi.fn(), warn: vi.fn() };
}

function fakeTarget(): LinkTarget & { got: string[]; shown: number } {
  const target = {
    got: [] as string[],
    shown: 0,
    show: () => void (target.shown += 1),
    send: (l: string) => void target.got.push(l),
  };
  return target;
}

describe('linkInArgv', () => {
  it('finds the link among the switches Chromium and the OS put around it', () => {
    expect(linkInArgv(['/opt/Dossier/dossier', '--no-sandbox', link])).toBe(link);
    expect(linkInArgv(['C:\\Dossier.exe', '--allow-file-access-from-files', 'DOSSIER://open?doc=1', '--flag'])).toBe(
      'DOSSIER://open?doc=1',
    );
    expect(linkInArgv(['electron', '/repo/out/main/index.js'])).toBeNull();
    expect(linkInArgv([])).toBeNull();
  });
});

describe('protocolClientArgs', () => {
  it('registers a packaged app as itself', () => {
    expect(protocolClientArgs({ defaultApp: false, execPath: '/opt/Dossier/dossier', argv: [], resolve })).toEqual({
      scheme: 'dossier',
    });
  });

  it('registers a development run as Electron with the app path resolved, as the Electron guide says', () => {
    expect(
      protocolClientArgs({
        defaultApp: true,
        execPath: '/repo/node_modules/electron/dist/electron',
        argv: ['electron', '.'],
        resolve: (p) => `/repo/${p}`,
      }),
    ).toEqual({ scheme: 'dossier', path: '/repo/node_modules/electron/dist/electron', args: ['/repo/.'] });
    expect(protocolClientArgs({ defaultApp: true, execPath: 'electron', argv: ['electron'], resolve })).toBeNull();
  });
});

describe('createDeepLinks', () => {
  it('queues links that arrive before a window loaded (macOS open-url before ready), then delivers them in order', () => {
    const logger = fakeLogger();
    const wantWindow = vi.fn();
    const links = createDeepLinks({ logger, wantWindow });
    links.open(link, 'open-url');
    links.open(`dossier://open?doc=${doc}`, 'the command line');
    expect(wantWindow).toHaveBeenCalledTimes(2);

    const window = fakeTarget();
    links.attach(window);
    expect(window.got).toEqual([link, `dossier://open?doc=${doc}`]);
    expect(window.shown).toBe(2);

    links.open(link, 'a second instance');
    expect(window.got).toHaveLength(3);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('passes on only the link rebuilt from its ids, never the text it was given', () => {
    const links = createDeepLinks({ logger: fakeLogger() });
    const window = fakeTarget();
    links.attach(window);
    links.open(`  DOSSIER:open/?highlight=${hl}&doc=${doc}\n`, 'a second instance');
    expect(window.got).toEqual([link]);
  });

  it('ignores anything that is not a dossier://open link of the allowed shape, with a log line, and never shows the window for it', () => {
    const logger = fakeLogger();
    const links = createDeepLinks({ logger });
    const window = fakeTarget();
    links.attach(window);
    for (const bad of [
      'https://evil.example/open?doc=1',
      'dossier://open?doc=1&highlight=<img src=x>',
      'dossier://open?doc=1&next=file:///etc/passwd',
      'dossier://settings?doc=1',
      `dossier://open?doc=${'x'.repeat(5_000)}`,
    ]) {
      links.open(bad, 'open-url');
    }
    expect(window.got).toEqual([]);
    expect(window.shown).toBe(0);
    expect(logger.warn).toHaveBeenCalledTimes(5);
    const lines = logger.warn.mock.calls.map(([line]) => String(line));
    expect(lines[0]).toMatch(/^dossier: ignored a link from open-url: "https:\/\/evil.example.*" \(it does not start/);
    // The log line quotes at most the link's start, on one line.
    for (const line of lines) expect(line.length).toBeLessThan(220);
  });

  it('queues again once its window closed, and keeps only the latest few links', () => {
    const links = createDeepLinks({ logger: fakeLogger() });
    const first = fakeTarget();
    links.attach(first);
    links.detach(first);
    for (let i = 0; i < 8; i += 1) links.open(`dossier://open?doc=d${i}`, 'open-url');
    expect(first.got).toEqual([]);
    const second = fakeTarget();
    links.attach(second);
    expect(second.got).toEqual(['d3', 'd4', 'd5', 'd6', 'd7'].map((d) => `dossier://open?doc=${d}`));
  });

  it('a closing window that is no longer the target does not stop delivery to the new one', () => {
    const links = createDeepLinks({ logger: fakeLogger() });
    const old = fakeTarget();
    const current = fakeTarget();
    links.attach(old);
    links.attach(current);
    links.detach(old);
    links.open(link, 'open-url');
    expect(current.got).toEqual([link]);
  });
});

describe('windowLinkTarget', () => {
  it('restores a minimised window, focuses it, and sends links.open on the preload’s event channel', () => {
    const sent: [string, unknown][] = [];
    const window: LinkWindow & { restored: boolean; focused: boolean } = {
      restored: false,
      focused: false,
      isMinimized: () => true,
      restore() {
        this.restored = true;
      },
      focus() {
        this.focused = true;
      },
      webContents: { send: (channel, payload) => void sent.push([channel, payload]) },
    };
    const target = windowLinkTarget(window);
    target.show();
    target.send(link);
    expect(window.restored).toBe(true);
    expect(window.focused).toBe(true);
    expect(sent).toEqual([[`${IPC_EVENT_PREFIX}links.open`, { link }]]);
  });
});
