/** Highlights, notes and the tag code book, through `core.handle`. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../contract';
import { annotatedLibrary, highlightPhrase } from '../testing/annotated-library';
import { tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
let doc: DocumentDetail;
beforeEach(async () => {
  t = tempCore();
  doc = (await annotatedLibrary(t)).doc;
});
afterEach(() => t.dispose());

describe('highlights', () => {
  it('creates a highlight with its quote and context, trimmed of surrounding white space', async () => {
    const phrase = 'Gangs still control';
    const start = doc.text.indexOf(phrase);
    const h = await t.call('highlights.create', {
      documentId: doc.id,
      start: start - 2,
      end: start + phrase.length + 1,
      color: 'green',
      note: ' why ',
    });
    expect(h).toMatchObject({
      start,
      end: start + phrase.length,
      color: 'green',
      note: 'why',
      status: 'anchored',
      tags: [],
    });
    expect(h.quote).toBe(doc.text.slice(h.start, h.end));
    expect(doc.text.slice(h.start - h.prefix.length, h.start)).toBe(h.prefix);
    expect((await t.call('documents.get', { id: doc.id })).highlights.map((x) => x.id)).toContain(h.id);
  });

  it('refuses empty, white-space-only and out-of-range selections, and unknown documents', async () => {
    const space = doc.text.indexOf('\n\n');
    expect(
      (await t.fails('highlights.create', { documentId: doc.id, start: space, end: space + 2, color: 'blue' })).message,
    ).toMatch(/selection is empty/);
    expect(
      (await t.fails('highlights.create', { documentId: doc.id, start: 0, end: doc.text.length + 1, color: 'blue' }))
        .message,
    ).toMatch(/past the end/);
    expect((await t.fails('highlights.create', { documentId: 'nope', start: 0, end: 3, color: 'blue' })).code).toBe(
      'not_found',
    );
    expect((await t.fails('highlights.create', { documentId: doc.id, start: 0, end: 3, color: 'red' })).code).toBe(
      'invalid_input',
    );
  });

  it('updates colour and note', async () => {
    const h = await highlightPhrase(t, doc, 'the report said');
    expect(await t.call('highlights.update', { id: h.id, color: 'pink' })).toMatchObject({ color: 'pink', note: '' });
    expect(await t.call('highlights.update', { id: h.id, note: 'Source is the UN report' })).toMatchObject({
      color: 'pink',
      note: 'Source is the UN report',
    });
  });

  it('deletes a highlight; the tags it alone used stay in the codebook with no passages', async () => {
    const h = await highlightPhrase(t, doc, 'the report said', ['solo']);
    expect((await t.call('tags.list')).map((x) => x.name)).toContain('solo');
    await t.call('highlights.delete', { id: h.id });
    expect((await t.call('documents.get', { id: doc.id })).highlights.map((x) => x.id)).not.toContain(h.id);
    expect((await t.call('tags.list')).find((x) => x.name === 'solo')?.count).toBe(0);
    expect((await t.fails('highlights.delete', { id: h.id })).code).toBe('not_found');
  });
});

describe('tags', () => {
  it('setTags creates tags, reuses existing ones case-insensitively, and dedupes', async () => {
    const h = await highlightPhrase(t, doc, 'the report said', ['kenya', ' New  tag ', 'new tag']);
    expect(h.tags.sort()).toEqual(['Kenya', 'New tag']);
    const tags = await t.call('tags.list');
    expect(tags.map((x) => [x.name, x.count])).toEqual([
      ['deployment', 1],
      ['Kenya', 2],
      ['New tag', 1],
    ]);
  });

  it('setTags removes tags no longer wanted; the codebook keeps them, unused', async () => {
    const h = await highlightPhrase(t, doc, 'the report said', ['temporary', 'Kenya']);
    const updated = await t.call('highlights.setTags', { id: h.id, tags: ['Kenya'] });
    expect(updated.tags).toEqual(['Kenya']);
    expect((await t.call('tags.list')).map((x) => [x.name, x.count])).toEqual([
      ['deployment', 1],
      ['Kenya', 2],
      ['temporary', 0],
    ]);
  });

  it('addTag and removeTag change one tag of what the highlight has, so calls sent together all count', async () => {
    const h = await highlightPhrase(t, doc, 'the report said', ['Kenya']);
    await Promise.all(
      ['alpha', 'beta', 'gamma', 'kenya'].map((name) => t.call('highlights.addTag', { id: h.id, name })),
    );
    const tagged = (await t.call('documents.get', { id: doc.id })).highlights.find((x) => x.id === h.id);
    expect(tagged?.tags.sort()).toEqual(['Kenya', 'alpha', 'beta', 'gamma']);

    await Promise.all(['ALPHA', 'gamma'].map((name) => t.call('highlights.removeTag', { id: h.id, name })));
    const left = await t.call('highlights.removeTag', { id: h.id, name: 'not there' });
    expect(left.tags.sort()).toEqual(['Kenya', 'beta']);
    expect((await t.call('history.undo')).undone).toBe('Remove tag “gamma”');
  });

  it('rejects a blank tag name', async () => {
    const h = await highlightPhrase(t, doc, 'the report said');
    expect((await t.fails('highlights.setTags', { id: h.id, tags: ['  '] })).message).toMatch(/tag needs a name/);
  });

  it('tags.passages returns the tagged passages with their document title', async () => {
    const kenya = (await t.call('tags.list')).find((x) => x.name === 'Kenya');
    if (!kenya) throw new Error('no Kenya tag');
    const passages = await t.call('tags.passages', { id: kenya.id });
    expect(passages.map((p) => [p.highlight.quote, p.documentTitle])).toEqual([
      ['first Kenyan police officers arrived', 'Kenyan police arrived in Port-au-Prince'],
    ]);
    expect((await t.fails('tags.passages', { id: 'missing' })).code).toBe('not_found');
  });

  it('renames a tag, and refuses a name another tag has (in any case)', async () => {
    const [deployment] = await t.call('tags.list');
    if (!deployment) throw new Error('no tags');
    expect(await t.call('tags.rename', { id: deployment.id, name: ' Arrival ' })).toMatchObject({
      name: 'Arrival',
      count: 1,
    });
    const conflict = await t.fails('tags.rename', { id: deployment.id, name: 'KENYA' });
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toMatch(/“Kenya” already exists/);
    expect(await t.call('tags.rename', { id: deployment.id, name: 'arrival' })).toMatchObject({ name: 'arrival' });
  });
});

describe('documents.delete', () => {
  it('removes the document with its highlights, tag links and event links; the codebook keeps its tags', async () => {
    const [event] = await t.call('events.list');
    await t.call('documents.delete', { id: doc.id });
    expect(await t.call('documents.list')).toEqual([]);
    expect((await t.fails('documents.get', { id: doc.id })).code).toBe('not_found');
    expect((await t.call('tags.list')).map((x) => [x.name, x.count])).toEqual([
      ['deployment', 0],
      ['Kenya', 0],
    ]);
    const events = await t.call('events.list');
    expect(events.map((e) => [e.id, e.passages])).toEqual([[event?.id, []]]);
  });
});
