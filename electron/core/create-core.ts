/**
 * The composition root: opens the library in a data folder and returns the core every shell uses
 * (Electron main, the web host, the CLI). `handle` takes a method name and an untrusted payload,
 * parses it with the contract's schema and always resolves to a Result, never a thrown error.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  fail,
  methods,
  ok,
  type CoreMethodName,
  type EventName,
  type EventPayload,
  type MethodOutput,
  type Result,
} from '../contract';
import { openDatabase, type Db } from './db/open';
import { DossierFailure } from './errors';
import { createHandlers, type Handlers } from './handlers';
import { SearchIndex } from './search/search-index';
import { changedEntities, createContext, type Context } from './services/context';
import { importFiles } from './services/library-service';
import { ensureProject, readSampleCorpus } from './services/project-service';

export interface CoreOptions {
  dataDir: string;
  /** Folder of documents imported into a new, empty library (the sample project). */
  sampleDir?: string;
  clock?: () => Date;
  logger?: Pick<Console, 'warn' | 'error'>;
  nativeBinding?: string;
  platform: 'electron' | 'web' | 'cli';
}

export interface Core {
  readonly dataDir: string;
  readonly dbPath: string;
  handle<M extends CoreMethodName>(method: M, payload: unknown): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  close(): void;
}

export const DB_FILE_NAME = 'dossier.sqlite';

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? console;
  mkdirSync(options.dataDir, { recursive: true });
  const dbPath = join(options.dataDir, DB_FILE_NAME);
  const db: Db = openDatabase(dbPath, { nativeBinding: options.nativeBinding });
  const emitter = new EventEmitter();
  const search = new SearchIndex();

  const { project, created } = ensureProject(db, clock().toISOString());
  const ctx: Context = createContext(db, project.id, clock, (tables, searchDirty) => {
    if (searchDirty) reindex();
    emitter.emit('library.changed', { entities: changedEntities(tables) });
  });
  const reindex = () => search.rebuild(ctx.repos.documents.forIndex(project.id));

  reindex();
  // A new library gets the sample project; calls wait for it, so nobody sees a half-seeded library.
  const sampleDir = options.sampleDir;
  const ready: Promise<void> =
    created && sampleDir
      ? importFiles(ctx, readSampleCorpus(sampleDir), 'system').then(
          (report) => {
            for (const failure of report.failed) logger.warn(`Sample document not imported: ${failure.message}`);
          },
          (error: unknown) => logger.error('dossier: the sample project could not be imported', error),
        )
      : Promise.resolve();

  const handlers: Handlers = createHandlers(ctx, {
    search,
    clock,
    info: () => ({
      dataDir: options.dataDir,
      projectName: project.name,
      documentCount: ctx.repos.documents.count(project.id),
      platform: options.platform,
    }),
    projectName: project.name,
  });

  return {
    dataDir: options.dataDir,
    dbPath,
    async handle(method, payload) {
      await ready;
      const schema = methods[method].input;
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
        return fail('invalid_input', `${issue?.message ?? 'Invalid request'}${where}.`);
      }
      try {
        const handler = handlers[method] as (
          input: unknown,
        ) => MethodOutput<typeof method> | Promise<MethodOutput<typeof method>>;
        return ok(await Promise.resolve(handler(parsed.data)));
      } catch (error) {
        if (error instanceof DossierFailure) return fail(error.code, error.message);
        logger.error(`dossier: ${method} failed`, error);
        return fail('internal', `Something went wrong in ${method}. Nothing was changed. Details are in the log.`);
      }
    },
    on(event, listener) {
      emitter.on(event, listener);
      return () => emitter.off(event, listener);
    },
    close() {
      emitter.removeAllListeners();
      if (db.open) db.close();
    },
  };
}
