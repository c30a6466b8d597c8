/**
 * Whole projects into this library: a .dossier bundle (as a new project, or merged into the one it
 * came from) and a REFI-QDA .qdpx (as a new project). Rows go in through the target project's
 * `mutate`, so its search index and undo history see them like any other change.
 */
import type { MethodOutput } from '../../contract';
import { DossierFailure } from '../errors';
import type { Context } from './context';
import type { Projects } from './projects-service';

export interface ProjectImportDeps {
  projects: Projects;
  /** The context of a project, opening it (and its search index) if it is not open yet. */
  contextOf: (projectId: string) => Context;
}

export function inspectBundle(_deps: ProjectImportDeps, _bytes: Uint8Array): MethodOutput<'bundle.inspect'> {
  throw new DossierFailure('unsupported_here', 'Importing bundles is not built yet.');
}

export function importBundle(
  _deps: ProjectImportDeps,
  _bytes: Uint8Array,
  _options: { as?: string; merge: boolean },
): MethodOutput<'bundle.import'> {
  throw new DossierFailure('unsupported_here', 'Importing bundles is not built yet.');
}

export function importQdpxProject(
  _deps: ProjectImportDeps,
  _bytes: Uint8Array,
  _fileName: string,
  _options: { as?: string },
): MethodOutput<'import.qdpx'> {
  throw new DossierFailure('unsupported_here', 'Importing .qdpx projects is not built yet.');
}
