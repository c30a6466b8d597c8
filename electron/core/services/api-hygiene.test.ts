/**
 * Strings set through the API reach the library clean: titles, sources, authors, notes, tag names,
 * event fields, the brief's title and search queries, and the history labels built from them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(() => {
  t = tempCore({ sampleDir: undefined });
});
afterEach(() => t.dispose());

const DIRT = '\u0000\u0001\u001b[2J\u001b]0;pwned\u0007\u000e\u009b';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

/** Every string anywhere in a value, with its path. */
function strings(value: unknown, path = '$', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

function expectNoControls(value: unknown): void {
  for (const [path, text] of strings(value)) expect(CONTROL.test(text), `${path}: ${JSON.stringify(text)}`).toBe(false);
}

async function oneDocument() {
  const report = await t.call('documents.import', {
    files: [fileOf(`notes${DIRT}.txt`, 'Port strike\n\nDock workers walked out on Monday.\n')],
  });
  const summary = report.imported[0];
  if (!summary) throw new Error('nothing imported');
  return summary;
}

describe('API strings are stored clean', () => {
  it('document details, notes, tags, events and the labels undo shows', async () => {
    const doc = await oneDocument();
    expect(doc.fileName).toBe('notes[2J]0;pwned.txt');
    const updated = await t.call('documents.update', {
      id: doc.id,
      title: `Title${DIRT}\tend\n`,
      source: `Source${DIRT}`,
      author: `Author${DIRT}`,
      url: `https://example.org/a${DIRT}`,
    });
    expect(updated).toMatchObject({
      title: 'Title[2J]0;pwned end',
      source: 'Source[2J]0;pwned',
      author: 'Author[2J]0;pwned',
    });
    expect(updated.url).toBe('https://example.org/a[2J]0;pwned');
    expect((await t.call('history.undo')).undone).toBe('Edit details of “Port strike”');
    await t.call('history.redo');

    const highlight = await t.call('highlights.create', {
      documentId: doc.id,
      start: 0,
      end: 11,
      color: 'yellow',
      note: `Line one${DIRT}\r\nline\ttwo e\u0301`,
    });
    expect(highlight.note).toBe('Line one[2J]0;pwned\nline two é');
    const edited = await t.call('highlights.update', { id: highlight.id, note: `Again${DIRT}` });
    expect(edited.note).toBe('Again[2J]0;pwned');
    const tagged = await t.call('highlights.setTags', { id: highlight.id, tags: [`tag${DIRT}`, '\u0001\u0007 ok'] });
    expect(tagged.tags.sort()).toEqual(['ok', 'tag[2J]0;pwned']);
    expect((await t.fails('highlights.setTags', { id: highlight.id, tags: ['\u001b\u0007'] })).message).toMatch(
      /A tag needs a name/,
    );
    const tag = (await t.call('tags.list')).find((x) => x.name === 'ok');
    if (!tag) throw new Error('tag missing');
    expect((await t.call('tags.rename', { id: tag.id, name: `renamed${DIRT}` })).name).toBe('renamed[2J]0;pwned');
    expect((await t.call('history.undo')).undone).toBe('Rename tag “ok” to “renamed[2J]0;pwned”');

    const event = await t.call('events.create', {
      date: '2024-03-05',
      title: `Strike${DIRT}`,
      description: `What happened${DIRT}\nnext`,
      highlightIds: [highlight.id],
    });
    expect(event).toMatchObject({ title: 'Strike[2J]0;pwned', description: 'What happened[2J]0;pwned\nnext' });
    const changed = await t.call('events.update', { id: event.id, title: `Walkout${DIRT}`, description: DIRT });
    expect(changed).toMatchObject({ title: 'Walkout[2J]0;pwned', description: '[2J]0;pwned' });
    expect((await t.call('history.undo')).undone).toBe('Edit event “Strike[2J]0;pwned”');

    const brief = await t.call('export.brief', { title: `Brief${DIRT}` });
    expectNoControls(brief);
    expect(brief.markdown).toContain('# Brief\\[2J]0;pwned\n');

    const found = await t.call('search.query', { q: `port${DIRT}` });
    expectNoControls(found);

    expectNoControls(await t.call('documents.get', { id: doc.id }));
    expectNoControls(await t.call('documents.list'));
    expectNoControls(await t.call('tags.list'));
    expectNoControls(await t.call('events.list'));
  });
});
