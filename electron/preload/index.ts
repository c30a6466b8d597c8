/**
 * The sandboxed preload: exposes one object, `window.dossier`, implementing the typed DossierClient
 * over IPC. It holds no logic and never hands the page ipcRenderer, an IPC event or its sender; only
 * method names shaped like `noun.verb` reach the main process, which checks everything again.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CLIENT_GLOBAL, IPC_EVENT_PREFIX, IPC_PREFIX, type DossierClient } from '../contract/client';
import type { MethodInput, MethodName, MethodOutput } from '../contract/methods';
import type { CallScope } from '../contract/projects';
import type { Result } from '../contract/result';

const NAME_PATTERN = /^[a-z]+\.[a-zA-Z]+$/;

const client: DossierClient = {
  call<M extends MethodName>(method: M, input: MethodInput<M>, scope?: CallScope): Promise<Result<MethodOutput<M>>> {
    if (typeof method !== 'string' || !NAME_PATTERN.test(method)) {
      const rejected: Result<never> = {
        ok: false,
        error: { code: 'invalid_input', message: 'Rejected: not a method name' },
      };
      return Promise.resolve(rejected);
    }
    return ipcRenderer.invoke(IPC_PREFIX + method, input, scope) as Promise<Result<MethodOutput<M>>>;
  },
  on(event, listener) {
    if (typeof event !== 'string' || !NAME_PATTERN.test(event) || typeof listener !== 'function') {
      throw new TypeError('dossier.on(event, listener) needs an event name and a function');
    }
    const channel = IPC_EVENT_PREFIX + event;
    const forward = (_event: unknown, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld(CLIENT_GLOBAL, client);
