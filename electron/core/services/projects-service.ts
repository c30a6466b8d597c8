/**
 * The library's projects: list, create, rename, open (the project used last), delete and restore.
 * A delete first writes the project as a .dossier bundle into the backups folder, then hides it;
 * the rows stay until the library closes (`purgeDeleted`), so a restore in the same session is
 * complete, and after it the bundle remains.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectSummary } from '../../contract';
import { appVersion } from '../app-version';
import { snapshotProject, writeBundle } from '../bundle';
import { backupDir } from '../db/backup';
import type { Db } from '../db/open';
import { DossierFailure } from '../errors';
import { ProjectsRepo, type ProjectListRow } from '../repos/projects-repo';
import { portableFileName } from './portable-service';

export interface ProjectsDeps {
  db: Db;
  dataDir: string;
  clock: () => Date;
  newId: () => string;
}

export function toSummary(row: ProjectListRow): ProjectSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    documentCount: row.document_count,
    highlightCount: row.highlight_count,
    tagCount: row.tag_count,
    eventCount: row.event_count,
  };
}

/** Where the bundles of deleted projects are kept. */
export const deletedProjectsDir = (dataDir: string): string => join(backupDir(dataDir), 'deleted-projects');

export class Projects {
  readonly repo: ProjectsRepo;

  constructor(private readonly deps: ProjectsDeps) {
    this.repo = new ProjectsRepo(deps.db);
  }

  list(): { projects: ProjectSummary[]; current: string } {
    const projects = this.repo.list().map(toSummary);
    return { projects, current: this.repo.lastUsed() ?? projects[0]?.id ?? '' };
  }

  /** A live project by id or by name (any case), with its counts; see `resolveId`. */
  resolve(ref: string): ProjectListRow {
    return this.repo.get(this.resolveId(ref)) as ProjectListRow;
  }

  /**
   * A live project's id from its id or its name (any case), without its counts, since every call
   * asks; an ambiguous or unknown name is refused, naming the choices.
   */
  resolveId(ref: string): string {
    if (this.repo.isLive(ref)) return ref;
    const ids = this.repo.idsByName(ref);
    if (ids.length === 1) return ids[0] as string;
    const names = this.repo
      .list()
      .map((p) => `“${p.name}”`)
      .join(', ');
    throw new DossierFailure('not_found', `There is no project “${ref}”. The library's projects are ${names}.`);
  }

  /** The id of the project a call that names none works on: the one used last. */
  currentId(): string {
    const id = this.repo.lastUsed();
    if (id === undefined) throw new DossierFailure('not_found', 'This library has no project. Create one first.');
    return id;
  }

  create(name: string): ProjectSummary {
    this.assertFreeName(name);
    const id = this.deps.newId();
    const now = this.deps.clock().toISOString();
    this.repo.create({ id, name, created_at: now });
    return toSummary(this.repo.get(id) as ProjectListRow);
  }

  rename(ref: string, name: string): ProjectSummary {
    const project = this.resolve(ref);
    this.assertFreeName(name, project.id);
    this.repo.rename(project.id, name);
    return toSummary(this.repo.get(project.id) as ProjectListRow);
  }

  open(ref: string): ProjectSummary {
    const project = this.resolve(ref);
    this.repo.touch(project.id, this.deps.clock().toISOString());
    return toSummary(this.repo.get(project.id) as ProjectListRow);
  }

  /** Hides a project after writing it as a bundle to the backups folder; returns the bundle's path. */
  delete(ref: string): { deleted: ProjectSummary; backup: string } {
    const project = this.resolve(ref);
    if (this.repo.list().length <= 1) {
      throw new DossierFailure(
        'conflict',
        `“${project.name}” is the library's only project. Create another project before deleting this one.`,
      );
    }
    const now = this.deps.clock();
    const bytes = writeBundle(snapshotProject(this.deps.db, project.id), { appVersion: appVersion(), now: () => now });
    const dir = deletedProjectsDir(this.deps.dataDir);
    mkdirSync(dir, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const backup = join(dir, portableFileName(project.name, now, 'dossier').replace(/\.dossier$/, `-${stamp}.dossier`));
    writeFileSync(backup, bytes);
    this.repo.markDeleted(project.id, now.toISOString());
    return { deleted: toSummary(project), backup };
  }

  restore(id: string): ProjectSummary {
    const project = this.repo.get(id, true);
    if (!project || this.repo.get(id)) {
      throw new DossierFailure('not_found', 'That project is not among those deleted since Dossier opened.');
    }
    // A project created meanwhile may have taken the name; the restored one gets a free variant.
    const name = this.freeName(project.name, id);
    if (name !== project.name) this.repo.rename(id, name);
    this.repo.markDeleted(id, null);
    return toSummary(this.repo.get(id) as ProjectListRow);
  }

  /** Removes deleted projects for good (on close, and on open for any a crash left behind). */
  purgeDeleted(): string[] {
    const ids = this.repo.deletedIds();
    for (const id of ids) this.deps.db.transaction(() => this.repo.purge(id))();
    return ids;
  }

  /** `name`, or `name (2)`, `name (3)`… whichever no live project has. */
  freeName(name: string, except?: string): string {
    const taken = (candidate: string) => this.repo.idsByName(candidate).some((id) => id !== except);
    if (!taken(name)) return name;
    for (let n = 2; ; n += 1) {
      const candidate = `${name} (${n})`;
      if (!taken(candidate)) return candidate;
    }
  }

  private assertFreeName(name: string, except?: string): void {
    if (this.repo.idsByName(name).some((id) => id !== except)) {
      throw new DossierFailure('conflict', `There is already a project named “${name}”. Choose another name.`);
    }
  }
}
