/**
 * The IPC boundary: one `ipcMain.handle` per contract method, registered by iterating the contract so
 * no channel name is typed by hand. Every call is checked in order — sender (main frame of our own
 * page), then the schema (inside core.handle or the shell handler) — and every answer is a Result,
 * never a thrown error. Core events are forwarded to every window on the matching event channel.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  events,
  fail,
  IPC_EVENT_PREFIX,
  IPC_PREFIX,
  methodNames,
  shellMethods,
  type CoreMethodName,
  type EventName,
  type MethodName,
  type Result,
  type ShellMethodName,
} from '../contract';
import type { Core } from '../core/create-core';
import type { ShellHandlers } from './dialogs';
import type { SenderVerdict } from './sender-check';

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  core: Pick<Core, 'handle'>;
  shell: ShellHandlers;
  checkSender: (event: IpcMainInvokeEvent) => SenderVerdict;
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | null;
  logger: Pick<Console, 'warn' | 'error'>;
}

const isShellMethod = (name: MethodName): name is ShellMethodName => (shellMethods as readonly string[]).includes(name);

export function registerIpc(deps: IpcDeps): void {
  for (const name of methodNames) {
    deps.ipcMain.handle(
      IPC_PREFIX + name,
      async (event, payload: unknown, scope: unknown): Promise<Result<unknown>> => {
        const verdict = deps.checkSender(event);
        if (!verdict.trusted) {
          deps.logger.warn(`dossier: rejected ${name} from ${verdict.reason}`);
          return fail('invalid_input', 'Rejected: unknown sender');
        }
        try {
          if (isShellMethod(name)) return await deps.shell[name](payload, deps.windowOf(event), scope);
          // The core checks the scope (which project) with the contract's schema, as it checks the payload.
          return await deps.core.handle(name satisfies CoreMethodName, payload, scope);
        } catch (error) {
          deps.logger.error(`dossier: ${name} failed`, error);
          return fail('internal', `Something went wrong in ${name}. Details are in the log.`);
        }
      },
    );
  }
}

/** Forwards every contract event from the core to the windows; returns a function that stops it. */
export function forwardCoreEvents(
  core: Pick<Core, 'on'>,
  send: (channel: string, payload: unknown) => void,
): () => void {
  const names = Object.keys(events) as EventName[];
  const stops = names.map((name) => core.on(name, (payload) => send(IPC_EVENT_PREFIX + name, payload)));
  return () => stops.forEach((stop) => stop());
}
