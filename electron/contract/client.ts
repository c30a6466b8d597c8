/** The typed client every UI talks to, whatever carries the calls (Electron preload or HTTP). */
import type { EventName, EventPayload } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';
import type { CallScope } from './projects';
import type { Result } from './result';

export interface DossierClient {
  /** `scope` names the project the call works on; absent, the project used last. */
  call<M extends MethodName>(method: M, input: MethodInput<M>, scope?: CallScope): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Name of the global the preload script exposes the client under. */
export const CLIENT_GLOBAL = 'dossier';
/** IPC channel prefix: every channel is `dossier:<method>` or `dossier-event:<event>`. */
export const IPC_PREFIX = 'dossier:';
export const IPC_EVENT_PREFIX = 'dossier-event:';
/** HTTP header that carries the web host's per-run token. */
export const TOKEN_HEADER = 'x-dossier-token';
/** HTTP header that carries a call's project (`CallScope.project`). */
export const PROJECT_HEADER = 'x-dossier-project';
