/**
 * The .qdpx writer checked against the structure of REFI-QDA's Project.xsd element by element, its
 * positions checked in code points against the source text, and round-tripped through the reader.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { guidFor } from '../codebook/qdc';
import { checkProjectXml } from './project-schema-check';
import type { QdpxInput } from './qdpx-model';
import { readQdpx } from './read-qdpx';
import { projectXml, writeQdpx } from './write-qdpx';

const id = (n: number) => `0b6c1d9e-6f0a-4a39-9f55-${String(n).padStart(12, '0')}`;
const [security, police, armed, politics, report, brief] = [1, 2, 3, 4, 10, 11].map(id) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const reportText = 'Kenyan police arrived in Port-au-Prince.\nThe first officers landed on 25 June 2024.\n';
const briefText = 'Crisis 🇭🇹 brief — gangs 😀 still control 80 % of the capital, the 𝄞 report said.\n';

function span(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(phrase);
  return { start, end: start + phrase.length, quote: phrase };
}

const input: QdpxInput = {
  projectName: 'Haiti: the MSS mission',
  userName: 'Analyst',
  exportedAt: '2025-03-01T10:00:00.000Z',
  tags: [
    // Children listed before parents: the writer puts parents first, as the nesting needs.
    { id: armed, name: 'armed units', parentId: police, color: '#d62728', description: '' },
    { id: police, name: 'police', parentId: security, color: '#ff7f0e', description: '' },
    { id: security, name: 'security & order', parentId: null, color: '#1f77b4', description: 'What "force" means' },
    { id: politics, name: 'politics', parentId: null, color: null, description: 'Who decides' },
  ],
  documents: [
    { id: report, title: 'Kenyan police <arrive>', text: reportText, importedAt: '2025-01-01T00:00:01.000Z' },
    { id: brief, title: 'Crisis brief', text: briefText, importedAt: '2025-01-01T00:00:02.000Z' },
  ],
  highlights: [
    {
      id: id(20),
      documentId: report,
      ...span(reportText, 'Kenyan police arrived'),
      note: '',
      tags: [police],
      createdAt: '2025-01-02T00:00:00.000Z',
    },
    {
      id: id(21),
      documentId: brief,
      ...span(briefText, 'gangs 😀 still control'),
      note: 'Check <the> figure & date\nwith UN',
      tags: [armed, politics],
      createdAt: '2025-01-02T00:00:01.000Z',
    },
    {
      id: id(22),
      documentId: brief,
      ...span(briefText, 'report said'),
      note: '',
      tags: [],
      createdAt: '2025-01-02T00:00:02.000Z',
    },
  ],
};

describe('writeQdpx', () => {
  it('writes a project.qde that follows Project.xsd, with every position the quote when sliced by code points', () => {
    const xml = projectXml(input);
    const { problems, selections } = checkProjectXml(xml);
    expect(problems).toEqual([]);
    expect(xml).toContain('<Project xmlns="urn:QDA-XML:project:1.0" name="Haiti: the MSS mission" origin="Dossier"');
    expect(xml).toMatch(
      new RegExp(
        `<Code guid="${security}" name="security &amp; order" isCodable="true" color="#1f77b4">\\s*<Description>What &quot;force&quot; means</Description>\\s*<Code guid="${police}"`,
      ),
    );
    expect(xml).toContain(
      `<TextSource guid="${report}" name="Kenyan police &lt;arrive&gt;" plainTextPath="internal://${report}.txt"`,
    );
    const texts = new Map([
      [report, reportText],
      [brief, briefText],
    ]);
    expect(selections).toHaveLength(3);
    for (const highlight of input.highlights) {
      const written = selections.find((s) => s.guid === guidFor(highlight.id));
      const text = texts.get(highlight.documentId) ?? '';
      expect(written?.source).toBe(guidFor(highlight.documentId));
      const points = Array.from(text);
      expect(written?.endPosition).toBeLessThanOrEqual(points.length);
      expect(points.slice(written?.startPosition, written?.endPosition).join('')).toBe(highlight.quote);
      expect(written?.codeRefs).toEqual(highlight.tags.map(guidFor));
      expect(written?.description).toBe(highlight.note);
    }
    // After two astral characters the code point position is two less than the UTF-16 offset.
    const gangs = selections.find((s) => s.guid === id(21));
    expect(gangs?.startPosition).toBe(input.highlights[1]!.start - 2);
  });

  it('the structure check catches what the schema forbids', () => {
    const good = projectXml(input);
    const problems = (xml: string) => checkProjectXml(xml).problems;
    expect(problems(good.replace(`guid="${politics}"`, 'guid="politics"'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/guid="politics" is not a guid/)]),
    );
    expect(problems(good.replace(/<CodeRef targetGUID="[^"]+"\/>/, '')).join('\n')).toMatch(
      /needs at least 1 <CodeRef>/,
    );
    expect(
      problems(good.replace(`<CodeRef targetGUID="${police}"/>`, `<CodeRef targetGUID="${id(99)}"/>`)).join('\n'),
    ).toMatch(/code .* is not a code of the project/);
    expect(problems(good.replace(/startPosition="\d+" /, ''))).toEqual([
      expect.stringMatching(/required attribute startPosition missing/),
    ]);
    const late = good.replace(/(<Description>Check[^<]*<\/Description>)(\s*)(<Coding[^]*?<\/Coding>)/, '$3$2$1');
    expect(problems(late)).toEqual([expect.stringMatching(/<Description> is not allowed there/)]);
    expect(problems(good.replace(/<Users>[^]*?<\/Users>/, '<Users></Users>')).join('\n')).toMatch(
      /needs at least 1 <User>/,
    );
  });

  it('zips project.qde with each text as sources/<guid>.txt in UTF-8, the same bytes each time', () => {
    const bytes = writeQdpx(input);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['project.qde', `sources/${report}.txt`, `sources/${brief}.txt`]);
    expect(strFromU8(files[`sources/${brief}.txt`]!)).toBe(briefText);
    expect(writeQdpx(input)).toEqual(bytes);
  });

  it('round-trips through readQdpx: sources, UTF-16 offsets, notes and the code tree', () => {
    const read = readQdpx(writeQdpx(input));
    if (!read.ok) throw new Error(read.error);
    const { project } = read;
    expect(project).toMatchObject({ name: 'Haiti: the MSS mission', origin: 'Dossier', skipped: [] });
    expect(project.sources.map((s) => ({ guid: s.guid, name: s.name, text: s.text }))).toEqual([
      { guid: report, name: 'Kenyan police <arrive>', text: reportText },
      { guid: brief, name: 'Crisis brief', text: briefText },
    ]);
    const back = project.sources.flatMap((s) =>
      s.selections.map(({ start, end, codes, note }) => ({ source: s.guid, start, end, codes, note })),
    );
    expect(back).toEqual(
      input.highlights.map((h) => ({ source: h.documentId, start: h.start, end: h.end, codes: h.tags, note: h.note })),
    );
    expect(project.codes).toEqual([
      {
        guid: security,
        name: 'security & order',
        isCodable: true,
        color: '#1f77b4',
        description: 'What "force" means',
        children: [
          {
            guid: police,
            name: 'police',
            isCodable: true,
            color: '#ff7f0e',
            description: '',
            children: [
              { guid: armed, name: 'armed units', isCodable: true, color: '#d62728', description: '', children: [] },
            ],
          },
        ],
      },
      { guid: politics, name: 'politics', isCodable: true, color: null, description: 'Who decides', children: [] },
    ]);
  });

  it('refuses an input whose highlights point outside it, naming the highlight', () => {
    const [first] = input.highlights as [QdpxInput['highlights'][number]];
    const failing = (highlight: typeof first) => () => projectXml({ ...input, highlights: [highlight] });
    expect(failing({ ...first, end: reportText.length + 1 })).toThrow(
      `Highlight ${first.id} runs from 0 to ${reportText.length + 1}, outside “Kenyan police <arrive>” (${reportText.length} characters).`,
    );
    expect(failing({ ...first, tags: [id(98)] })).toThrow(
      `Highlight ${first.id} carries tag ${id(98)}, which the export does not hold.`,
    );
    expect(failing({ ...first, documentId: id(97) })).toThrow(
      `Highlight ${first.id} is on a document the export does not hold.`,
    );
  });

  it('leaves out CodeBook and Sources when empty (the schema wants one code or source in each)', () => {
    const empty = projectXml({ ...input, tags: [], documents: [], highlights: [] });
    expect(checkProjectXml(empty).problems).toEqual([]);
    expect(empty).not.toMatch(/CodeBook|Sources/);
  });
});
