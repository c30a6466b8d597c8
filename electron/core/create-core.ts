/**
 * The composition root: opens the library in a data folder and returns the core every shell uses
 * (Electron main, the web host, the CLI). `handle` takes a method name and an untrusted payload,
 * parses it with the contract's schema and always resolves to a Result, never a thrown error.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import {
  CallScope,
  fail,
  isLibraryMethod,
  methods,
  ok,
  type CoreMethodName,
  type EventName,
  type EventPayload,
  type MethodOutput,
  type Result,
} from '../contract';
import { isBackupDue, listBackups, type BackupFile } from './db/backup';
import { backUpOffThread, checkLibraryFileOffThread } from './db/library-off-thread';
import { assertLibraryIntact, startupCheckOptions } from './db/damaged-library';
import type { LibraryCheck } from './db/library-check';
import { DB_FILE_NAME, INDEX_FILE_NAME, libraryPaths } from './db/library-paths';
import { openDatabase, type Db } from './db/open';
import { DossierFailure } from './errors';
import { ParsePool } from './importers/parse-pool';
import { createLibraryHandlers } from './library-handlers';
import { openProjectScope, removeIndexFile, type ProjectScope, type ScopeDeps } from './project-scope';
import type { SearchDiagnostics } from './search/engine';
import { importFiles } from './services/library-service';
import { ensureProject, readSampleCorpus } from './services/project-service';
import { Projects } from './services/projects-service';

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
  /** `scope` names the call's project (id or name); absent, the project used last. */
  handle<M extends CoreMethodName>(method: M, payload: unknown, scope?: unknown): Promise<Result<MethodOutput<M>>>;
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
  const { db: dbPath } = libraryPaths(options.dataDir);
  // A damaged library throws LibraryDamagedError here, before anything could migrate or write it.
  assertLibraryIntact(options.dataDir, dbPath, options.nativeBinding, options.startupCheck);
  const db: Db = openDatabase(dbPath, { nativeBinding: options.nativeBinding });
  const emitter = new EventEmitter();
  const emit: ScopeDeps['emit'] = (event, payload) => emitter.emit(event, payload);

  const projects = new Projects({ db, dataDir: options.dataDir, clock, newId: () => randomUUID() });
  // Projects deleted in a session that ended without closing (a crash) go now; their bundles remain.
  for (const id of projects.purgeDeleted()) removeIndexFile(options.dataDir, id);
  const { project: first, created } = ensureProject(db, clock().toISOString());
  const pool = options.imports?.pool ?? new ParsePool({ workerDir: options.workerDir });
  const scopeDeps: ScopeDeps = {
    db,
    dataDir: options.dataDir,
    dbPath,
    projects: projects.repo,
    clock,
    logger,
    nativeBinding: options.nativeBinding,
    workerDir: options.workerDir,
    imports: { ...options.imports, pool },
    platform: options.platform,
    emit,
  };
  // One scope per project in use, opened on its first call: a project never used this session
  // never starts its search workers or reads its index.
  const scopes = new Map<string, ProjectScope>();
  const scopeOf = (projectId: string): ProjectScope => {
    let scope = scopes.get(projectId);
    if (!scope) {
      scope = openProjectScope(projectId, scopeDeps);
      scopes.set(projectId, scope);
    }
    return scope;
  };
  const closeScope = async (projectId: string) => {
    const scope = scopes.get(projectId);
    scopes.delete(projectId);
    await scope?.close();
  };

  // The project used last opens at once, so its index warms up while the window loads; others on first use.
  scopeOf(projects.currentId());

  // A new library gets the sample project; calls wait for it, so nobody sees a half-seeded library.
  const sampleDir = options.sampleDir;
  const ready: Promise<void> =
    created && sampleDir
      ? importFiles(scopeOf(first.id).ctx, readSampleCorpus(sampleDir), 'system').then(
          (report) => {
            for (const failure of report.failed) logger.warn(`Sample document not imported: ${failure.message}`);
          },
          (error: unknown) => logger.error('dossier: the sample project could not be imported', error),
        )
      : Promise.resolve();
  const backup = backUpWhenDue(options, ready, clock, logger);

  const library = createLibraryHandlers({
    projects,
    scopeOf,
    closeScope,
    changed: () => emitter.emit('projects.changed', {}),
  });
  // The call's project: the one it names (id or name), else the one used last.
  const callScope = (scope: CallScope | undefined) => () =>
    scopeOf(scope?.project === undefined ? projects.currentId() : projects.resolveId(scope.project));

  return {
    dataDir: options.dataDir,
    dbPath,
    async handle(method, payload, scope) {
      await ready;
      const parsedScope = CallScope.optional().safeParse(scope);
      if (!parsedScope.success) return fail('invalid_input', 'The project of this call must be a name or an id.');
      const schema = methods[method].input;
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
        return fail('invalid_input', `${issue?.message ?? 'Invalid request'}${where}.`);
      }
      try {
        const target = callScope(parsedScope.data);
        type Handler = (input: unknown, scope: typeof target) => unknown;
        const table = (isLibraryMethod(method) || method === 'documents.copy' ? library : target().handlers) as Record<
          string,
          Handler
        >;
        const handler = table[method] as Handler;
        return ok((await Promise.resolve(handler(parsed.data, target))) as MethodOutput<typeof method>);
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
    diagnostics: () => scopeOf(projects.currentId()).search.diagnostics(),
    backupOnOpen: () => backup,
    async close() {
      // A backup in progress is finished (it takes well under a second at 10,000 documents), not torn.
      await backup;
      emitter.removeAllListeners();
      await Promise.all([...scopes.keys()].map(closeScope));
      if (!options.imports?.pool) await pool.close();
      // Projects deleted this session are removed for good; their bundles stay in the backups folder.
      if (db.open) {
        for (const id of projects.purgeDeleted()) removeIndexFile(options.dataDir, id);
        db.close();
      }
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
