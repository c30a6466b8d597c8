/** Names for projects the page proposes: a free variant of a name, as the core makes one on restore. */
import type { ProjectSummary } from '../../../../electron/contract';

const fold = (name: string) => name.trim().toLocaleLowerCase();

/** `name`, or `name (2)`, `name (3)`… whichever no project in `projects` is called (in any case). */
export function freeProjectName(name: string, projects: readonly Pick<ProjectSummary, 'name'>[]): string {
  const taken = new Set(projects.map((project) => fold(project.name)));
  if (!taken.has(fold(name))) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!taken.has(fold(candidate))) return candidate;
  }
}

/** "3 documents, 12 highlights, 4 tags, 2 events" from a project's summary or a bundle's counts. */
export function describeCounts(counts: {
  documentCount?: number;
  highlightCount?: number;
  tagCount?: number;
  eventCount?: number;
}): string {
  const parts: [number | undefined, string][] = [
    [counts.documentCount, 'document'],
    [counts.highlightCount, 'highlight'],
    [counts.tagCount, 'tag'],
    [counts.eventCount, 'event'],
  ];
  return parts
    .filter((part): part is [number, string] => part[0] !== undefined)
    .map(([count, one]) => `${count} ${count === 1 ? one : `${one}s`}`)
    .join(', ');
}

const SHOWN_TABLES: readonly [string, string][] = [
  ['documents', 'document'],
  ['highlights', 'highlight'],
  ['tags', 'tag'],
  ['events', 'event'],
];

/** A bundle's or an import's rows per table as a sentence: what an analyst counts, zeros left out. */
export function describeRowCounts(counts: Readonly<Record<string, number>>): string {
  const parts = SHOWN_TABLES.filter(([table]) => (counts[table] ?? 0) > 0).map(([table, one]) => {
    const count = counts[table] ?? 0;
    return `${count} ${count === 1 ? one : table}`;
  });
  return parts.length ? parts.join(', ') : 'nothing';
}
