/**
 * The contract client over the loopback web host: calls are POSTs carrying the per-run token,
 * pushed events arrive as server-sent events (authorised by the cookie the page load set).
 */
import {
  events,
  PROJECT_HEADER,
  TOKEN_HEADER,
  type CallScope,
  type DossierClient,
  type EventName,
  type EventPayload,
  type MethodName,
  type Result,
} from '../../../electron/contract';

const TOKEN_KEY = 'dossier.token';

/** Takes the token out of the address bar (so it is not copied or bookmarked) and keeps it for this tab. */
export function readToken(): string {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpClient(token: string): DossierClient {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | null = null;

  const connect = () => {
    if (source) return;
    source = new EventSource('/api/events');
    for (const name of Object.keys(events) as EventName[]) {
      source.addEventListener(name, (message: MessageEvent<string>) => {
        const parsed = events[name].safeParse(JSON.parse(message.data));
        if (!parsed.success) return;
        for (const listener of listeners.get(name) ?? []) listener(parsed.data as never);
      });
    }
  };

  return {
    async call(method: MethodName, input: unknown, scope?: CallScope) {
      try {
        const headers: Record<string, string> = { 'Content-Type': 'application/json', [TOKEN_HEADER]: token };
        if (scope?.project) headers[PROJECT_HEADER] = scope.project;
        const response = await fetch(`/api/call/${method}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input),
        });
        return (await response.json()) as Result<never>;
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: 'Dossier is not reachable. Is the web host still running?' },
        };
      }
    },
    on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
      connect();
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  } as DossierClient;
}
