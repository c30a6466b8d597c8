/**
 * Request/response over a worker's message port. Each request has an id; the worker answers with
 * the same id. A worker that dies or exceeds a request's time limit fails every pending request
 * with a clear error instead of leaving a caller waiting forever.
 */
import { parentPort, type MessagePort, type Worker } from 'node:worker_threads';

export interface RpcRequest {
  id: number;
  method: string;
  params: unknown;
}
export type RpcReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: RpcErrorShape };
/** A message the worker sends on its own (progress, status); it has no id. */
export interface RpcNotice {
  notice: string;
  payload: unknown;
}
export interface RpcErrorShape {
  message: string;
  code?: string;
}

export class WorkerGoneError extends Error {}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout | undefined;
}

export class RpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private gone: Error | null = null;

  constructor(
    readonly worker: Worker,
    onNotice: (notice: RpcNotice) => void = () => {},
  ) {
    worker.on('message', (message: RpcReply | RpcNotice) => {
      if ('notice' in message) return onNotice(message);
      const entry = this.pending.get(message.id);
      if (!entry) return;
      this.settle(message.id);
      if (message.ok) entry.resolve(message.value);
      else entry.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
    });
    worker.on('error', (error) => this.failAll(new WorkerGoneError(`The worker failed: ${error.message}`)));
    worker.on('exit', (code) => this.failAll(new WorkerGoneError(`The worker stopped (exit code ${code}).`)));
  }

  get alive(): boolean {
    return this.gone === null;
  }

  get busy(): number {
    return this.pending.size;
  }

  call<T>(method: string, params: unknown, options: { timeoutMs?: number } = {}): Promise<T> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer =
        options.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.settle(id);
              reject(new RpcTimeoutError(method, options.timeoutMs ?? 0));
            }, options.timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.worker.postMessage({ id, method, params } satisfies RpcRequest);
    });
  }

  async terminate(): Promise<void> {
    this.failAll(new WorkerGoneError('The worker was stopped.'));
    await this.worker.terminate();
  }

  private settle(id: number): void {
    const entry = this.pending.get(id);
    if (entry?.timer) clearTimeout(entry.timer);
    this.pending.delete(id);
  }

  private failAll(error: Error): void {
    this.gone ??= error;
    for (const [id, entry] of [...this.pending]) {
      this.settle(id);
      entry.reject(error);
    }
  }
}

export class RpcTimeoutError extends Error {
  constructor(
    readonly method: string,
    readonly timeoutMs: number,
  ) {
    super(`${method} took longer than ${Math.round(timeoutMs / 1000)} s.`);
  }
}

type Handler = (params: never) => unknown;

/** Worker side: answers requests with the named handlers (async handlers may interleave). */
export function serveRpc(handlers: Record<string, Handler>): void {
  const port = parentPort;
  if (!port) throw new Error('serveRpc must run inside a worker thread.');
  port.on('message', (request: RpcRequest) => void answer(port, handlers, request));
}

async function answer(port: MessagePort, handlers: Record<string, Handler>, request: RpcRequest): Promise<void> {
  const handler = handlers[request.method];
  try {
    if (!handler) throw new Error(`Unknown worker method ${request.method}.`);
    const value = await handler(request.params as never);
    port.postMessage({ id: request.id, ok: true, value } satisfies RpcReply);
  } catch (error) {
    const err = error as { message?: string; code?: string };
    port.postMessage({
      id: request.id,
      ok: false,
      error: { message: err.message ?? String(error), code: err.code },
    } satisfies RpcReply);
  }
}

/** Worker side: an unsolicited message to the main thread (progress, status). */
export function notify(notice: string, payload: unknown): void {
  parentPort?.postMessage({ notice, payload } satisfies RpcNotice);
}
