/**
 * The brief and the data exports through the contract, on a small library: two documents, a tag
 * tree, grades and an event. Checks what a person would rely on: the scope and minimum grade pick
 * the right passages, every format is well formed, and a deep link leads back to its passage.
 */
import Database from 'better-sqlite3';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail, Highlight } from '../../contract';
import { libraryPaths } from '../db/library-paths';
import { briefMarkdown } from '../export/brief';
import { readBrief } from '../export/brief/markdown-checks';
import { highlightPhrase, reportText } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.dispose());

interface Library {
  kenya: DocumentDetail;
  /** B2, tagged police (under security), cited by the event. */
  arrival: Highlight;
  /** B5, tagged gangs (under security). */
  gangs: Highlight;
  /** Ungraded, untagged, in the second document. */
  other: Highlight;
  eventId: string;
}

async function library(): Promise<Library> {
  const report = await t.call('documents.import', {
    files: [fileOf('kenya.txt', reportText), fileOf('notes.txt', 'Fuel prices doubled in the north.\n')],
  });
  const [kenyaId, notesId] = report.imported.map((d) => d.id);
  const kenya = await t.call('documents.get', { id: kenyaId! });
  const notes = await t.call('documents.get', { id: notesId! });
  await t.call('documents.update', { id: kenya.id, reliability: 'B', publishedDate: '2024-06-26' });
  const security = await t.call('tags.create', { name: 'security' });
  await t.call('tags.create', { name: 'police', parentId: security.id });
  await t.call('tags.create', { name: 'gangs', parentId: security.id });
  const arrival = await highlightPhrase(t, kenya, 'first Kenyan police officers arrived', ['police']);
  await t.call('highlights.update', { id: arrival.id, credibility: 2, note: 'First *boots* on the ground.' });
  const gangs = await highlightPhrase(t, kenya, 'Gangs still control', ['gangs']);
  await t.call('highlights.update', { id: gangs.id, credibility: 5 });
  const other = await highlightPhrase(t, notes, 'Fuel prices doubled');
  const event = await t.call('events.create', {
    date: '2024-06-25',
    title: 'Kenyan police arrive',
    highlightIds: [arrival.id],
  });
  await t.call('events.create', { date: 'about 2024', title: 'Elections postponed' });
  return { kenya, arrival, gangs, other, eventId: event.id };
}

const quotesOf = (markdown: string) => readBrief(markdown).quotes.map((q) => q.text);

describe('export.brief', () => {
  it('writes Markdown of the chosen scope and grade, with the analyst’s judgment citing its passages', async () => {
    const lib = await library();
    const tags = await t.call('tags.list');
    const security = tags.find((tag) => tag.name === 'security')!;
    const brief = await t.call('export.brief', {
      title: 'Haiti: week 26',
      scope: { tags: { ids: [security.id], includeSubTags: true }, minGrade: { reliability: 'B', credibility: 3 } },
      structure: 'chronological',
      summary: 'The mission *has* begun.',
      judgments: [{ id: 'j1', text: 'Police are deployed.', citations: [lib.arrival.id, lib.other.id] }],
    });
    expect(brief.format).toBe('md');
    expect(brief.fileName).toMatch(/^haiti-week-26-\d{4}-\d{2}-\d{2}\.md$/);
    expect(brief.content).toBe(brief.markdown);
    const reading = readBrief(brief.markdown);
    expect(reading.problems).toEqual([]);
    // The B2 passage is in scope and shown once in full; B5 is below the grade, the other untagged.
    expect(quotesOf(brief.markdown)).toEqual([lib.arrival.quote]);
    expect(brief.markdown).not.toContain(lib.gangs.quote);
    expect(brief.markdown).toContain('The mission *has* begun.');
    expect(brief.markdown).toContain('Police are deployed.');
    // The judgment cites the out-of-scope passage too: its footnote quotes it and links to it.
    const cited = [...reading.highlightOfLabel.values()];
    expect(cited).toEqual(expect.arrayContaining([lib.arrival.id, lib.other.id]));
    expect(brief.markdown).toContain(`Quoted: “${lib.other.quote}”`);
    expect(brief.markdown).toContain(`dossier://open?doc=${lib.kenya.id}\\&highlight=${lib.arrival.id}`);
    expect(brief.markdown).toContain('Grade: B2');
  });

  it('keeps the title-only call working: the whole project as Markdown', async () => {
    const lib = await library();
    const brief = await t.call('export.brief', { title: 'All of it' });
    expect(brief.markdown.startsWith('# All of it\n')).toBe(true);
    expect(brief.content).toBe(brief.markdown);
    expect(readBrief(brief.markdown).problems).toEqual([]);
    expect(quotesOf(brief.markdown).sort()).toEqual([lib.arrival.quote, lib.gangs.quote, lib.other.quote].sort());
  });

  it('previews the very tree the export serializes, with the saved brief filling what the call leaves out', async () => {
    const lib = await library();
    await t.call('brief.save', {
      title: 'Saved title',
      judgments: [{ id: 'j1', text: 'Police *arrived*.', citations: [lib.arrival.id] }],
    });
    const scope = { minGrade: { reliability: 'B' as const } };
    const { tree } = await t.call('brief.preview', { scope });
    const brief = await t.call('export.brief', { scope });
    // The same clock reading for both: only the "Prepared" line could differ, and it does not here.
    expect(briefMarkdown(tree)).toBe(brief.markdown);
    expect(brief.markdown.startsWith('# Saved title\n')).toBe(true);
    expect(brief.markdown).toContain('Police *arrived*.');
  });

  it('writes HTML with no script and the same passages', async () => {
    const lib = await library();
    const brief = await t.call('export.brief', { format: 'html', sections: { timeline: false } });
    expect(brief.format).toBe('html');
    expect(brief.fileName).toMatch(/\.html$/);
    expect(brief.content.startsWith('<!doctype html>')).toBe(true);
    expect(brief.content).not.toMatch(/<script/i);
    expect(brief.content).toContain(lib.gangs.quote);
    expect(brief.markdown).not.toContain('## Timeline');
  });

  it('writes DOCX as base64 of a package whose footnotes match their references', async () => {
    const lib = await library();
    const brief = await t.call('export.brief', { format: 'docx', title: 'Word brief' });
    expect(brief.fileName).toMatch(/^word-brief-.*\.docx$/);
    const zip = await JSZip.loadAsync(Buffer.from(brief.content, 'base64'));
    const document = await zip.file('word/document.xml')!.async('string');
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    const parser = new XMLParser({ ignoreAttributes: false });
    parser.parse(document, true);
    parser.parse(footnotes, true);
    const referenced = new Set([...document.matchAll(/<w:footnoteReference w:id="(-?\d+)"/g)].map((m) => m[1]));
    const defined = new Set([...footnotes.matchAll(/<w:footnote\b[^>]*\bw:id="(\d+)"/g)].map((m) => m[1]));
    expect(referenced.size).toBeGreaterThanOrEqual(3);
    for (const id of referenced) expect(defined).toContain(id);
    expect(document).toContain(lib.arrival.quote);
  });

  it('flags the judgment, event and quote resting on a passage of a replaced document, until undo', async () => {
    const lib = await library();
    await t.call('brief.save', {
      judgments: [{ id: 'j1', text: 'Police are deployed.', citations: [lib.arrival.id] }],
    });
    const withoutDate = (markdown: string) => markdown.replace(/^\*Prepared .*$/m, '');
    const before = (await t.call('export.brief', {})).markdown;
    expect(before).not.toContain('⚠');

    await t.call('documents.replace', {
      id: lib.kenya.id,
      file: fileOf('kenya-v2.txt', `Editor's note: updated on 27 June.\n${reportText}`),
    });
    const db = new Database(libraryPaths(t.dataDir).db, { readonly: true });
    const replacedAt = db.prepare('SELECT replaced_at FROM documents WHERE id = ?').pluck().get(lib.kenya.id) as string;
    db.close();
    const replacedOn = replacedAt.slice(0, 10);
    const newer = await highlightPhrase(t, await t.call('documents.get', { id: lib.kenya.id }), 'updated on 27 June');
    const flagged = (await t.call('export.brief', {})).markdown;
    expect(readBrief(flagged).problems).toEqual([]);
    const flag = `⚠ the cited document was replaced by a new version on ${replacedOn}, after this passage was taken`;
    const section = (from: string, to: string) => flagged.slice(flagged.indexOf(from), flagged.indexOf(to));
    const footnote = (id: string) => flagged.split('\n').find((l) => l.startsWith('[^') && l.includes(id)) ?? '';
    expect(section('## Key judgments', '## Timeline')).toContain(flag);
    expect(section('## Timeline', '## Passages by tag')).toContain(flag);
    expect(section('## Passages by tag', '## Sources')).toContain(`${flag}: check the quote.`);
    expect(footnote(`highlight=${lib.arrival.id}`)).toContain(`${flag}: check the quote.`);
    expect(footnote(`highlight=${lib.gangs.id}`)).toContain(flag);
    // Taken after the replacement, and from the other document: nothing to check.
    expect(footnote(`highlight=${newer.id}`)).not.toContain('⚠');
    expect(footnote(`highlight=${lib.other.id}`)).not.toContain('⚠');

    await t.call('history.undo');
    expect(await t.call('history.undo')).toEqual({ undone: `Replace “${lib.kenya.title}” with a new version` });
    const undone = (await t.call('export.brief', {})).markdown;
    expect(undone).not.toContain('⚠');
    expect(withoutDate(undone)).toBe(withoutDate(before));
  });

  it('refuses a date range that ends before it starts, and a date that is not one', async () => {
    expect(
      (await t.fails('export.brief', { scope: { dateRange: { from: '2024-06-02', to: '2024-06-01' } } })).message,
    ).toMatch(/ends before it starts/);
    expect((await t.fails('export.brief', { scope: { dateRange: { from: '2024-02-30' } } })).message).toMatch(
      /real calendar date/,
    );
  });
});

describe('export.data', () => {
  it('exports passages as CSV and JSON, the timeline as TimelineJS CSV and JSON, and every annotation', async () => {
    const lib = await library();
    const csv = await t.call('export.data', { kind: 'passages', format: 'csv' });
    expect(csv.fileName).toMatch(/-passages-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csv.content
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe('document,source,quote,note,tags,grade,reliability,credibility,page,published,imported,link');
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.includes(lib.arrival.quote))).toContain(',B2,B,2,');

    const passages = JSON.parse((await t.call('export.data', { kind: 'passages', format: 'json' })).content) as {
      passages: { highlightId: string; tags: string[] }[];
    };
    expect(passages.passages.map((p) => p.highlightId).sort()).toEqual(
      [lib.arrival.id, lib.gangs.id, lib.other.id].sort(),
    );

    const timeline = await t.call('export.data', { kind: 'timeline', format: 'csv' });
    expect(timeline.content).toContain('Year,Month,Day');
    expect(timeline.content).toContain('Kenyan police arrive');
    expect(timeline.skipped).toBe(0);
    const events = JSON.parse((await t.call('export.data', { kind: 'timeline', format: 'json' })).content) as unknown;
    expect(JSON.stringify(events)).toContain(lib.arrival.id);

    const annotations = await t.call('export.data', { kind: 'annotations', format: 'json' });
    expect(annotations.fileName).toMatch(/\.json$/);
    const parsed = JSON.stringify(JSON.parse(annotations.content));
    for (const id of [lib.arrival.id, lib.gangs.id, lib.eventId]) expect(parsed).toContain(id);
  });

  it('refuses annotations as CSV, saying to ask for JSON', async () => {
    const error = await t.fails('export.data', { kind: 'annotations', format: 'csv' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/JSON only/);
  });
});

describe('links.resolve', () => {
  it('follows a passage link and a document link to what they point at now', async () => {
    const lib = await library();
    const link = `dossier://open?doc=${lib.kenya.id}&highlight=${lib.arrival.id}`;
    const found = await t.call('links.resolve', { link });
    expect(found.document.id).toBe(lib.kenya.id);
    expect(found.highlight?.id).toBe(lib.arrival.id);
    expect(found.quote).toBe('first Kenyan police officers arrived');
    expect(found.status).toBe('anchored');
    const doc = await t.call('links.resolve', { link: `dossier://open?doc=${lib.kenya.id}` });
    expect(doc).toMatchObject({ highlight: null, quote: null, status: null });
    expect(doc.document.title).toBe(lib.kenya.title);
  });

  it('says what is wrong with a bad link', async () => {
    const lib = await library();
    for (const link of [
      'https://example.org/?doc=1',
      'dossier://open?highlight=x',
      'not a link',
      'dossier://close?doc=1',
    ]) {
      const error = await t.fails('links.resolve', { link });
      expect(error.code, link).toBe('invalid_input');
      expect(error.message).toContain('dossier://open?doc=<id>&highlight=<id>');
    }
    const unknownDoc = await t.fails('links.resolve', { link: 'dossier://open?doc=nope&highlight=x' });
    expect(unknownDoc).toMatchObject({ code: 'not_found', message: 'That document is no longer in the library.' });
    await t.call('highlights.delete', { id: lib.gangs.id });
    const gone = await t.fails('links.resolve', {
      link: `dossier://open?doc=${lib.kenya.id}&highlight=${lib.gangs.id}`,
    });
    expect(gone).toMatchObject({ code: 'not_found', message: 'That passage is no longer in the library.' });
    const elsewhere = await t.fails('links.resolve', {
      link: `dossier://open?doc=${lib.kenya.id}&highlight=${lib.other.id}`,
    });
    expect(elsewhere.code).toBe('not_found');
  });
});
