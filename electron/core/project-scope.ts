/**
 * One open project: its context (repositories scoped to it, its own undo history), its search
 * engine (its own index file and workers, started the first time the project is used) and its
 * handlers. The core keeps one scope per project in use and picks it per call.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName, EventPayload } from '../contract';
import { INDEX_FILE_NAME, SIDE_FILE_SUFFIXES } from './db/library-paths';
import type { Db } from './db/open';
import { createHandlers, type Handlers } from './handlers';
import type { ParsePool } from './importers/parse-pool';
import type { ProjectsRepo } from './repos/projects-repo';
import { SearchEngine } from './search/engine';
import { changedEntities, createContext, type Context } from './services/context';
import { ImportJobs } from './services/import-jobs';

export interface ScopeDeps {
  db: Db;
  dataDir: string;
  dbPath: string;
  projects: ProjectsRepo;
  clock: () => Date;
  logger: Pick<Console, 'warn' | 'error'>;
  nativeBinding?: string;
  workerDir?: string;
  imports: { timeLimitMs?: number; progressIntervalMs?: number; pool: ParsePool };
  platform: 'electron' | 'web' | 'cli';
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

export interface ProjectScope {
  readonly projectId: string;
  readonly ctx: Context;
  readonly search: SearchEngine;
  readonly handlers: Handlers;
  close(): Promise<void>;
}

/**
 * The oldest project keeps the library's first index file name (`search-index.sqlite`, the one a
 * library had before projects), every other has its own. The index records its project, so a
 * file found holding another project's index is rebuilt, never read as this one's.
 */
export function indexPathOf(dataDir: string, projectId: string, oldestProjectId: string | undefined): string {
  return join(dataDir, projectId === oldestProjectId ? INDEX_FILE_NAME : `search-index-${projectId}.sqlite`);
}

/** Removes a purged project's own index file (the oldest project's is reused by the next oldest). */
export function removeIndexFile(dataDir: string, projectId: string): void {
  const path = join(dataDir, `search-index-${projectId}.sqlite`);
  for (const suffix of ['', ...SIDE_FILE_SUFFIXES]) rmSync(path + suffix, { force: true });
}

export function openProjectScope(projectId: string, deps: ScopeDeps): ProjectScope {
  const oldest = deps.projects.oldestId();
  const search = new SearchEngine({
    dbPath: deps.dbPath,
    indexPath: indexPathOf(deps.dataDir, projectId, oldest),
    projectId,
    nativeBinding: deps.nativeBinding,
    workerDir: deps.workerDir,
    onStatus: (status) => deps.emit('search.status', { ...status, project: projectId }),
    logger: deps.logger,
  });
  const ctx = createContext(deps.db, projectId, deps.clock, (tables, documents) => {
    if (documents.size > 0) search.documentsChanged([...documents]);
    else search.annotationsChanged();
    deps.emit('library.changed', { project: projectId, entities: changedEntities(tables) });
  });
  // The parse pool is the library's; each project's jobs report their progress as that project's.
  const imports = new ImportJobs({
    workerDir: deps.workerDir,
    ...deps.imports,
    emit: (progress) => deps.emit('import.progress', { ...progress, project: projectId }),
  });
  const projectName = () => deps.projects.name(projectId) ?? '';
  const handlers = createHandlers(ctx, {
    search,
    clock: deps.clock,
    info: () => ({
      dataDir: deps.dataDir,
      projectId,
      projectName: projectName(),
      documentCount: ctx.repos.documents.count(projectId),
      platform: deps.platform,
    }),
    projectName,
    imports,
  });
  return {
    projectId,
    ctx,
    search,
    handlers,
    async close() {
      await imports.close();
      await search.close();
    },
  };
}
