/** The library's projects; the first run creates the sample project and imports the sample corpus. */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/open';
import { ProjectsRepo, type ProjectRow } from '../repos/projects-repo';

export const SAMPLE_PROJECT_NAME = 'Haiti: the MSS mission';

/** Returns the active project, creating it (once) on an empty library. */
export function ensureProject(db: Db, now: string): { project: ProjectRow; created: boolean } {
  const repo = new ProjectsRepo(db);
  const existing = repo.first();
  if (existing) return { project: existing, created: false };
  const project = { id: randomUUID(), name: SAMPLE_PROJECT_NAME, created_at: now };
  repo.create(project);
  return { project, created: true };
}

export function readSampleCorpus(dir: string): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/i.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}
