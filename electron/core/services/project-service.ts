/** The library's projects; the first run creates the sample project and imports the sample corpus. */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/open';
import { ProjectsRepo, type ProjectRow } from '../repos/projects-repo';

export const SAMPLE_PROJECT_NAME = 'Haiti: the MSS mission';

/**
 * Returns the library's oldest live project. A new library gets the sample project (`created`: the
 * caller imports the sample corpus into it); a library whose every project was purged gets an empty one.
 */
export function ensureProject(db: Db, now: string): { project: ProjectRow; created: boolean } {
  const repo = new ProjectsRepo(db);
  const existing = repo.list()[0];
  if (existing) return { project: existing, created: false };
  const isNew = !repo.any();
  const project = { id: randomUUID(), name: isNew ? SAMPLE_PROJECT_NAME : 'My project', created_at: now };
  repo.create(project);
  return { project, created: isNew };
}

export function readSampleCorpus(dir: string): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}
