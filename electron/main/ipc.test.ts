import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { fail, IPC_EVENT_PREFIX, IPC_PREFIX, methodNames, ok, type Result } from '../contract';
import type { Core } from '../core/create-core';
import { forwardCoreEvents, registerIpc } from './ipc';
import { checkSender } from './sender-check';

type Handler = (event: IpcMainInvokeEvent, payload: unknown, scope?: unknown) => Promise<Result<unknown>>;

function setup() {
  const handlers = new Map<string, Handler>();
  const core = { handle: vi.fn(() => Promise.resolve(ok({ from: 'core' }))) };
  const shell = {
    'dialog.importFiles': vi.fn(() => Promise.resolve(ok(null))),
    'dialog.importFolder': vi.fn(() => Promise.resolve(ok(null))),
    'dialog.exportBrief': vi.fn(() => Promise.resolve(ok({ path: '/tmp/brief.md' }))),
    'dialog.saveImage': vi.fn(() => Promise.resolve(ok(null))),
    'dialog.saveText': vi.fn(() => Promise.resolve(ok(null))),
    'dialog.saveFile': vi.fn(() => Promise.resolve(ok(null))),
  };
  const logger = { warn: vi.fn(), error: vi.fn() };
  registerIpc({
    ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
    core: core as unknown as Pick<Core, 'handle'>,
    shell,
    checkSender: (event) => checkSender(event),
    windowOf: () => null,
    logger,
  });
  const invoke = (
    method: string,
    payload: unknown,
    url = 'app://dossier/index.html',
    subframe = false,
    scope?: unknown,
  ) => {
    const main = { url: 'app://dossier/index.html', parent: null, frameTreeNodeId: 1 };
    const senderFrame = subframe ? { url, parent: main, frameTreeNodeId: 2 } : { ...main, url };
    const event = {
      senderFrame,
      sender: { mainFrame: subframe ? main : senderFrame },
    } as unknown as IpcMainInvokeEvent;
    const handler = handlers.get(IPC_PREFIX + method);
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(event, payload, scope);
  };
  return { handlers, core, shell, logger, invoke };
}

describe('registerIpc', () => {
  it('registers exactly one channel per contract method', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(methodNames.map((name) => IPC_PREFIX + name).sort());
  });

  it('passes core methods and their payload to the core', async () => {
    const { core, invoke } = setup();
    expect(await invoke('documents.get', { id: 'x' })).toEqual(ok({ from: 'core' }));
    expect(core.handle).toHaveBeenCalledWith('documents.get', { id: 'x' }, undefined);
  });

  it("passes the call's project on to the core, which checks it", async () => {
    const { core, invoke } = setup();
    await invoke('documents.get', { id: 'x' }, undefined, false, { project: 'p-1' });
    expect(core.handle).toHaveBeenCalledWith('documents.get', { id: 'x' }, { project: 'p-1' });
  });

  it('sends the dialog methods to the shell, not the core', async () => {
    const { core, shell, invoke } = setup();
    expect(await invoke('dialog.exportBrief', { title: 'T' })).toEqual(ok({ path: '/tmp/brief.md' }));
    expect(shell['dialog.exportBrief']).toHaveBeenCalledWith({ title: 'T' }, null, undefined);
    expect(core.handle).not.toHaveBeenCalled();
  });

  it.each([
    ['a foreign page', 'https://evil.example/', false],
    ['a file: page', 'file:///tmp/x.html', false],
    ['a subframe', 'about:blank', true],
    ['an app subframe', 'app://dossier/index.html', true],
  ])('rejects every method from %s without touching the core', async (_label, url, subframe) => {
    const { core, shell, logger, invoke } = setup();
    for (const method of methodNames) {
      expect(await invoke(method, {}, url, subframe)).toEqual(fail('invalid_input', 'Rejected: unknown sender'));
    }
    expect(core.handle).not.toHaveBeenCalled();
    expect(shell['dialog.importFiles']).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledTimes(methodNames.length);
  });

  it('turns a thrown error into an internal Result', async () => {
    const { core, logger, invoke } = setup();
    core.handle.mockImplementationOnce(() => Promise.reject(new Error('boom')));
    const result = await invoke('documents.list', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
    expect(logger.error).toHaveBeenCalled();
  });
});

describe('forwardCoreEvents', () => {
  it('sends each core event on its event channel, payload only, until stopped', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const core = {
      on: (name: string, listener: (payload: unknown) => void) => {
        listeners.set(name, listener);
        return () => listeners.delete(name);
      },
    } as unknown as Pick<Core, 'on'>;
    const send = vi.fn();
    const stop = forwardCoreEvents(core, send);
    listeners.get('library.changed')?.({ entities: ['documents'] });
    expect(send).toHaveBeenCalledWith(`${IPC_EVENT_PREFIX}library.changed`, { entities: ['documents'] });
    stop();
    expect(listeners.size).toBe(0);
  });
});
