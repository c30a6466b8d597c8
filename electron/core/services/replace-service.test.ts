/** Replacing a document with a new version: highlights re-anchor or are flagged, never moved silently. */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../contract';
import { annotatedLibrary, highlightPhrase, reportText, type AnnotatedLibrary } from '../testing/annotated-library';
import { libraryPaths } from '../db/library-paths';
import { fileOf, tempCore, type TempCore, visibleState } from '../testing/temp-core';

let t: TempCore;
let lib: AnnotatedLibrary;
beforeEach(async () => {
  t = tempCore();
  lib = await annotatedLibrary(t);
});
afterEach(() => t.dispose());

const phrase = 'first Kenyan police officers arrived';
const withPreface = "Editor's note: this version adds a preface of several words.\n" + reportText;
const withoutPhrase = reportText.replace(/The first Kenyan.*\n/, 'Zeppelins were not involved at any point.\n');

async function replace(text: string, name = 'kenya-v2.txt') {
  return t.call('documents.replace', { id: lib.doc.id, file: fileOf(name, text) });
}

const snapshot = () => visibleState(t);

/** The document's row as stored: when it was last replaced, and when last touched at all. */
function times(): { replaced_at: string | null; updated_at: string } {
  const db = new Database(libraryPaths(t.dataDir).db, { readonly: true });
  try {
    return db.prepare('SELECT replaced_at, updated_at FROM documents WHERE id = ?').get(lib.doc.id) as {
      replaced_at: string | null;
      updated_at: string;
    };
  } finally {
    db.close();
  }
}

describe('documents.replace', () => {
  it('re-anchors a highlight whose passage moved, keeping its quote, note, tags and event link', async () => {
    await t.call('highlights.update', { id: lib.highlight.id, note: 'check the date' });
    const result = await replace(withPreface);
    expect(result).toMatchObject({ reanchored: 1, needsReview: 0, document: { title: lib.doc.title } });
    const doc = await t.call('documents.get', { id: lib.doc.id });
    expect(doc.text).toContain("Editor's note");
    const [h] = doc.highlights;
    expect(h).toMatchObject({ status: 'anchored', quote: phrase, note: 'check the date' });
    expect(h?.start).toBeGreaterThan(lib.highlight.start);
    expect(doc.text.slice(h?.start, h?.end)).toBe(phrase);
    expect(h?.tags.sort()).toEqual(['Kenya', 'deployment']);
    const [event] = await t.call('events.list');
    expect(event?.passages.map((p) => p.highlight.id)).toEqual([lib.highlight.id]);
  });

  it('flags a highlight whose passage was deleted, leaving its offsets and quote unchanged', async () => {
    const result = await replace(withoutPhrase);
    expect(result).toMatchObject({ reanchored: 0, needsReview: 1 });
    const [h] = (await t.call('documents.get', { id: lib.doc.id })).highlights;
    expect(h).toMatchObject({
      status: 'needs_review',
      start: lib.highlight.start,
      end: lib.highlight.end,
      quote: phrase,
      prefix: lib.highlight.prefix,
    });
  });

  it('flags rather than guesses when the quote appears twice with the same context', async () => {
    const paragraph =
      'Alpha beta gamma delta epsilon zeta eta theta. The key phrase is here. Iota kappa lambda mu nu xi omicron pi.\n';
    const imported = await t.call('documents.import', { files: [fileOf('twice.txt', paragraph)] });
    const id = imported.imported[0]?.id;
    if (!id) throw new Error('import failed');
    const doc: DocumentDetail = await t.call('documents.get', { id });
    await highlightPhrase(t, doc, 'The key phrase is here.');
    const result = await t.call('documents.replace', {
      id,
      file: fileOf('twice-v2.txt', paragraph + '\n' + paragraph),
    });
    expect(result).toMatchObject({ reanchored: 0, needsReview: 1 });
    expect((await t.call('documents.get', { id })).highlights[0]?.status).toBe('needs_review');
  });

  it('re-anchors a highlight whose quote had a word changed, storing the edited quote', async () => {
    const edited = withPreface.replace('police officers arrived', 'police officials arrived');
    expect(await replace(edited)).toMatchObject({ reanchored: 1, needsReview: 0 });
    const doc = await t.call('documents.get', { id: lib.doc.id });
    const [h] = doc.highlights;
    expect(h).toMatchObject({ status: 'anchored', quote: 'first Kenyan police officials arrived' });
    expect(doc.text.slice(h?.start, h?.end)).toBe('first Kenyan police officials arrived');
    expect(h?.prefix).toBe(doc.text.slice((h?.start ?? 0) - (h?.prefix.length ?? 0), h?.start));
    expect(h?.tags.sort()).toEqual(['Kenya', 'deployment']);
  });

  it('flags a highlight whose quote was rewritten beyond recognition in the same place', async () => {
    const rewritten = reportText.replace(phrase, 'advance team of the mission landed');
    expect(await replace(rewritten)).toMatchObject({ reanchored: 0, needsReview: 1 });
    const [h] = (await t.call('documents.get', { id: lib.doc.id })).highlights;
    expect(h).toMatchObject({ status: 'needs_review', quote: phrase, start: lib.highlight.start });
  });

  it('flags rather than guesses when the quote appears twice and both copies were edited alike', async () => {
    const edited = reportText.replace('police officers arrived', 'police officials arrived');
    expect(await replace(`${edited}\n${edited}`)).toMatchObject({ reanchored: 0, needsReview: 1 });
    expect((await t.call('documents.get', { id: lib.doc.id })).highlights[0]?.status).toBe('needs_review');
  });

  it('refuses the current version and a copy of another document, changing nothing', async () => {
    await t.call('documents.import', { files: [fileOf('other.txt', 'Another document entirely, about ports.\n')] });
    const before = await snapshot();
    const same = await t.fails('documents.replace', { id: lib.doc.id, file: fileOf('kenya.txt', reportText) });
    expect(same.code).toBe('conflict');
    expect(same.message).toMatch(/^kenya\.txt is already the current version of “/);
    const other = await t.fails('documents.replace', {
      id: lib.doc.id,
      file: fileOf('copy.txt', 'Another document entirely, about ports.\n'),
    });
    expect(other.code).toBe('conflict');
    expect(other.message).toMatch(/^copy\.txt has the same content as “/);
    expect(await snapshot()).toEqual(before);
    expect((await t.fails('documents.replace', { id: 'nope', file: fileOf('x.txt', 'x') })).code).toBe('not_found');
  });

  it('is undone in one step: old text, old positions, old search results', async () => {
    const before = await snapshot();
    await replace(withoutPhrase);
    expect((await t.call('search.query', { q: 'zeppelins' })).documents.hits.map((h) => h.documentId)).toEqual([
      lib.doc.id,
    ]);
    expect((await t.call('search.query', { q: 'officers' })).documents.hits).toEqual([]);
    expect(await t.call('history.undo')).toEqual({ undone: `Replace “${lib.doc.title}” with a new version` });
    expect(await snapshot()).toEqual(before);
    expect((await t.call('search.query', { q: 'zeppelins' })).documents.hits).toEqual([]);
    expect((await t.call('search.query', { q: 'officers' })).documents.hits.map((h) => h.documentId)).toEqual([
      lib.doc.id,
    ]);
    await replace(withPreface);
    expect((await t.call('documents.get', { id: lib.doc.id })).highlights[0]?.start).not.toBe(lib.highlight.start);
    await t.call('history.undo');
    expect(await snapshot()).toEqual(before);
  });

  it('records when the document was replaced, apart from metadata edits, and undo restores the time before', async () => {
    await t.call('documents.update', { id: lib.doc.id, title: 'Renamed' });
    expect(times().replaced_at).toBeNull();
    await replace(withPreface);
    const first = times();
    expect(first.replaced_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(first.replaced_at).toBe(first.updated_at);
    await replace(withoutPhrase, 'kenya-v3.txt');
    const second = times().replaced_at;
    expect(second! > first.replaced_at!).toBe(true);
    await t.call('documents.update', { id: lib.doc.id, title: 'Renamed again' });
    expect(times().replaced_at).toBe(second);
    await t.call('history.undo');
    await t.call('history.undo');
    expect(times().replaced_at).toBe(first.replaced_at);
    await t.call('history.undo');
    expect(times().replaced_at).toBeNull();
    await t.call('history.redo');
    expect(times().replaced_at).toBe(first.replaced_at);
  });

  it('re-anchors a flagged highlight when a later version brings its passage back', async () => {
    await replace(withoutPhrase);
    expect(await replace(withPreface, 'kenya-v3.txt')).toMatchObject({ reanchored: 1, needsReview: 0 });
    const [h] = (await t.call('documents.get', { id: lib.doc.id })).highlights;
    expect(h?.status).toBe('anchored');
  });

  it('reads the new file off the main thread, under the import time limit, and changes nothing when it fails', async () => {
    const limited = tempCore({ imports: { timeLimitMs: 250 } });
    try {
      const limitedLib = await annotatedLibrary(limited);
      const before = await visibleState(limited);
      const deep = `<html><body>${'<div>'.repeat(100_000)}Deep text${'</div>'.repeat(100_000)}</body></html>`;
      const error = await limited.fails('documents.replace', { id: limitedLib.doc.id, file: fileOf('v2.html', deep) });
      expect(error).toEqual({
        code: 'unsupported_format',
        message:
          'v2.html: reading it took longer than 0.25 s; Dossier stopped. ' +
          'If it is a very large or unusual file, try splitting it or saving it in another format.',
      });
      expect(await visibleState(limited)).toEqual(before);
      const notPdf = await limited.fails('documents.replace', {
        id: limitedLib.doc.id,
        file: fileOf('v2.pdf', '%PDF-1.7 no'),
      });
      expect(notPdf.code).toBe('unsupported_format');
      expect(notPdf.message).toMatch(/v2\.pdf/);
    } finally {
      await limited.dispose();
    }
  }, 60_000);

  it('lets the analyst place a flagged highlight again, which undo reverts', async () => {
    await replace(withoutPhrase);
    const text = (await t.call('documents.get', { id: lib.doc.id })).text;
    const start = text.indexOf('Zeppelins were not involved');
    const placed = await t.call('highlights.place', { id: lib.highlight.id, start, end: start + 27 });
    expect(placed).toMatchObject({ status: 'anchored', start, quote: 'Zeppelins were not involved' });
    expect(placed.tags.sort()).toEqual(['Kenya', 'deployment']);
    await t.call('history.undo');
    const [h] = (await t.call('documents.get', { id: lib.doc.id })).highlights;
    expect(h).toMatchObject({ status: 'needs_review', quote: phrase });
    expect((await t.fails('highlights.place', { id: lib.highlight.id, start: 0, end: text.length + 1 })).code).toBe(
      'invalid_input',
    );
  });
});
