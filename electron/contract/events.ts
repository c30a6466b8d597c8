/**
 * Events pushed from the core to every connected client (IPC `webContents.send`, HTTP server-sent events).
 * A client refetches what an event names; events carry no data a client could get out of step with.
 */
import { z } from 'zod';

export const ChangedEntity = z.enum(['documents', 'highlights', 'tags', 'events']);
export type ChangedEntity = z.infer<typeof ChangedEntity>;

export const events = {
  'library.changed': z.object({ entities: z.array(ChangedEntity) }),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
