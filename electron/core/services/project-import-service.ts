/**
 * Whole projects into this library: a .dossier bundle (as a new project, or merged into the one it
 * came from) and a REFI-QDA .qdpx (as a new project). Rows go in through the target project's
 * `mutate`, so its search index and undo history see them like any other change, in one change set
 * (one undo step). Everything is read and checked before anything is written: a refused file
 * changes nothing.
 */
import { cleanLine, truncate, type MethodOutput, type ProjectSummary } from '../../contract';
import { readBundle, type Manifest, type ProjectSnapshot } from '../bundle';
import { DossierFailure } from '../errors';
import { readQdpx } from '../qdpx/read-qdpx';
import { emptyKeys, ProjectKeysRepo } from '../repos/project-keys-repo';
import type { ProjectListRow } from '../repos/projects-repo';
import type { Writer } from '../repos/writer';
import { planMerge, type MergePlan, type MergeTarget } from './bundle-merge';
import type { Context } from './context';
import { toSummary, type Projects } from './projects-service';
import { planQdpxImport, writeQdpxPlan } from './qdpx-import';

export interface ProjectImportDeps {
  projects: Projects;
  /** The context of a project, opening it (and its search index) if it is not open yet. */
  contextOf: (projectId: string) => Context;
  /** Closes a project's scope again (its search workers), for a project removed after a failed write. */
  closeScope: (projectId: string) => Promise<void>;
}

/** Room left under the 120 characters of a project name for the " (2)" of a free variant. */
const MAX_IMPORTED_NAME = 110;

function readChecked(bytes: Uint8Array): { snapshot: ProjectSnapshot; manifest: Manifest } {
  const read = readBundle(bytes);
  // The reader's message says what is wrong and what to do; nothing has been written.
  if (!read.ok) throw new DossierFailure('invalid_input', read.error.message);
  return read;
}

/** The live project a bundle would merge into: the one it came from (same id), else one of the same name. */
function mergeTarget(projects: Projects, project: { id: string; name: string }): ProjectListRow | undefined {
  const byId = projects.repo.get(project.id);
  if (byId) return byId;
  const [byName] = projects.repo.idsByName(project.name);
  return byName === undefined ? undefined : projects.repo.get(byName);
}

export function inspectBundle(deps: ProjectImportDeps, bytes: Uint8Array): MethodOutput<'bundle.inspect'> {
  const { manifest } = readChecked(bytes);
  const existing = mergeTarget(deps.projects, manifest.project);
  return {
    project: { id: manifest.project.id, name: manifest.project.name },
    counts: manifest.counts,
    existing: existing ? toSummary(existing) : null,
  };
}

export function importBundle(
  deps: ProjectImportDeps,
  bytes: Uint8Array,
  options: { as?: string; merge: boolean },
): MethodOutput<'bundle.import'> {
  if (options.merge && options.as !== undefined) {
    throw new DossierFailure(
      'invalid_input',
      'Choose one: import the bundle as a new project with a name, or merge it into the project it came from.',
    );
  }
  const { snapshot, manifest } = readChecked(bytes);
  const label = `Import bundle “${manifest.project.name}”`;
  if (!options.merge) {
    const project = createProject(deps.projects, manifest.project.name, options.as, ', or merge the bundle into it');
    const plan = intoProject(deps, project.id, label, (ctx, w) =>
      writeMerge(snapshot, ctx, w, { name: project.name, keys: emptyKeys(), merging: false }),
    );
    return report(deps.projects, project.id, 'new', plan);
  }
  const target = mergeTarget(deps.projects, manifest.project);
  if (!target) {
    throw new DossierFailure(
      'not_found',
      `This library has no project “${manifest.project.name}” to merge the bundle into. Import it as a new project instead.`,
    );
  }
  const ctx = deps.contextOf(target.id);
  // The target's rows are read inside the change set's transaction, so the plan matches what it writes into.
  const plan = ctx.mutate(label, (w) =>
    writeMerge(snapshot, ctx, w, {
      name: target.name,
      keys: new ProjectKeysRepo(ctx.db).keys(target.id),
      merging: true,
    }),
  );
  return report(deps.projects, target.id, 'merge', plan);
}

export function importQdpxProject(
  deps: ProjectImportDeps,
  bytes: Uint8Array,
  fileName: string,
  options: { as?: string },
): MethodOutput<'import.qdpx'> {
  const shownName = cleanLine(fileName.split(/[\\/]/).pop() ?? '').trim() || 'The file';
  const read = readQdpx(bytes, { fileName: shownName });
  if (!read.ok) throw new DossierFailure('invalid_input', read.error);
  // Texts, highlights and tags are worked out first: a source that cannot be read refuses the file before a project exists.
  const planned = planQdpxImport(read.project);
  const stem = shownName.replace(/\.qdpx$/i, '');
  const project = createProject(deps.projects, read.project.name.replace(/\.qda$/i, '') || stem, options.as);
  const written = intoProject(deps, project.id, `Import “${shownName}”`, (ctx, w) => writeQdpxPlan(planned, ctx, w));
  return { ...report(deps.projects, project.id, 'new', written), skipped: planned.skipped };
}

/** Plans the bundle's rows against the project of `ctx` and writes them, inside its `mutate`. */
function writeMerge(
  snapshot: ProjectSnapshot,
  ctx: Context,
  w: Writer,
  target: Pick<MergeTarget, 'name' | 'keys' | 'merging'>,
): MergePlan {
  const plan = planMerge(snapshot, { ...target, projectId: ctx.projectId, newId: () => ctx.newId() });
  for (const { table, row } of plan.inserts) w.insert(table, row);
  return plan;
}

/** A new project named `as` (refused when taken, `otherwise` saying what else to do), else `wanted` or a free variant of it. */
function createProject(projects: Projects, wanted: string, as: string | undefined, otherwise = ''): ProjectSummary {
  if (as !== undefined) {
    if (projects.repo.idsByName(as).length > 0) {
      throw new DossierFailure(
        'conflict',
        `There is already a project named “${as}”. Choose another name${otherwise}.`,
      );
    }
    return projects.create(as);
  }
  const name = truncate(cleanLine(wanted).trim(), MAX_IMPORTED_NAME).trimEnd() || 'Imported project';
  return projects.create(projects.freeName(name));
}

/**
 * Writes a plan into a project just created for it. Should the write fail (it was checked, so only
 * a fault would), the empty project is removed again, so a failed import leaves no trace.
 */
function intoProject<T>(
  deps: ProjectImportDeps,
  projectId: string,
  label: string,
  write: (ctx: Context, w: Writer) => T,
): T {
  try {
    const ctx = deps.contextOf(projectId);
    return ctx.mutate(label, (w) => write(ctx, w));
  } catch (error) {
    deps.projects.repo.purge(projectId);
    void deps.closeScope(projectId);
    throw error;
  }
}

function report(
  projects: Projects,
  projectId: string,
  mode: 'new' | 'merge',
  plan: Pick<MergePlan, 'added' | 'unchanged' | 'warnings'>,
): MethodOutput<'bundle.import'> {
  return {
    project: toSummary(projects.repo.get(projectId) as ProjectListRow),
    mode,
    added: plan.added,
    unchanged: plan.unchanged,
    warnings: plan.warnings,
  };
}
