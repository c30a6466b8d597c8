/**
 * The Word brief as a package: it unzips, its document and footnotes parse as XML, every footnote
 * reference in the text has its footnote, and the quotes are there, whatever text went in.
 */
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { briefDocx } from './brief-docx';
import { sampleProject } from './brief-fixtures';
import { buildBriefTree } from './build-brief-tree';
import { hostileProject } from './hostile-project';

async function readPackage(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is missing from the package`);
    return file.async('string');
  };
  const document = await read('word/document.xml');
  const footnotes = await read('word/footnotes.xml');
  const parser = new XMLParser({ ignoreAttributes: false });
  // Throws on XML that is not well formed, as Word would refuse it.
  parser.parse(document, true);
  parser.parse(footnotes, true);
  const referenced = [...document.matchAll(/<w:footnoteReference w:id="(-?\d+)"/g)].map((m) => m[1]);
  const defined = [...footnotes.matchAll(/<w:footnote\b[^>]*\bw:id="(-?\d+)"/g)].map((m) => m[1]);
  return { document, footnotes, referenced, defined };
}

describe('briefDocx', () => {
  it('writes real Word footnotes: the full citation first, a short note pointing back after', async () => {
    const { spec, data } = sampleProject();
    const { document, footnotes, referenced, defined } = await readPackage(
      await briefDocx(buildBriefTree(spec, data), spec.title),
    );
    // h1 and h3 cited by the judgment, the event and their quotes; h2 by its quote and the Fuel tag.
    expect(referenced).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const id of referenced) expect(defined).toContain(id);
    expect(footnotes).toContain('Port closure report, see note 1.');
    expect(footnotes).toContain('Harbour master interview, see note 2.');
    expect(footnotes.match(/Open this passage in Dossier/g)).toHaveLength(3);
    expect(document).toContain('The port closed on 25 June.');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(footnotes).toContain('Port closure report');
    expect(footnotes).toContain('Grade: B2 — source usually reliable; information probably true');
  });

  it('writes the analyst’s headings, lists, tables, code and quotes', async () => {
    const { spec, data } = sampleProject();
    const summary = [
      '# Findings',
      '1. first\n   - nested *bullet*\n2. second',
      '| Port | Status |\n|---|---|\n| Jacmel | closed |',
      '```\ncode line\n```',
      '> the analyst quoting someone',
      '---',
      'A [link](https://example.org) and ~~struck~~ text.',
    ].join('\n\n');
    const { document } = await readPackage(await briefDocx(buildBriefTree({ ...spec, summary }, data), spec.title));
    expect(document).toContain('<w:tbl>');
    expect(document).toContain('Jacmel');
    expect(document).toContain('<w:numPr><w:ilvl w:val="1"/>');
    expect(document).toContain('code line');
    expect(document).toContain('the analyst quoting someone');
    expect(document).toContain('<w:strike/>');
    expect(document).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"/);
  });

  it('stays a valid package with hostile text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileProject, async ({ spec, data }) => {
        const { referenced, defined, footnotes } = await readPackage(
          await briefDocx(buildBriefTree(spec, data), spec.title),
        );
        // Each reference has its own footnote; every passage in the project has one full citation.
        expect(new Set(referenced).size).toBe(referenced.length);
        for (const id of referenced) expect(defined).toContain(id);
        expect(footnotes.match(/Open this passage in Dossier/g)).toHaveLength(data.passages.length);
      }),
      { numRuns: 15 },
    );
  });
});
