/**
 * The .qdpx reader on a project as QualCoder writes it (built here from XML resembling QualCoder's
 * export, zipped by JSZip rather than by the writer's own zip library), and on hostile or damaged
 * files, each refused with its own message.
 */
import { strToU8, zipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { centralRecords, patchCentral } from '../zip/test-zips';
import { readQdpx } from './read-qdpx';

const g = (n: number) => `6f0b2c7e-91a4-4c55-8d2b-${String(n).padStart(12, '0')}`;
const [user, safety, actors, police, gangs] = [1, 2, 3, 4, 5].map(g) as [string, string, string, string, string];
const interview = 'Interview 1\nI felt 😀 safe when the police came.\nBut the gangs 🇭🇹 came back at night.\n';
const fieldNotes = 'Field notes: the police 🚓 patrol twice a day.';

/** Code point positions of a phrase, as QualCoder (Python string indices) writes them. */
function cp(text: string, phrase: string) {
  const at = text.indexOf(phrase);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(phrase).length, utf16: { start: at, end: at + phrase.length } };
}
const safe = cp(interview, 'safe when the police came');
const back = cp(interview, 'gangs 🇭🇹 came back');
const patrol = cp(fieldNotes, 'police 🚓 patrol');

const selection = (n: number, at: { start: number; end: number }, code: string, memo = '') =>
  `<PlainTextSelection guid="${g(n)}" startPosition="${at.start}" endPosition="${at.end}" name="seltext" creatingUser="${user}" creationDateTime="2024-05-02T10:00:00">
${memo ? `<Description>${memo}</Description>\n` : ''}<Coding guid="${g(n + 100)}" creatingUser="${user}" creationDateTime="2024-05-02T10:00:00">
<CodeRef targetGUID="${code}"/>
</Coding>
</PlainTextSelection>
`;

const qualCoderXml = `<?xml version="1.0" encoding="utf-8" standalone="no"?>
<Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd" name="interviews.qda" origin="QualCoder-3.5" creatingUserGUID="${user}" creationDateTime="2024-05-01T09:00:00Z">
<Users>
<User guid="${user}" name="colin"/>
</Users>
<CodeBook>
<Codes>
<Code guid="${safety}" name="safety" isCodable="true" color="#F5A9A9">
<Description>Feeling safe &amp; at ease</Description>
</Code>
<Code guid="${actors}" name="actors" isCodable="false">
<Code guid="${police}" name="police" isCodable="true" color="#81BEF7">
</Code>
<Code guid="${gangs}" name="gangs" isCodable="true" color="#FA8258">
</Code>
</Code>
</Codes>
</CodeBook>
<Sources>
<TextSource richTextPath="internal://${g(20)}.docx" plainTextPath="internal://${g(21)}.txt" creatingUser="${user}" creationDateTime="2024-05-01T09:30:00" guid="${g(22)}" name="interview1.docx">
<Description>First interview</Description>
${selection(30, safe, safety)}${selection(31, safe, police, 'Says &quot;safe&quot; twice')}${selection(32, back, `{${gangs.toUpperCase()}}`)}</TextSource>
<PictureSource creatingUser="${user}" creationDateTime="2024-05-01T09:31:00" path="internal://${g(23)}.png" guid="${g(24)}" name="market.png" >
</PictureSource>
<PDFSource path="internal://${g(25)}.pdf" guid="${g(26)}" name="report.pdf">
<Representation plainTextPath="internal://${g(27)}.txt" guid="${g(28)}" name="report.pdf"/>
</PDFSource>
<AudioSource path="absolute:////home/colin/interview2.m4a" guid="${g(29)}" name="interview2.m4a">
</AudioSource>
<TextSource guid="${g(40)}" name="field notes" creatingUser="${user}" creationDateTime="2024-05-03T08:00:00">
<PlainTextContent>${fieldNotes}</PlainTextContent>
${selection(41, patrol, police)}</TextSource>
<TextSource guid="${g(42)}" name="external.txt" plainTextPath="relative:///external.txt"/>
</Sources>
<Notes>
<Note guid="${g(50)}" creatingUser="${user}" creationDateTime="2024-05-04T08:00:00" name="journal"  plainTextPath="internal://${g(50)}.txt" >
<Description />
</Note>
</Notes>
</Project>
`;

async function qualCoderQdpx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', qualCoderXml);
  zip.file(`sources/${g(20)}.docx`, new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
  zip.file(`sources/${g(21)}.txt`, interview);
  zip.file(`sources/${g(23)}.png`, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  zip.file(`sources/${g(50)}.txt`, 'journal entry');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('readQdpx on a QualCoder project', () => {
  it('reads the code tree, the text sources and their codings, offsets in UTF-16', async () => {
    const read = readQdpx(await qualCoderQdpx(), { fileName: 'interviews.qdpx' });
    if (!read.ok) throw new Error(read.error);
    const { project } = read;
    expect(project.name).toBe('interviews.qda');
    expect(project.origin).toBe('QualCoder-3.5');
    expect(project.codes).toEqual([
      {
        guid: safety,
        name: 'safety',
        isCodable: true,
        color: '#F5A9A9',
        description: 'Feeling safe & at ease',
        children: [],
      },
      {
        guid: actors,
        name: 'actors',
        isCodable: false,
        color: null,
        description: '',
        children: [
          { guid: police, name: 'police', isCodable: true, color: '#81BEF7', description: '', children: [] },
          { guid: gangs, name: 'gangs', isCodable: true, color: '#FA8258', description: '', children: [] },
        ],
      },
    ]);
    expect(project.sources.map(({ guid, name, text, createdAt }) => ({ guid, name, text, createdAt }))).toEqual([
      { guid: g(22), name: 'interview1.docx', text: interview, createdAt: '2024-05-01T09:30:00' },
      { guid: g(40), name: 'field notes', text: fieldNotes, createdAt: '2024-05-03T08:00:00' },
    ]);
    // QualCoder's two selections of one range (one per code) become one, carrying both codes and the memo.
    expect(project.sources[0]?.selections).toEqual([
      { ...safe.utf16, codes: [safety, police], note: 'Says "safe" twice' },
      { ...back.utf16, codes: [gangs], note: '' },
    ]);
    expect(interview.slice(back.utf16.start, back.utf16.end)).toBe('gangs 🇭🇹 came back');
    expect(project.sources[1]?.selections).toEqual([{ ...patrol.utf16, codes: [police], note: '' }]);
    expect(fieldNotes.slice(patrol.utf16.start, patrol.utf16.end)).toBe('police 🚓 patrol');
    expect(project.skipped).toEqual([
      {
        kind: 'TextSource',
        name: 'external.txt',
        reason: 'its text is kept outside the file (relative:///external.txt)',
      },
      { kind: 'PictureSource', name: 'market.png', reason: 'it is a picture, and Dossier imports text sources only' },
      { kind: 'PDFSource', name: 'report.pdf', reason: 'it is a PDF, and Dossier imports text sources only' },
      {
        kind: 'AudioSource',
        name: 'interview2.m4a',
        reason: 'it is an audio recording, and Dossier imports text sources only',
      },
    ]);
  });
});

const zipOf = (files: Record<string, string | Uint8Array>) =>
  zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content]),
    ),
  );

/** A small valid project around one inline source; `selection` and `code` vary per case. */
const project = (text: string, range: string, code = safety) => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="${safety}" name="safety" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="${g(60)}" name="notes"><PlainTextContent>${text}</PlainTextContent>
<PlainTextSelection guid="${g(61)}" ${range}><Coding guid="${g(62)}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>`;

describe('readQdpx refuses hostile or damaged files', () => {
  const refusal = (bytes: Uint8Array, limits = {}) => {
    const read = readQdpx(bytes, { fileName: 'x.qdpx', limits });
    if (read.ok) throw new Error('read a file it should refuse');
    return read.error;
  };

  it('accepts the small project the cases start from', () => {
    const read = readQdpx(zipOf({ 'project.qde': project('a😀b', 'startPosition="0" endPosition="3"') }));
    expect(read.ok && read.project.sources[0]?.selections).toEqual([{ start: 0, end: 4, codes: [safety], note: '' }]);
  });

  it('what is not a zip, or holds no project.qde at its root', () => {
    expect(refusal(strToU8('hello, not a zip'))).toBe(
      'x.qdpx is not a REFI-QDA project (.qdpx): it is not a zip archive.',
    );
    expect(refusal(strToU8('PK\u0003\u0004 and then nothing a zip has'))).toBe(
      'x.qdpx is not a REFI-QDA project (.qdpx): it is not a zip archive.',
    );
    expect(refusal(zipOf({ 'sources/a.txt': 'hi', 'inner/project.qde': '<Project/>' }))).toBe(
      'x.qdpx is not a REFI-QDA project: it holds no project.qde at its root.',
    );
  });

  it('a DOCTYPE (entities), XML that is not well-formed, a root that is not <Project>', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><Project name="&b;"/>';
    expect(refusal(zipOf({ 'project.qde': bomb }))).toBe(
      'x.qdpx was refused: its project.qde declares a DOCTYPE, which a REFI-QDA project never has.',
    );
    expect(refusal(zipOf({ 'project.qde': '<Project name="p"><Sources>' }))).toMatch(
      /^x\.qdpx is damaged: its project\.qde is not well-formed XML \(line 1: .+\)$/,
    );
    expect(refusal(zipOf({ 'project.qde': '<CodeBook><Codes/></CodeBook>' }))).toBe(
      'x.qdpx is not a REFI-QDA project: its project.qde holds a <CodeBook> element where <Project> belongs.',
    );
  });

  it('a selection outside its text, counted in code points', () => {
    // "a😀b" is 3 code points (4 UTF-16 units): endPosition 4 is past its end.
    expect(refusal(zipOf({ 'project.qde': project('a😀b', 'startPosition="1" endPosition="4"') }))).toBe(
      `x.qdpx is damaged: selection ${g(61)} in “notes” runs from 1 to 4, outside its text (3 characters).`,
    );
    expect(refusal(zipOf({ 'project.qde': project('abc', 'startPosition="2" endPosition="1"') }))).toBe(
      `x.qdpx is damaged: selection ${g(61)} in “notes” runs from 2 to 1, outside its text (3 characters).`,
    );
    expect(refusal(zipOf({ 'project.qde': project('abc', 'startPosition="-1" endPosition="1"') }))).toBe(
      `x.qdpx is damaged: selection ${g(61)} in “notes” runs from -1 to 1, outside its text (3 characters).`,
    );
  });

  it('a coding of a code the codebook does not have', () => {
    expect(refusal(zipOf({ 'project.qde': project('abc', 'startPosition="0" endPosition="1"', g(99)) }))).toBe(
      `x.qdpx is damaged: a coding of selection ${g(61)} in “notes” refers to code ${g(99)}, which its codebook does not have.`,
    );
  });

  it('a source whose text file is missing or not UTF-8', () => {
    const external = (path: string) =>
      `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><TextSource guid="${g(60)}" name="notes" plainTextPath="${path}"/></Sources></Project>`;
    expect(refusal(zipOf({ 'project.qde': external('internal://missing.txt') }))).toBe(
      'x.qdpx is damaged: the source “notes” points to internal://missing.txt, which the file does not hold.',
    );
    expect(
      refusal(
        zipOf({ 'project.qde': external('internal://bad.txt'), 'sources/bad.txt': new Uint8Array([0x61, 0xff, 0xfe]) }),
      ),
    ).toBe('x.qdpx is damaged: “sources/bad.txt” is not UTF-8 text.');
  });

  it('entries whose paths leave the folder (zip-slip)', () => {
    const good = project('abc', 'startPosition="0" endPosition="1"');
    for (const name of [
      '../evil.txt',
      'sources/../../evil.txt',
      '/etc/cron.d/evil',
      'C:/Windows/evil.dll',
      'sources\\..\\evil.txt',
    ]) {
      expect(refusal(zipOf({ 'project.qde': good, [name]: 'x' }))).toBe(
        `x.qdpx was refused: its entry “${name}” points outside the project folder.`,
      );
    }
  });

  it('oversize archives and entries, and zip bombs, before anything is inflated', () => {
    const good = project('abc', 'startPosition="0" endPosition="1"');
    const bytes = zipOf({ 'project.qde': good, 'sources/big.txt': 'x'.repeat(2000) });
    expect(refusal(bytes, { maxArchiveBytes: 100 })).toBe(
      `x.qdpx is ${bytes.length} bytes, more than the 100 bytes a .qdpx import takes.`,
    );
    expect(refusal(bytes, { maxEntryBytes: 1000 })).toBe(
      'x.qdpx was refused: “sources/big.txt” unpacks to 2 KB, more than the 1000 bytes one entry may hold.',
    );
    expect(refusal(bytes, { maxTotalBytes: 2100 })).toBe('x.qdpx was refused: it unpacks to more than 2 KB.');
    const bomb = zipOf({ 'project.qde': good, 'sources/bomb.txt': new Uint8Array(8 * 1024 * 1024) });
    expect(refusal(bomb)).toMatch(
      /^x\.qdpx was refused: “sources\/bomb\.txt” would grow \d{3,} times when unpacked, as only a zip bomb does\.$/,
    );
  });

  it('headers that lie: entries sharing packed bytes, an entry unpacking past its declared size', () => {
    const zip = zipOf({ 'project.qde': project('abc', 'startPosition="0" endPosition="1"'), 'sources/a.txt': 'hi' });
    const shared = new DataView(zip.buffer).getUint32((centralRecords(zip).get('project.qde') ?? 0) + 42, true);
    expect(refusal(patchCentral(zip, 'sources/a.txt', 'localOffset', shared))).toBe(
      'x.qdpx was refused: its entries share their packed bytes, as only a zip bomb does.',
    );
    expect(refusal(patchCentral(zip, 'project.qde', 'size', 100))).toBe(
      'x.qdpx was refused: “project.qde” unpacks to more than the 100 bytes its header declares, as only a zip bomb does.',
    );
    expect(refusal(patchCentral(zip, 'sources/a.txt', 'method', 12))).toBe(
      'x.qdpx is damaged: entry “sources/a.txt” uses compression method 12.',
    );
    expect(refusal(zip, { maxEntries: 1 })).toBe(
      'x.qdpx was refused: it holds 2 entries, more than the 1 a .qdpx import takes.',
    );
  });
});
