/** Undo and redo over the change log: deletes come back whole, redo replays, new actions clear redo. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotatedLibrary } from '../testing/annotated-library';
import { annotatedLibrary } from '../testing/annotated-library';
import { tempCore, type TempCore, visibleState } from '../testing/temp-core';

let t: TempCore;
let lib: AnnotatedLibrary;
beforeEach(async () => {
  t = tempCore();
  lib = await annotatedLibrary(t);
});
afterEach(() => t.dispose());

const snapshot = () => visibleState(t);

describe('history', () => {
  it('undoing a highlight delete restores the row with its tag and event links', async () => {
    const before = await snapshot();
    await t.call('highlights.delete', { id: lib.highlight.id });
    expect((await t.call('tags.list')).map((x) => x.count)).toEqual([0, 0]);
    expect(await t.call('history.undo')).toEqual({ undone: expect.stringMatching(/^Delete highlight/) as string });
    expect(await snapshot()).toEqual(before);
    const [event] = await t.call('events.list');
    expect(event?.passages.map((p) => p.highlight.tags.sort())).toEqual([['Kenya', 'deployment']]);
  });

  it('undoing a document delete restores the document, its highlights, tags and links', async () => {
    const before = await snapshot();
    await t.call('documents.delete', { id: lib.doc.id });
    await t.call('history.undo');
    expect(await snapshot()).toEqual(before);
    const search = await t.call('search.query', { q: 'Kenyan' });
    expect(search.documents.hits.map((h) => h.documentId)).toEqual([lib.doc.id]);
  });

  it('redo replays an undone action, and undo/redo alternate cleanly', async () => {
    await t.call('tags.rename', { id: (await t.call('tags.list'))[0]?.id ?? '', name: 'Arrival' });
    const renamed = await snapshot();
    await t.call('history.undo');
    expect((await t.call('tags.list')).map((x) => x.name)).toEqual(['deployment', 'Kenya']);
    expect(await t.call('history.redo')).toEqual({ redone: 'Rename tag “deployment” to “Arrival”' });
    expect(await snapshot()).toEqual(renamed);
    await t.call('history.undo');
    await t.call('history.redo');
    expect(await snapshot()).toEqual(renamed);
    expect(await t.call('history.redo')).toEqual({ redone: null });
  });

  it('undoes several actions in reverse order and redoes them in order', async () => {
    const s0 = await snapshot();
    await t.call('highlights.update', { id: lib.highlight.id, note: 'one' });
    const s1 = await snapshot();
    await t.call('highlights.update', { id: lib.highlight.id, color: 'blue' });
    const s2 = await snapshot();
    await t.call('history.undo');
    expect(await snapshot()).toEqual(s1);
    await t.call('history.undo');
    expect(await snapshot()).toEqual(s0);
    await t.call('history.redo');
    expect(await snapshot()).toEqual(s1);
    await t.call('history.redo');
    expect(await snapshot()).toEqual(s2);
  });

  it('a new action after undo clears the redo stack', async () => {
    await t.call('events.delete', { id: lib.event.id });
    await t.call('history.undo');
    expect(await t.call('events.list')).toHaveLength(1);
    await t.call('events.create', { date: '2025', title: 'New' });
    expect(await t.call('history.redo')).toEqual({ redone: null });
    expect((await t.call('events.list')).map((e) => e.title)).toEqual(['Kenyan police arrive', 'New']);
  });

  it('a no-op action leaves nothing to undo', async () => {
    await t.call('events.link', { id: lib.event.id, highlightId: lib.highlight.id });
    expect(await t.call('history.undo')).toEqual({ undone: 'Add event “Kenyan police arrive”' });
  });

  it('undo with nothing left returns null', async () => {
    for (let i = 0; i < 10; i++) await t.call('history.undo');
    expect(await t.call('documents.list')).toEqual([]);
    expect(await t.call('history.undo')).toEqual({ undone: null });
  });
});
