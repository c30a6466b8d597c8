/**
 * Picks the transport once: the desktop preload's client when present, the web host's HTTP otherwise.
 * The page works on one project at a time: every call carries it, and events of other projects
 * (another window, the CLI) are not passed on.
 */
import { CLIENT_GLOBAL, type DossierClient, type EventName, type EventPayload } from '../../../electron/contract';
import { createHttpClient, readToken } from './http-client';

declare global {
  interface Window {
    [CLIENT_GLOBAL]?: DossierClient;
  }
}

let client: DossierClient | null = null;
let project: string | null = null;

export const isDesktop = (): boolean => window[CLIENT_GLOBAL] !== undefined;

/** The project this page works on (an id); null until the first `projects.list` answers. */
export const currentProject = (): string | null => project;
export function setCurrentProject(id: string): void {
  project = id;
}

function scoped(transport: DossierClient): DossierClient {
  return {
    call: (method, input, scope) => transport.call(method, input, scope ?? (project ? { project } : undefined)),
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      return transport.on(event, (payload) => {
        const of = (payload as { project?: unknown }).project;
        if (of === undefined || project === null || of === project) listener(payload);
      });
    },
  };
}

export function getClient(): DossierClient {
  client ??= scoped(window[CLIENT_GLOBAL] ?? createHttpClient(readToken()));
  return client;
}
