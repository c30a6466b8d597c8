/**
 * Projects as a runtime scope: a call in one project never reads or changes another's rows. Every
 * method of the contract that works inside a project is called in project B with project A's ids
 * (or, for methods without ids, checked for A's text in what it returns), and A must come out
 * exactly as it went in. A new method fails the completeness check until it is listed here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatDossierLink,
  isLibraryMethod,
  methodNames,
  shellMethods,
  type CallScope,
  type CoreMethodName,
} from '../contract';
import { readBundle } from './bundle';
import { annotatedLibrary, highlightPhrase, type AnnotatedLibrary } from './testing/annotated-library';
import { searchReady } from './testing/search-ready';
import { fileOf, tempCore, visibleState, type TempCore } from './testing/temp-core';

const bText =
  'Zanzibar harbour report\n' +
  'Dockworkers in Zanzibar unloaded grain on 3 May 2024, the harbour master said.\n' +
  'The shipment came from Mombasa.\n';
/** Words of A's document only (annotated-library's report), which nothing of B may show. */
const A_MARKERS = ['Kenyan', 'Port-au-Prince', 'Gangs still control'];

let t: TempCore;
let a: AnnotatedLibrary;
let inA: CallScope;
let inB: CallScope;
let aLinked: string;

beforeAll(async () => {
  t = tempCore();
  const listed = await t.call('projects.list');
  inA = { project: listed.current };
  a = await annotatedLibrary(t);
  const second = await highlightPhrase(t, a.doc, 'Gangs still control', ['security']);
  await t.call('highlights.link', { id: a.highlight.id, otherId: second.id, kind: 'corroborates' });
  await t.call('documents.update', { id: a.doc.id, source: 'Reuters' });
  aLinked = second.id;
  const b = await t.call('projects.create', { name: 'Zanzibar port' });
  inB = { project: b.id };
  const report = await t.call('documents.import', { files: [fileOf('zanzibar.txt', bText)] }, inB);
  const bDoc = await t.call('documents.get', { id: report.imported[0]?.id ?? '' }, inB);
  const start = bDoc.text.indexOf('unloaded grain');
  await t.call(
    'highlights.create',
    { documentId: bDoc.id, start, end: start + 'unloaded grain'.length, color: 'blue', tags: ['Kenya'] },
    inB,
  );
  await Promise.all([searchReady(t.core, inA.project), searchReady(t.core, inB.project)]);
}, 60_000);

afterAll(() => t.dispose());

const leaksA = (value: unknown): string[] => {
  const text = JSON.stringify(value);
  return A_MARKERS.filter((marker) => text.includes(marker));
};

/** Each method taking ids, called in B with A's: it must fail as not found (or change nothing). */
function withForeignIds(): Partial<Record<CoreMethodName, unknown>> {
  const doc = a.doc.id;
  const h = a.highlight.id;
  return {
    'documents.get': { id: doc },
    'documents.dates': { id: doc },
    'documents.update': { id: doc, title: 'Taken over' },
    'documents.delete': { id: doc },
    'documents.deleteMany': { ids: [doc] },
    'documents.tagWhole': { ids: [doc], tag: 'Taken over' },
    'documents.replace': { id: doc, file: fileOf('kenya.txt', 'A new text') },
    'highlights.create': { documentId: doc, start: 0, end: 5, color: 'yellow' },
    'highlights.update': { id: h, note: 'Taken over' },
    'highlights.link': { id: h, otherId: aLinked, kind: 'contradicts' },
    'highlights.unlink': { id: h, otherId: aLinked },
    'highlights.links': { id: h },
    'highlights.setTags': { id: h, tags: ['x'] },
    'highlights.addTag': { id: h, name: 'x' },
    'highlights.removeTag': { id: h, name: 'Kenya' },
    'highlights.delete': { id: h },
    'highlights.place': { id: h, start: 0, end: 4 },
    'events.update': { id: a.event.id, title: 'Taken over' },
    'events.link': { id: a.event.id, highlightId: h },
    'events.unlink': { id: a.event.id, highlightId: h },
    'events.delete': { id: a.event.id },
    'events.create': { date: '2024-05-03', title: 'Cites A', highlightIds: [h] },
    'links.resolve': { link: formatDossierLink({ documentId: doc, highlightId: h }) },
    'documents.copy': { ids: [doc], toProject: inB.project },
  };
}

/** Tag methods take A's tag ids, read once the codebook is known. */
async function tagCalls(): Promise<Partial<Record<CoreMethodName, unknown>>> {
  const tags = await t.call('tags.list', {}, inA);
  const kenya = tags.find((x) => x.name === 'Kenya')?.id ?? '';
  const security = tags.find((x) => x.name === 'security')?.id ?? '';
  return {
    'tags.passages': { id: kenya },
    'tags.rename': { id: kenya, name: 'Taken over' },
    'tags.update': { id: kenya, description: 'Taken over' },
    'tags.move': { id: kenya, parentId: security },
    'tags.merge': { id: kenya, into: security },
    'tags.delete': { id: kenya },
    'tags.create': { name: 'Child of A', parentId: security },
  };
}

/** Methods with no ids of A to give: what they return in B must hold nothing of A. */
const readsInB: Partial<Record<CoreMethodName, unknown>> = {
  'library.info': {},
  'documents.list': {},
  'search.query': { q: 'Kenyan' },
  'search.status': {},
  'tags.list': {},
  'tags.matrix': {},
  'tags.cooccurrence': {},
  'codebook.export': { format: 'csv' },
  'events.list': {},
  'brief.get': {},
  'brief.preview': {},
  'export.brief': { format: 'md' },
  'export.data': { kind: 'annotations', format: 'json' },
};

/** Writes with no ids of A: checked by A's state afterwards (and some below, by what they return). */
const writesInB: Partial<Record<CoreMethodName, unknown>> = {
  'documents.import': { files: [fileOf('other.txt', 'Another harbour note about cranes.')] },
  'documents.gradeSource': { source: 'Reuters', reliability: 'E' },
  'codebook.import': { fileName: 'codes.csv', content: 'name,parent,colour,description\nKenya,,#ff0000,Taken over\n' },
  'import.cancel': { jobId: 'none' },
  'brief.save': { title: 'B brief', judgments: [{ id: 'j1', text: 'Cites A', citations: [] }] },
  'history.undo': {},
  'history.redo': {},
};

/** Checked in their own tests below. */
const elsewhere: CoreMethodName[] = ['export.qdpx', 'bundle.export'];

describe('a call in one project never reaches another', () => {
  it('lists every method that works inside a project', async () => {
    const covered = new Set([
      ...Object.keys(withForeignIds()),
      ...Object.keys(await tagCalls()),
      ...Object.keys(readsInB),
      ...Object.keys(writesInB),
      ...elsewhere,
    ]);
    const scoped = methodNames.filter(
      (name) => !isLibraryMethod(name) && !(shellMethods as readonly string[]).includes(name),
    );
    expect(scoped.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('keeps each project’s rows to itself in every list', async () => {
    const docsA = await t.call('documents.list', {}, inA);
    const docsB = await t.call('documents.list', {}, inB);
    expect(docsA.map((d) => d.title)).toEqual([a.doc.title]);
    expect(docsB.map((d) => d.fileName)).toEqual(['zanzibar.txt']);
    expect((await t.call('events.list', {}, inB)).length).toBe(0);
    expect((await t.call('tags.list', {}, inB)).map((x) => x.name)).toEqual(['Kenya']);
    const kenyaInB = (await t.call('tags.list', {}, inB))[0]?.id ?? '';
    const passages = await t.call('tags.passages', { id: kenyaInB }, inB);
    expect(passages.map((p) => p.highlight.quote)).toEqual(['unloaded grain']);
  });

  it('searches only the call’s project, by words and by tag', async () => {
    const hitsOf = async (q: string, scope: CallScope) =>
      (await t.call('search.query', { q }, scope)).documents.hits.map((hit) => hit.documentId);
    expect(await hitsOf('Zanzibar', inA)).toEqual([]);
    expect(await hitsOf('Kenyan', inB)).toEqual([]);
    expect(await hitsOf('Kenyan', inA)).toEqual([a.doc.id]);
    expect((await hitsOf('Zanzibar', inB)).length).toBe(1);
    const tagHitsA = await t.call('search.query', { q: 'tag:Kenya' }, inA);
    const tagHitsB = await t.call('search.query', { q: 'tag:Kenya' }, inB);
    expect(tagHitsA.documents.hits.map((hit) => hit.documentId)).toEqual([a.doc.id]);
    expect(leaksA(tagHitsB)).toEqual([]);
    expect(tagHitsB.documents.hits.length).toBe(1);
  });

  it('refuses A’s ids in B and leaves A exactly as it was', async () => {
    const before = await visibleState(t, inA);
    const calls = { ...withForeignIds(), ...(await tagCalls()) };
    for (const [method, payload] of Object.entries(calls)) {
      const result = await t.core.handle(method as CoreMethodName, payload, inB);
      if (result.ok) expect({ method, leaked: leaksA(result.value) }).toEqual({ method, leaked: [] });
      else expect({ method, code: result.error.code }).toEqual({ method, code: 'not_found' });
    }
    expect(await visibleState(t, inA)).toEqual(before);
  });

  it('returns nothing of A from B’s reads, and B’s writes and undo leave A alone', async () => {
    const before = await visibleState(t, inA);
    for (const [method, payload] of Object.entries(readsInB)) {
      const result = await t.core.handle(method as CoreMethodName, payload, inB);
      expect({ method, ok: result.ok }).toEqual({ method, ok: true });
      if (result.ok) expect({ method, leaked: leaksA(result.value) }).toEqual({ method, leaked: [] });
    }
    for (const [method, payload] of Object.entries(writesInB)) {
      await t.core.handle(method as CoreMethodName, payload, inB);
    }
    // Undo in B as far as it goes: A's history is not B's.
    while ((await t.call('history.undo', {}, inB)).undone) {
      /* undo every step of B */
    }
    expect(await visibleState(t, inA)).toEqual(before);
    expect(await t.call('documents.list', {}, inB)).toEqual([]);
    expect((await t.call('history.undo', {}, inA)).undone).toBeTruthy();
  });

  it('exports only the call’s project', async () => {
    const bundle = await t.call('bundle.export', {}, inA);
    const read = readBundle(Buffer.from(bundle.contentBase64, 'base64'));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.manifest.project.id).toBe(inA.project);
    expect(read.snapshot.tables.documents.map((d) => d.project_id)).toEqual([inA.project]);
    const qdpx = await t.call('export.qdpx', {}, inB);
    expect(Buffer.from(qdpx.contentBase64, 'base64').includes(Buffer.from('Kenyan'))).toBe(false);
  });
});

describe('the library’s projects', () => {
  it('opens a project’s search index only when the project is used', async () => {
    const c = await t.call('projects.create', { name: 'Unused for now' });
    const ownIndex = join(t.dataDir, `search-index-${c.id}.sqlite`);
    expect(existsSync(ownIndex)).toBe(false);
    await t.call('documents.import', { files: [fileOf('c.txt', 'Cranes in the port of Callao.')] }, { project: c.id });
    await searchReady(t.core, c.id);
    expect(existsSync(ownIndex)).toBe(true);
  });

  it('names projects by id or by name in any case, and says which exist when one is unknown', async () => {
    expect((await t.call('library.info', {}, { project: 'zanzibar PORT' })).projectId).toBe(inB.project);
    const error = await t.fails('documents.list', {}, { project: 'Nowhere' });
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('“Zanzibar port”');
    expect((await t.fails('projects.create', { name: 'ZANZIBAR PORT' })).code).toBe('conflict');
  });

  it('works on the project used last when a call names none', async () => {
    await t.call('projects.open', { project: 'Zanzibar port' });
    expect((await t.call('library.info')).projectId).toBe(inB.project);
    await t.call('projects.open', { project: inA.project ?? '' });
    expect((await t.call('library.info')).projectId).toBe(inA.project);
  });

  it('deletes a project with a backup, restores it in the session, and removes it for good on close', async () => {
    const d = await t.call('projects.create', { name: 'Short-lived' });
    await t.call('documents.import', { files: [fileOf('d.txt', 'A note to be deleted.')] }, { project: d.id });
    const { deleted, backup } = await t.call('projects.delete', { project: 'short-lived' });
    expect(deleted).toMatchObject({ id: d.id, documentCount: 1 });
    expect(existsSync(backup)).toBe(true);
    expect((await t.call('projects.list')).projects.map((p) => p.id)).not.toContain(d.id);
    expect((await t.fails('documents.list', {}, { project: d.id })).code).toBe('not_found');
    const restored = await t.call('projects.restore', { id: d.id });
    expect(restored.documentCount).toBe(1);
    await t.call('projects.delete', { project: d.id });
    t = await t.reopen();
    expect((await t.call('projects.list')).projects.map((p) => p.id)).not.toContain(d.id);
    expect((await t.fails('projects.restore', { id: d.id })).code).toBe('not_found');
    const kept = readBundle(new Uint8Array(readFileSync(backup)));
    expect(kept.ok && kept.snapshot.tables.documents.length).toBe(1);
  });

  it('keeps at least one project', async () => {
    const { projects } = await t.call('projects.list');
    for (const project of projects.slice(1)) await t.call('projects.delete', { project: project.id });
    const error = await t.fails('projects.delete', { project: projects[0]?.id ?? '' });
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toContain('Create another project');
  });
});
