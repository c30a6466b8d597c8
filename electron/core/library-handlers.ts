/**
 * Handlers of the methods that work on the library's projects (contract/projects.ts), rather than
 * inside one project. `documents.copy` is here too: it reads the call's project and writes another.
 */
import type { z } from 'zod';
import type { LibraryMethodName, MethodOutput, Methods, ProjectSummary } from '../contract';
import type { ProjectScope } from './project-scope';
import { copyDocuments } from './services/copy-documents-service';
import { importBundle, importQdpxProject, inspectBundle } from './services/project-import-service';
import { toSummary, type Projects } from './services/projects-service';
import type { ProjectListRow } from './repos/projects-repo';

type Name = LibraryMethodName | 'documents.copy';

export type LibraryHandlers = {
  [M in Name]: (
    input: z.output<Methods[M]['input']>,
    callScope: () => ProjectScope,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface LibraryDeps {
  projects: Projects;
  /** The scope of a live project, opened on first use. */
  scopeOf: (projectId: string) => ProjectScope;
  /** Closes a project's scope (its search workers) when it is deleted. */
  closeScope: (projectId: string) => Promise<void>;
  /** Tells every client the list of projects changed. */
  changed: () => void;
}

const bytesOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');

export function createLibraryHandlers(deps: LibraryDeps): LibraryHandlers {
  const { projects } = deps;
  const importDeps = { projects, contextOf: (id: string) => deps.scopeOf(id).ctx, closeScope: deps.closeScope };
  const announce = <T>(value: T): T => (deps.changed(), value);
  const summary = (id: string): ProjectSummary => toSummary(projects.repo.get(id) as ProjectListRow);
  return {
    'projects.list': () => projects.list(),
    'projects.create': ({ name }) => announce(projects.create(name)),
    'projects.rename': ({ project, name }) => announce(projects.rename(project, name)),
    'projects.open': ({ project }) => announce(projects.open(project)),
    'projects.delete': async ({ project }) => {
      const result = projects.delete(project);
      await deps.closeScope(result.deleted.id);
      return announce(result);
    },
    'projects.restore': ({ id }) => announce(projects.restore(id)),
    'bundle.inspect': ({ file }) => inspectBundle(importDeps, bytesOf(file)),
    'bundle.import': ({ file, as, merge }) => announce(importBundle(importDeps, bytesOf(file), { as, merge })),
    'import.qdpx': ({ file, as }) => announce(importQdpxProject(importDeps, bytesOf(file), file.fileName, { as })),
    'documents.copy': ({ toProject, ...input }, callScope) => {
      const from = callScope();
      const target = projects.resolveId(toProject);
      const result = copyDocuments(from.ctx, deps.scopeOf(target).ctx, input);
      return announce({ ...result, project: summary(target) });
    },
  };
}
