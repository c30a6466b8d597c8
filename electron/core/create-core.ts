/**
 * The composition root: opens the library in a data folder and returns the core every shell uses
 * (Electron main, the web host, the CLI). `handle` takes a method name and an untrusted payload,
 * parses it with the contract's schema and always resolves to a Result, never a thrown error.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
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
import { isBackupDue, listBackups, type BackupFile } from './db/backup';
import { backUpOffThread, checkLibraryFileOffThread } from './workers/library-off-thread';
import { assertLibraryIntact, startupCheckOptions } from './db/damaged-library';
import type { LibraryCheck } from './db/library-check';
import { DB_FILE_NAME, INDEX_FILE_NAME, libraryPaths } from './db/library-paths';
import { openDatabase, type Db } from './db/open';
import { DossierFailure } from './errors';
import { createHandlers, type Handlers } from './handlers';
import type { ParsePool } from './importers/parse-pool';
import { SearchEngine, type SearchDiagnostics } from './search/engine';
import { changedEntities, createContext, type Context } from './services/context';
import { ImportJobs } from './services/import-jobs';
import { importFiles } from './services/library-service';
import { ensureProject, readSampleCorpus } from './services/project-service';

export interface CoreOptions {
  dataDir: string;
  /** Folder of documents imported into a new, empty library (the sample project). */
  sampleDir?: string;
  clock?: () => Date;
  logger?: Pick<Console, 'warn' | 'error'>;
  nativeBinding?: string;
  /** Where the bundled worker entries (`search-worker.js`…) are; absent when running from source. */
  workerDir?: string;
  /** Imports: per-file time limit and progress interval (tests shorten them); a pool shared by test cores. */
  imports?: { timeLimitMs?: number; progressIntervalMs?: number; pool?: ParsePool };
  platform: 'electron' | 'web' | 'cli';
  /** The start-up check's verdict when the caller ran it already (openCore runs it in a worker thread). */
  startupCheck?: LibraryCheck;
}

export interface Core {
  readonly dataDir: string;
  readonly dbPath: string;
  handle<M extends CoreMethodName>(method: M, payload: unknown): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Figures for benchmarks: the search worker's heap and index layout. */
  diagnostics(): Promise<SearchDiagnostics>;
  /** The backup made on open when one was due (null when none was), once it is written and checked. */
  backupOnOpen(): Promise<BackupFile | null>;
  close(): Promise<void>;
}

export { DB_FILE_NAME, INDEX_FILE_NAME };

/**
 * Opens the core as the app and the web host do: the library's start-up check (SQLite's
 * quick_check, ~0.1 s warm and over a second cold at 10,000 documents) runs in a worker thread
 * first, so it never stalls the calling thread's event loop. Throws LibraryDamagedError as
 * createCore does.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const startupCheck = await checkLibraryFileOffThread(libraryPaths(options.dataDir).db, {
    ...startupCheckOptions(options.nativeBinding),
    workerDir: options.workerDir,
  });
  return createCore({ ...options, startupCheck });
}

/** Opens the core at once, checking the library on this thread (the CLI, tests). */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? console;
  mkdirSync(options.dataDir, { recursive: true });
  const { db: dbPath, index: indexPath } = libraryPaths(options.dataDir);
  // A damaged library throws LibraryDamagedError here, before anything could migrate or write it.
  assertLibraryIntact(options.dataDir, dbPath, options.nativeBinding, options.startupCheck);
  const db: Db = openDatabase(dbPath, { nativeBinding: options.nativeBinding });
  const emitter = new EventEmitter();

  const { project, created } = ensureProject(db, clock().toISOString());
  const search = new SearchEngine({
    dbPath,
    indexPath,
    projectId: project.id,
    nativeBinding: options.nativeBinding,
    workerDir: options.workerDir,
    onStatus: (status) => emitter.emit('search.status', status),
    logger,
  });
  const ctx: Context = createContext(db, project.id, clock, (tables, documents) => {
    if (documents.size > 0) search.documentsChanged([...documents]);
    else search.annotationsChanged();
    emitter.emit('library.changed', { entities: changedEntities(tables) });
  });
  // Imports are parsed in worker threads (importers/parse-pool.ts); progress goes out as `import.progress`.
  const imports = new ImportJobs({
    workerDir: options.workerDir,
    ...options.imports,
    emit: (progress) => emitter.emit('import.progress', progress),
  });

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
  const backup = backUpWhenDue(options, ready, clock, logger);

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
    imports,
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
    diagnostics: () => search.diagnostics(),
    backupOnOpen: () => backup,
    async close() {
      // A backup in progress is finished (it takes well under a second at 10,000 documents), not torn.
      await backup;
      emitter.removeAllListeners();
      await imports.close();
      await search.close();
      if (db.open) db.close();
    },
  };
}

/**
 * The daily backup, started once the library is ready and made in a worker thread (its own
 * connection, the copy and its integrity check), so calls are answered while it runs and the
 * thread answering them never waits on ~100 MB of writes. A failure is logged, never fatal.
 */
function backUpWhenDue(
  options: CoreOptions,
  ready: Promise<void>,
  clock: () => Date,
  logger: Pick<Console, 'warn' | 'error'>,
): Promise<BackupFile | null> {
  return ready.then(async () => {
    const now = clock();
    if (!isBackupDue(options.dataDir, now)) return null;
    try {
      return await backUpOffThread(libraryPaths(options.dataDir).db, options.dataDir, now, options);
    } catch (error) {
      const newest = listBackups(options.dataDir)[0];
      logger.error(`dossier: the daily backup failed${newest ? `; the newest backup is ${newest.path}` : ''}`, error);
      return null;
    }
  });
}
