/** Starts the web host on 127.0.0.1 with a fresh token; used by `npm run web` and the e2e fixtures. */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WEB_OPEN_PATH } from '../contract';
import { openCore, type Core } from '../core/create-core';
import { createHostServer } from './server';

export interface StartHostOptions {
  dataDir: string;
  rendererDir: string;
  sampleDir?: string;
  port?: number;
}

export interface RunningHost {
  url: string;
  token: string;
  core: Core;
  close(): Promise<void>;
}

/**
 * The start of a page address that opens a brief's deep link: a link's `doc=…&highlight=…` goes
 * after it. It carries the token, so it works in a new tab too (the page drops it from the address).
 */
export function webLinkPrefix(hostUrl: string): string {
  const url = new URL(hostUrl);
  return `${url.origin}${WEB_OPEN_PATH}?token=${url.searchParams.get('token') ?? ''}&`;
}

export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  const core = await openCore({ dataDir: options.dataDir, sampleDir: options.sampleDir, platform: 'web' });
  const token = randomBytes(24).toString('base64url');
  const cookieSecret = randomBytes(24).toString('base64url');
  const server = createHostServer({ core, rendererDir: options.rendererDir, token, cookieSecret });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    core,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          void core.close().then(resolve);
        });
      }),
  };
}
