/**
 * `dossier export qdpx` and `dossier bundle export` through the real launcher: each file is read
 * back with its format's reader, an existing file is kept without --force, and a project the
 * library does not hold is refused naming those it does. Each spawn is slow, so each carries several
 * assertions.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../electron/core/bundle';
import { readQdpx } from '../electron/core/qdpx/read-qdpx';
import { annotatedLibrary } from '../electron/core/testing/annotated-library';
import { tempCore } from '../electron/core/testing/temp-core';
import { useCliHarness } from './cli-harness';

const cli = useCliHarness('dossier-cli-portable-');
const run = (...args: string[]) => cli.dossier(...args, '--no-sample');
const ok = (...args: string[]) => {
  const result = run(...args);
  if (result.code !== 0) throw new Error(`dossier ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
};

/** One document, a highlight tagged deployment and Kenya, an event citing it. */
async function seed() {
  const t = tempCore({}, cli.dataDir);
  const lib = await annotatedLibrary(t);
  const { projectName } = await t.call('library.info');
  await t.core.close();
  return { ...lib, projectName };
}

describe('dossier export qdpx and bundle export', { timeout: 400_000 }, () => {
  it('writes both files, which read back with the project, and refuses to replace or to pick another project', async () => {
    const { doc, highlight, projectName } = await seed();

    const qdpx = join(cli.dir, 'project.qdpx');
    const wroteQdpx = JSON.parse(ok('export', 'qdpx', '--out', qdpx, '--json')) as Record<string, unknown>;
    expect(wroteQdpx).toEqual({ path: qdpx, bytes: statSync(qdpx).size, skippedHighlights: 0 });
    const coded = readQdpx(readFileSync(qdpx));
    if (!coded.ok) throw new Error(coded.error);
    expect(coded.project.name).toBe(projectName);
    expect(coded.project.codes.map((c) => c.name).sort()).toEqual(['Kenya', 'deployment']);
    const [source] = coded.project.sources;
    expect(source).toMatchObject({ guid: doc.id, text: doc.text });
    expect(source?.selections).toHaveLength(1);
    expect(source?.selections[0]).toMatchObject({ start: highlight.start, end: highlight.end });
    expect(source?.selections[0]?.codes).toHaveLength(2);

    // The project by its name in another case; the summary goes to stdout only without --json.
    const bundle = join(cli.dir, 'haiti.dossier');
    const wroteBundle = JSON.parse(ok('bundle', 'export', projectName.toUpperCase(), '--out', bundle, '--json')) as {
      path: string;
      bytes: number;
      project: { id: string; name: string };
      counts: Record<string, number>;
    };
    expect(wroteBundle).toMatchObject({ path: bundle, bytes: statSync(bundle).size, project: { name: projectName } });
    expect(wroteBundle.counts).toMatchObject({ documents: 1, highlights: 1, tags: 2, events: 1 });
    const read = readBundle(readFileSync(bundle));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.manifest.project).toEqual(wroteBundle.project);
    const { documents, highlights, tags, events } = read.snapshot.tables;
    expect(documents.map((d) => [d.id, d.text])).toEqual([[doc.id, doc.text]]);
    expect(highlights.map((h) => [h.id, h.quote])).toEqual([[highlight.id, highlight.quote]]);
    expect(tags.map((tag) => tag.name).sort()).toEqual(['Kenya', 'deployment']);
    expect(events.map((e) => e.title)).toEqual(['Kenyan police arrive']);

    const before = readFileSync(bundle);
    const kept = run('bundle', 'export', '--out', bundle);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toBe(`dossier: ${bundle} already exists; use --force to replace it.\n`);
    expect(readFileSync(bundle).equals(before)).toBe(true);

    // By id, over the file with --force, in words.
    expect(ok('bundle', 'export', wroteBundle.project.id, '--out', bundle, '--force')).toBe(
      `Wrote “${projectName}” (1 document, 1 highlight, 2 tags, 1 event) to ${bundle}\n`,
    );
    expect(readBundle(readFileSync(bundle)).ok).toBe(true);

    const elsewhere = join(cli.dir, 'elsewhere.dossier');
    const unknown = run('bundle', 'export', 'Elsewhere', '--out', elsewhere);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      `dossier: There is no project “Elsewhere”. The library's projects are “${projectName}”.\n`,
    );
    expect(existsSync(elsewhere)).toBe(false);

    const wrong = run('bundle', 'archive', bundle);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^dossier: bundle can export or import a project, not “archive”\n\nUsage: dossier/);
  });
});
