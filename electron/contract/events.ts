/**
 * Events pushed from the core to every connected client (IPC `webContents.send`, HTTP server-sent events),
 * and one the desktop shell sends its window itself (`links.open`).
 * A client refetches what an event names; events carry no data a client could get out of step with.
 */
import { z } from 'zod';
import { SearchStatus } from './search';

export const ChangedEntity = z.enum(['documents', 'highlights', 'tags', 'events', 'brief']);
export type ChangedEntity = z.infer<typeof ChangedEntity>;

/** The project an event is about: a client shows only its own project's events. */
const project = z.string();

export const events = {
  'library.changed': z.object({ project, entities: z.array(ChangedEntity) }),
  /** The library's list of projects changed (created, renamed, deleted, restored, imported). */
  'projects.changed': z.object({}),
  /** The search index changed state: warming up, indexing in the background, ready. */
  'search.status': SearchStatus.and(z.object({ project })),
  /** A running import: files parsed so far of the total, and the file being read now. */
  'import.progress': z.object({
    project,
    jobId: z.string(),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    current: z.string().nullable(),
  }),
  /**
   * The desktop shell was handed a deep link (by the OS, another instance's command line or its
   * own): a canonical `dossier://open?…` link the shell has already checked, for the window to open.
   */
  'links.open': z.object({ link: z.string().startsWith('dossier://open?').max(2_000) }),
} as const satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
