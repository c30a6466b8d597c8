/**
 * `export.qdpx` and `bundle.export` through a real core: what the analyst built comes back out of
 * each file read with the format's own reader (readQdpx, readBundle), and a highlight needing review
 * stays in the bundle but is left out of the .qdpx and counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBundle } from '../bundle';
import { readQdpx } from '../qdpx/read-qdpx';
import { annotatedLibrary, highlightPhrase, type AnnotatedLibrary } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';
import { SAMPLE_PROJECT_NAME } from './project-service';

const GANGS_TEXT = 'Gangs 😀 still control most of the capital.\n';
const packageVersion = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }
).version;

let t: TempCore;
let lib: AnnotatedLibrary;
let gangsDoc: string;
let stale: string;

beforeEach(async () => {
  t = tempCore();
  lib = await annotatedLibrary(t);
  const report = await t.call('documents.import', { files: [fileOf('gangs.txt', GANGS_TEXT)] });
  const gangs = await t.call('documents.get', { id: report.imported[0]!.id });
  gangsDoc = gangs.id;
  stale = (await highlightPhrase(t, gangs, 'still control', ['gangs'])).id;
  // A new version without the phrase leaves its highlight needing review.
  const replaced = await t.call('documents.replace', {
    id: gangs.id,
    file: fileOf('gangs-v2.txt', 'Gangs 😀 have left most of the capital.\n'),
  });
  expect(replaced.needsReview).toBe(1);
});
afterEach(() => t.dispose());

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

describe('export.qdpx', () => {
  it('writes the documents, the codebook and the anchored highlights; needs-review ones are counted out', async () => {
    const out = await t.call('export.qdpx');
    expect(out.fileName).toMatch(/^haiti-the-mss-mission-2025-01-01\.qdpx$/);
    expect(out.skippedHighlights).toBe(1);

    const read = readQdpx(bytesOf(out.contentBase64), { fileName: out.fileName });
    if (!read.ok) throw new Error(read.error);
    const { project } = read;
    expect(project.name).toBe(SAMPLE_PROJECT_NAME);
    expect(project.origin).toBe('Dossier');
    expect(project.skipped).toEqual([]);

    const tags = await t.call('tags.list');
    const idOf = (name: string) => tags.find((tag) => tag.name === name)!.id;
    expect(project.codes.map((c) => c.name).sort()).toEqual(['Kenya', 'deployment', 'gangs']);
    expect(project.codes.find((c) => c.name === 'Kenya')?.guid).toBe(idOf('Kenya'));

    const kenya = project.sources.find((s) => s.guid === lib.doc.id);
    expect(kenya?.text).toBe(lib.doc.text);
    expect(kenya?.selections).toEqual([
      {
        start: lib.highlight.start,
        end: lib.highlight.end,
        codes: [idOf('deployment'), idOf('Kenya')].sort(),
        note: '',
      },
    ]);
    const gangs = project.sources.find((s) => s.guid === gangsDoc);
    expect(gangs?.text).toBe((await t.call('documents.get', { id: gangsDoc })).text);
    expect(gangs?.text).toContain('have left');
    expect(gangs?.selections).toEqual([]);
  });
});

describe('bundle.export', () => {
  it('writes every row of the project, the needs-review highlight included, and names the project', async () => {
    const out = await t.call('bundle.export');
    const info = await t.call('library.info');
    expect(out.fileName).toBe('haiti-the-mss-mission-2025-01-01.dossier');
    expect(out.project.name).toBe(info.projectName);
    expect(out.counts).toMatchObject({
      projects: 1,
      documents: 2,
      highlights: 2,
      tags: 3,
      highlight_tags: 3,
      events: 1,
      event_highlights: 1,
      originals: 0,
    });

    const read = readBundle(bytesOf(out.contentBase64));
    if (!read.ok) throw new Error(read.error.message);
    const { manifest, snapshot } = read;
    expect(manifest.project).toEqual(out.project);
    expect(manifest.appVersion).toBe(packageVersion);
    expect(manifest.createdAt.slice(0, 10)).toBe('2025-01-01');
    expect(manifest.counts).toEqual(out.counts);

    const { documents, highlights, tags, events } = snapshot.tables;
    expect(documents.map((d) => d.id).sort()).toEqual([lib.doc.id, gangsDoc].sort());
    expect(documents.find((d) => d.id === lib.doc.id)?.text).toBe(lib.doc.text);
    expect(highlights.find((h) => h.id === lib.highlight.id)).toMatchObject({
      document_id: lib.doc.id,
      start_offset: lib.highlight.start,
      end_offset: lib.highlight.end,
      quote: 'first Kenyan police officers arrived',
      status: 'anchored',
    });
    expect(highlights.find((h) => h.id === stale)).toMatchObject({ status: 'needs_review', quote: 'still control' });
    expect(tags.map((tag) => tag.name).sort()).toEqual(['Kenya', 'deployment', 'gangs']);
    expect(events.map((e) => [e.title, e.date])).toEqual([['Kenyan police arrive', '2024-06-25']]);
  });
});
