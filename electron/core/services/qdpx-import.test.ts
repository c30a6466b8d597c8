/**
 * import.qdpx through the real core: a project as QualCoder writes it (built here with JSZip, CR LF
 * line ends, emoji and a decomposed accent before coded spans, a wrapped line and a list item)
 * becomes a new project whose documents are what a .txt import stores and whose highlights quote
 * exactly the coded text; and a Dossier project survives export.qdpx → import.qdpx.
 */
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail, TagSummary } from '../../contract';
import { highlightPhrase } from '../testing/annotated-library';
import { fileOf, tempCore, type TempCore } from '../testing/temp-core';
import { richProject } from '../testing/rich-project';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.dispose(), 60_000);

const SLOW = { timeout: 60_000 };
const g = (n: number) => `6f0b2c7e-91a4-4c55-8d2b-${String(n).padStart(12, '0')}`;
const [user, safety, actors, police, gangs] = [1, 2, 3, 4, 5].map(g) as [string, string, string, string, string];

// Saved on Windows: CR LF line ends, a line wrapped inside a paragraph, a list item, and "café" decomposed.
const interview =
  'Interview 1\r\n\r\nI felt 😀 safe when the police\r\ncame to the cafe\u0301 at noon.\r\n\r\n' +
  '- But the gangs 🇭🇹 came back at night.\r\n';
const fieldNotes = 'Field notes: the police 🚓 patrol twice a day.';

/** Code point positions of a phrase, as QualCoder (Python string indices) writes them. */
function cp(text: string, phrase: string) {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(phrase).length };
}

const selection = (n: number, at: { start: number; end: number }, code: string, memo = '') =>
  `<PlainTextSelection guid="${g(n)}" startPosition="${at.start}" endPosition="${at.end}" name="seltext" creatingUser="${user}">
${memo ? `<Description>${memo}</Description>\n` : ''}<Coding guid="${g(n + 100)}" creatingUser="${user}"><CodeRef targetGUID="${code}"/></Coding>
</PlainTextSelection>
`;

const project = `<?xml version="1.0" encoding="utf-8" standalone="no"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="interviews.qda" origin="QualCoder-3.5" creatingUserGUID="${user}">
<Users><User guid="${user}" name="colin"/></Users>
<CodeBook><Codes>
<Code guid="${safety}" name="safety" isCodable="true" color="#F5A9A9"><Description>Feeling safe</Description></Code>
<Code guid="${actors}" name="actors" isCodable="false">
<Code guid="${police}" name="police" isCodable="true" color="#81BEF7"></Code>
<Code guid="${gangs}" name="gangs" isCodable="true"></Code>
</Code>
</Codes></CodeBook>
<Sources>
<TextSource plainTextPath="internal://${g(21)}.txt" guid="${g(22)}" name="interview1.docx">
${selection(30, cp(interview, 'safe when the police'), safety)}${selection(31, cp(interview, 'safe when the police'), police, 'Says safe')}${selection(32, cp(interview, 'gangs 🇭🇹 came back'), gangs)}${selection(33, cp(interview, 'cafe\u0301 at noon'), safety)}${selection(34, cp(interview, 'police\r\ncame'), police)}</TextSource>
<PictureSource path="internal://${g(23)}.png" guid="${g(24)}" name="market.png"></PictureSource>
<TextSource guid="${g(40)}" name="field notes">
<PlainTextContent>${fieldNotes}</PlainTextContent>
${selection(41, cp(fieldNotes, 'police 🚓 patrol'), police)}</TextSource>
</Sources>
</Project>
`;

async function qualCoderQdpx(): Promise<string> {
  const zip = new JSZip();
  zip.file('project.qde', project);
  zip.file(`sources/${g(21)}.txt`, interview);
  zip.file(`sources/${g(23)}.png`, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })).toString('base64');
}

async function documentsOf(core: TempCore, projectName: string): Promise<DocumentDetail[]> {
  const scope = { project: projectName };
  const list = await core.call('documents.list', {}, scope);
  return Promise.all(list.map((d) => core.call('documents.get', { id: d.id }, scope)));
}

/** Each tag's name with its parent's name, sorted: the tree without ids. */
const treeOf = (tags: TagSummary[]) => {
  const name = new Map(tags.map((tag) => [tag.id, tag.name]));
  return tags.map((tag) => `${tag.parentId ? `${name.get(tag.parentId)} > ` : ''}${tag.name}`).sort();
};

describe('import.qdpx of a QualCoder project', SLOW, () => {
  it('makes a project of its text sources, codes and codings, each quote the coded text', async () => {
    const report = await t.call('import.qdpx', {
      file: { fileName: 'interviews.qdpx', contentBase64: await qualCoderQdpx() },
    });
    expect(report.mode).toBe('new');
    expect(report.project.name).toBe('interviews');
    expect(report.added).toMatchObject({ documents: 2, highlights: 5, tags: 4, highlight_tags: 6 });
    expect(report.skipped).toEqual([expect.stringMatching(/^“market\.png” was not imported: it is a picture/)]);
    expect(report.warnings).toEqual([]);

    const docs = await documentsOf(t, 'interviews');
    const doc = docs.find((d) => d.title === 'interview1');
    if (!doc) throw new Error('interview1 was not imported');
    expect(doc.format).toBe('text');
    const quotes = doc.highlights.map((h) => h.quote).sort();
    // The same text as the source (CR LF as LF, the wrapped line joined, café composed as Dossier stores all text).
    expect(quotes).toEqual(['café at noon', 'gangs 🇭🇹 came back', 'police came', 'safe when the police'].sort());
    for (const h of doc.highlights) expect(doc.text.slice(h.start, h.end)).toBe(h.quote);
    const safe = doc.highlights.find((h) => h.quote === 'safe when the police');
    expect([...(safe?.tags ?? [])].sort()).toEqual(['police', 'safety']);
    expect(safe?.note).toBe('Says safe');
    const notes = docs.find((d) => d.title === 'field notes');
    expect(notes?.highlights.map((h) => h.quote)).toEqual(['police 🚓 patrol']);

    const tags = await t.call('tags.list', {}, { project: 'interviews' });
    expect(treeOf(tags)).toEqual(['actors', 'actors > gangs', 'actors > police', 'safety']);
    expect(tags.find((tag) => tag.name === 'safety')).toMatchObject({ color: '#f5a9a9', description: 'Feeling safe' });

    // The document is what importing the source as a .txt file stores.
    const txt = await t.call('documents.import', { files: [fileOf('interview1.txt', interview)] });
    const asTxt = await t.call('documents.get', { id: txt.imported[0]?.id ?? '' });
    expect(doc.text).toBe(asTxt.text);
    expect(doc.blocks).toEqual(asTxt.blocks);
  });

  it('refuses a damaged file and a taken name, creating no project', async () => {
    const broken = await t.fails('import.qdpx', { file: { fileName: 'x.qdpx', contentBase64: 'bm90IGEgemlw' } });
    expect(broken.code).toBe('invalid_input');
    const { current, projects } = await t.call('projects.list');
    const taken = await t.fails('import.qdpx', {
      file: { fileName: 'interviews.qdpx', contentBase64: await qualCoderQdpx() },
      as: projects[0]?.name ?? '',
    });
    expect(taken.code).toBe('conflict');
    expect(await t.call('projects.list')).toEqual({ current, projects });
  });
});

describe('a Dossier project through export.qdpx and import.qdpx', SLOW, () => {
  it('comes back with the same texts, highlight quotes and offsets, and tags', async () => {
    await richProject(t);
    const docs = await t.call('documents.list');
    const gangsDoc = await t.call('documents.get', { id: docs.find((d) => d.title === 'Gangs')?.id ?? '' });
    // A highlight after an emoji and right-to-left text, where code points and UTF-16 part ways.
    await highlightPhrase(t, gangsDoc, 'at the port', ['Place']);
    const { projects } = await t.call('projects.list');
    const source = projects[0]?.name ?? '';
    const qdpx = await t.call('export.qdpx');
    const report = await t.call('import.qdpx', {
      file: { fileName: qdpx.fileName, contentBase64: qdpx.contentBase64 },
    });
    expect(report.project.name).toBe(`${source} (2)`);
    expect(report.skipped).toEqual([]);

    const shape = (list: DocumentDetail[]) =>
      list
        .map((d) => ({
          title: d.title,
          text: d.text,
          highlights: d.highlights
            .map((h) => ({ start: h.start, end: h.end, quote: h.quote, tags: [...h.tags].sort() }))
            .sort((a, b) => a.start - b.start),
        }))
        .sort((a, b) => a.title.localeCompare(b.title));
    expect(shape(await documentsOf(t, report.project.name))).toEqual(shape(await documentsOf(t, source)));
    const tags = (name: string) => t.call('tags.list', {}, { project: name }).then(treeOf);
    expect(await tags(report.project.name)).toEqual(await tags(source));
  });
});
