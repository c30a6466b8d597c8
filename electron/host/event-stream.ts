/**
 * Pushes every contract event to the browser as server-sent events, with a cap on open streams: a
 * page holds one, so a flood of streams is a bug or an attack, and each one beyond the cap gets a
 * 503 that says why instead of another listener on the core.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { events, fail, type EventName } from '../contract';
import type { Core } from '../core/create-core';
import { sendJson } from './security-headers';

export const MAX_EVENT_STREAMS = 8;
const KEEP_ALIVE_MS = 25_000;

export function createEventStreams(core: Core, max = MAX_EVENT_STREAMS) {
  let open = 0;
  return function streamEvents(req: IncomingMessage, res: ServerResponse): void {
    if (open >= max) {
      return sendJson(
        res,
        503,
        fail('internal', `Too many open event streams (${max}). Close other Dossier tabs, then reload this one.`),
        { 'Retry-After': '10' },
      );
    }
    open += 1;
    res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    // Every event of the contract, so a new one reaches the browser without touching this file.
    const stops = (Object.keys(events) as EventName[]).map((name) =>
      core.on(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)),
    );
    const keepAlive = setInterval(() => res.write(': ping\n\n'), KEEP_ALIVE_MS);
    res.on('close', () => {
      open -= 1;
      for (const stop of stops) stop();
      clearInterval(keepAlive);
    });
  };
}
