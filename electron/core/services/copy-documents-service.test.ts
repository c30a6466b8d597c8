/**
 * documents.copy: documents (and with `withHighlights` their highlights, tags by name and links)
 * land in another project under new ids, one undo step there; a move removes them from the source
 * in one undo step of the source; duplicates by content are skipped; an unknown id writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallScope, DocumentDetail, Highlight } from '../../contract';
import { annotatedLibrary, highlightPhrase, type AnnotatedLibrary } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let lib: AnnotatedLibrary;
let linked: Highlight;
let inA: CallScope;
let inB: CallScope;

beforeEach(async () => {
  t = tempCore();
  inA = { project: (await t.call('projects.list')).current };
  lib = await annotatedLibrary(t);
  // A sub-tag with a colour and description, a note, a grade and a link between two highlights.
  const region = await t.call('tags.create', { name: 'Region', color: '#336699', description: 'Places' }, inA);
  await t.call('tags.create', { name: 'Caribbean', parentId: region.id, description: 'The islands' }, inA);
  linked = await highlightPhrase(t, lib.doc, 'Gangs still control', ['Caribbean']);
  linked = await t.call('highlights.update', { id: linked.id, note: 'Still true?', credibility: 3 }, inA);
  await t.call('highlights.link', { id: lib.highlight.id, otherId: linked.id, kind: 'contradicts' }, inA);
  await t.call('documents.update', { id: lib.doc.id, reliability: 'B', source: 'Reuters' }, inA);
  inB = { project: (await t.call('projects.create', { name: 'Zanzibar port' })).id };
}, 60_000);
afterEach(() => t.dispose(), 60_000);

const docsIn = (scope: CallScope) => t.call('documents.list', {}, scope);
const only = async (scope: CallScope): Promise<DocumentDetail> => {
  const [doc, extra] = await docsIn(scope);
  if (!doc || extra) throw new Error('expected exactly one document');
  return t.call('documents.get', { id: doc.id }, scope);
};
/** What a highlight says, without the ids that a copy changes. */
const anchored = (h: Highlight) => ({
  start: h.start,
  end: h.end,
  quote: h.quote,
  prefix: h.prefix,
  suffix: h.suffix,
  color: h.color,
  note: h.note,
  credibility: h.credibility,
  status: h.status,
  tags: h.tags,
});

describe('documents.copy', { timeout: 60_000 }, () => {
  it('copies a document without its highlights: new id, same text, blocks and metadata', async () => {
    const result = await t.call('documents.copy', { ids: [lib.doc.id], toProject: 'zanzibar PORT' }, inA);
    expect(result).toMatchObject({ copied: 1, skipped: 0, highlights: 0, project: { id: inB.project } });
    expect(result.project.documentCount).toBe(1);
    const copy = await only(inB);
    const original = await t.call('documents.get', { id: lib.doc.id }, inA);
    expect(copy.id).not.toBe(original.id);
    const {
      title,
      source,
      author,
      publishedDate,
      url,
      language,
      fileName,
      format,
      wordCount,
      reliability,
      text,
      blocks,
    } = original;
    expect(copy).toMatchObject({ title, source, author, publishedDate, url, language, fileName, format, wordCount });
    expect(copy).toMatchObject({ reliability, text, blocks });
    expect(copy).toMatchObject({ reliability: 'B', source: 'Reuters' });
    expect(copy.highlights).toEqual([]);
    expect(await t.call('tags.list', {}, inB)).toEqual([]);
    // The source is untouched.
    expect((await t.call('documents.get', { id: lib.doc.id }, inA)).highlights).toHaveLength(2);
  });

  it('copies highlights with their anchors, notes, grades, tags (parents too) and links; not events', async () => {
    const result = await t.call(
      'documents.copy',
      { ids: [lib.doc.id], toProject: inB.project ?? '', withHighlights: true },
      inA,
    );
    expect(result).toMatchObject({ copied: 1, skipped: 0, highlights: 2 });
    const copy = await only(inB);
    const original = await t.call('documents.get', { id: lib.doc.id }, inA);
    expect(copy.highlights.map(anchored)).toEqual(original.highlights.map(anchored));
    const originalIds = new Set(original.highlights.map((h) => h.id));
    expect(copy.highlights.some((h) => originalIds.has(h.id))).toBe(false);
    expect(copy.highlights.every((h) => h.documentId === copy.id)).toBe(true);

    const tags = await t.call('tags.list', {}, inB);
    expect(tags.map((tag) => tag.name).sort()).toEqual(['Caribbean', 'Kenya', 'Region', 'deployment']);
    const region = tags.find((tag) => tag.name === 'Region');
    expect(region).toMatchObject({ color: '#336699', description: 'Places', parentId: null });
    expect(tags.find((tag) => tag.name === 'Caribbean')).toMatchObject({
      parentId: region?.id,
      description: 'The islands',
    });

    const [first, second] = copy.highlights;
    const links = await t.call('highlights.links', { id: first?.id ?? '' }, inB);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ kind: 'contradicts' });
    expect(JSON.stringify(links)).toContain(second?.id ?? 'missing');
    expect(JSON.stringify(links)).not.toContain(linked.id);

    expect(await t.call('events.list', {}, inB)).toEqual([]);
    expect(await t.call('events.list', {}, inA)).toHaveLength(1);
  });

  it('uses a tag the target already has (any case) instead of creating another', async () => {
    await t.call('tags.create', { name: 'KENYA', color: '#aa0000' }, inB);
    await t.call('documents.copy', { ids: [lib.doc.id], toProject: 'Zanzibar port', withHighlights: true }, inA);
    const tags = await t.call('tags.list', {}, inB);
    expect(tags.filter((tag) => tag.name.toLowerCase() === 'kenya')).toMatchObject([{ name: 'KENYA', count: 1 }]);
  });

  it('skips a document whose content the target holds, and everything when copying into the same project', async () => {
    await t.call('documents.import', { files: [fileOf('same.txt', lib.doc.text)] }, inB);
    const other = await t.call(
      'documents.import',
      { files: [fileOf('other.txt', 'Another report, elsewhere.\n')] },
      inA,
    );
    const otherId = other.imported[0]?.id ?? '';
    const result = await t.call('documents.copy', { ids: [lib.doc.id, otherId], toProject: 'Zanzibar port' }, inA);
    expect(result).toMatchObject({ copied: 1, skipped: 1, project: { documentCount: 2 } });
    expect((await docsIn(inB)).map((d) => d.fileName).sort()).toEqual(['other.txt', 'same.txt']);

    const same = await t.call(
      'documents.copy',
      { ids: [lib.doc.id, otherId], toProject: inA.project ?? '', move: true },
      inA,
    );
    expect(same).toMatchObject({ copied: 0, skipped: 2, highlights: 0 });
    expect(await docsIn(inA)).toHaveLength(2);
  });

  it('a move removes the originals in one undo step of the source; undo there brings them back whole', async () => {
    const before = await t.call('documents.get', { id: lib.doc.id }, inA);
    const result = await t.call(
      'documents.copy',
      { ids: [lib.doc.id], toProject: 'Zanzibar port', withHighlights: true, move: true },
      inA,
    );
    expect(result).toMatchObject({ copied: 1, highlights: 2 });
    expect(await docsIn(inA)).toEqual([]);
    expect((await t.fails('documents.get', { id: lib.doc.id }, inA)).code).toBe('not_found');
    expect((await only(inB)).highlights).toHaveLength(2);
    // The event stays, without its passage.
    expect((await t.call('events.list', {}, inA))[0]?.passages).toEqual([]);

    expect(await t.call('history.undo', {}, inA)).toEqual({ undone: `Move “${lib.doc.title}” to “Zanzibar port”` });
    expect(await t.call('documents.get', { id: lib.doc.id }, inA)).toEqual(before);
    expect((await t.call('events.list', {}, inA))[0]?.passages.map((p) => p.highlight.id)).toEqual([lib.highlight.id]);
    // The copy stays in the target: each project has its own history.
    expect(await docsIn(inB)).toHaveLength(1);
  });

  it('undo in the target removes the copies, tags it created included, in one step', async () => {
    const title = lib.doc.title;
    await t.call('documents.copy', { ids: [lib.doc.id], toProject: 'Zanzibar port', withHighlights: true }, inA);
    expect(await t.call('history.undo', {}, inB)).toEqual({ undone: `Copy “${title}” from “${await nameOf(inA)}”` });
    expect(await docsIn(inB)).toEqual([]);
    expect(await t.call('tags.list', {}, inB)).toEqual([]);
    expect(await docsIn(inA)).toHaveLength(1);
  });

  it('refuses ids of another project with not_found and writes nothing', async () => {
    const b = await t.call('documents.import', { files: [fileOf('b.txt', 'Only in Zanzibar.\n')] }, inB);
    const bId = b.imported[0]?.id ?? '';
    const error = await t.fails('documents.copy', { ids: [lib.doc.id, bId], toProject: 'Zanzibar port' }, inA);
    expect(error.code).toBe('not_found');
    expect(error.message).toContain(bId);
    expect((await docsIn(inB)).map((d) => d.id)).toEqual([bId]);
    expect(await t.call('history.undo', {}, inB)).toEqual({ undone: expect.stringMatching(/^Import/) as string });
    expect((await t.fails('documents.copy', { ids: [lib.doc.id], toProject: 'Nowhere' }, inA)).code).toBe('not_found');
  });
});

async function nameOf(scope: CallScope): Promise<string> {
  const { projects } = await t.call('projects.list');
  return projects.find((p) => p.id === scope.project)?.name ?? '';
}
