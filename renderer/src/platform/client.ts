/** Picks the transport once: the desktop preload's client when present, the web host's HTTP otherwise. */
import { CLIENT_GLOBAL, type DossierClient } from '../../../electron/contract';
import { createHttpClient, readToken } from './http-client';

declare global {
  interface Window {
    [CLIENT_GLOBAL]?: DossierClient;
  }
}

let client: DossierClient | null = null;

export const isDesktop = (): boolean => window[CLIENT_GLOBAL] !== undefined;

export function getClient(): DossierClient {
  client ??= window[CLIENT_GLOBAL] ?? createHttpClient(readToken());
  return client;
}
