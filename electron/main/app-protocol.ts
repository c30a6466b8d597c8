/**
 * Registers the app:// scheme: privileged (standard, secure) before the app is ready, then served
 * from the built renderer folder once it is. Chosen over file:// so the UI has its own origin.
 */
import { protocol } from 'electron';
import { createAppRequestHandler } from './app-protocol-handler';
import { APP_SCHEME } from './url-allowlist';

/** Must run before the app's `ready` event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
