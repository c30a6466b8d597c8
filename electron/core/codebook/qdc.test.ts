/**
 * The .qdc writer checked against the structure of the REFI-QDA Codebook.xsd (urn:QDA-XML:codebook:1.0):
 * CodeBook → Codes (one or more Code) → Code with an optional Description first, then sub-Codes;
 * guid (GUIDType), name and isCodable required, color an RGBType. And the reader on other tools' files.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DossierFailure } from '../errors';
import type { ExportTag } from './exchange-entry';
import { guidFor, QDC_NAMESPACE, readQdc, writeQdc } from './qdc';

/** The schema's GUIDType and RGBType patterns, anchored as XSD patterns are. */
const GUID_TYPE =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const RGB_TYPE = /^#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };
const nameOf = (node: Ordered) => Object.keys(node).find((k) => k !== ':@') ?? '';
const kids = (node: Ordered) => (node[nameOf(node)] as Ordered[]).filter((k) => nameOf(k) !== '#text');

/** Every way `xml` breaks the codebook schema's structure; empty when it follows it. */
function schemaViolations(xml: string): string[] {
  const problems: string[] = [];
  const doc = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
  }).parse(xml) as Ordered[];
  const roots = doc.filter((n) => !nameOf(n).startsWith('?') && nameOf(n) !== '#text');
  const root = roots[0];
  if (roots.length !== 1 || !root || nameOf(root) !== 'CodeBook') return ['the root is not one CodeBook'];
  if (root[':@']?.xmlns !== QDC_NAMESPACE) problems.push(`CodeBook is not in ${QDC_NAMESPACE}`);
  const sections = kids(root).map(nameOf);
  if (
    sections[0] !== 'Codes' ||
    sections.some((s, i) => (i === 0 ? s !== 'Codes' : s !== 'Sets')) ||
    sections.length > 2
  ) {
    problems.push(`CodeBook holds ${sections.join(', ')} instead of Codes then optional Sets`);
  }
  const codes = kids(root)[0];
  const topCodes = codes ? kids(codes) : [];
  if (topCodes.length === 0) problems.push('Codes holds no Code');
  const checkCode = (code: Ordered, path: string) => {
    if (nameOf(code) !== 'Code') return problems.push(`${path} holds <${nameOf(code)}> where a Code belongs`);
    const attrs = code[':@'] ?? {};
    const where = `${path}/Code[${attrs.name ?? '?'}]`;
    if (!GUID_TYPE.test(attrs.guid ?? '')) problems.push(`${where}: guid “${attrs.guid}” is not a GUIDType`);
    if (typeof attrs.name !== 'string') problems.push(`${where}: no name`);
    if (!['true', 'false', '1', '0'].includes(attrs.isCodable ?? '')) problems.push(`${where}: isCodable not boolean`);
    if (attrs.color !== undefined && !RGB_TYPE.test(attrs.color)) problems.push(`${where}: color not an RGBType`);
    const unknown = Object.keys(attrs).filter((a) => !['guid', 'name', 'isCodable', 'color'].includes(a));
    if (unknown.length > 0) problems.push(`${where}: attributes not in the schema: ${unknown.join(', ')}`);
    const inner = kids(code);
    inner.forEach((child, i) => {
      if (nameOf(child) === 'Description') {
        if (i !== 0) problems.push(`${where}: Description after a sub-Code`);
        if (kids(child).length > 0) problems.push(`${where}: Description holds elements`);
      } else checkCode(child, where);
    });
    return undefined;
  };
  topCodes.forEach((code) => checkCode(code, 'Codes'));
  return problems;
}

const tag = (id: string, name: string, parentId: string | null, extra: Partial<ExportTag> = {}): ExportTag => ({
  id,
  name,
  parentId,
  color: null,
  description: '',
  ...extra,
});
const ids = ['0b6c1d9e-6f0a-4a39-9f55-1f1e1c1a0001', '0b6c1d9e-6f0a-4a39-9f55-1f1e1c1a0002', 'legacy-id'];
const codebook = [
  tag(ids[0]!, 'security & order', null, { color: '#1f77b4', description: 'What <force> means,\n"in" practice' }),
  tag(ids[1]!, 'police', ids[0]!),
  tag(ids[2]!, 'armed units', ids[1]!, { color: '#ff7f0e', description: 'Units with weapons' }),
];

describe('writeQdc', () => {
  it('writes a codebook that follows the schema: namespace, nesting, GUIDs, Description before sub-codes', () => {
    const xml = writeQdc(codebook);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Dossier">',
      ),
    ).toBe(true);
    expect(schemaViolations(xml)).toEqual([]);
    expect(xml).toContain(`<Code guid="${ids[0]}" name="security &amp; order" isCodable="true" color="#1f77b4">`);
    expect(xml).toMatch(/<Description>What &lt;force&gt; means,\n&quot;in&quot; practice<\/Description>\s*<Code guid/);
    expect(xml).toContain(`<Code guid="${ids[1]}" name="police" isCodable="true">`);
  });

  it('the structure check catches what the schema forbids', () => {
    const good = writeQdc(codebook);
    expect(schemaViolations(good.replace(ids[1]!, 'not-a-guid'))).toEqual([
      expect.stringMatching(/guid “not-a-guid” is not a GUIDType/) as string,
    ]);
    const late = good
      .replace(/(<Description>Units with weapons<\/Description>)/, '')
      .replace(
        `<Code guid="${guidFor(ids[2]!)}" name="armed units" isCodable="true" color="#ff7f0e">`,
        `<Code guid="${guidFor(ids[2]!)}" name="armed units" isCodable="true" color="red">`,
      );
    expect(schemaViolations(late)).toEqual([expect.stringMatching(/color not an RGBType/) as string]);
    const moved = good.replace(
      /(<Description>What[^]*?<\/Description>)(\s*)(<Code[^]*<\/Code>)(\s*<\/Code>\s*<\/Codes>)/,
      '$3$2$1$4',
    );
    expect(schemaViolations(moved)).toEqual([expect.stringMatching(/Description after a sub-Code/) as string]);
    expect(schemaViolations(good.replace(QDC_NAMESPACE, 'urn:other'))).toHaveLength(1);
  });

  it('gives a tag whose id is not a UUID a stable GUID of its own', () => {
    expect(guidFor(ids[0]!)).toBe(ids[0]);
    expect(guidFor('legacy-id')).toMatch(GUID_TYPE);
    expect(guidFor('legacy-id')).toBe(guidFor('legacy-id'));
    expect(guidFor('legacy-id')).not.toBe(guidFor('other-id'));
  });

  it('round-trips through readQdc: names, parents, colours, descriptions', () => {
    const { entries, warnings } = readQdc('c.qdc', writeQdc(codebook));
    expect(warnings).toEqual([]);
    expect(entries.map(({ name, parent, color, description }) => ({ name, parent, color, description }))).toEqual([
      { name: 'security & order', parent: null, color: '#1f77b4', description: 'What <force> means,\n"in" practice' },
      { name: 'police', parent: 'security & order', color: '', description: '' },
      { name: 'armed units', parent: 'police', color: '#ff7f0e', description: 'Units with weapons' },
    ]);
  });
});

describe('readQdc', () => {
  const refused = (content: string) => {
    try {
      readQdc('in.qdc', content);
    } catch (error) {
      expect(error).toBeInstanceOf(DossierFailure);
      return (error as DossierFailure).message;
    }
    throw new Error('read a file it should refuse');
  };

  it('reads a project file’s codebook, and says when the namespace is not REFI-QDA’s', () => {
    const project = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>
      <Code guid="${ids[0]}" name="a" isCodable="true"/></Codes></CodeBook></Project>`;
    expect(readQdc('p.qde', project)).toMatchObject({ entries: [{ name: 'a', parent: null }], warnings: [] });
    const bare = readQdc(
      'b.qdc',
      `<CodeBook><Codes><Code guid="${ids[0]}" name="a" isCodable="true"/></Codes></CodeBook>`,
    );
    expect(bare.warnings).toEqual([
      expect.stringMatching(/b\.qdc does not say it follows the REFI-QDA schema/) as string,
    ]);
    expect(readQdc('e.qdc', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>').entries).toEqual([]);
  });

  it('refuses what is not a codebook, naming what is wrong', () => {
    expect(refused('<html><body/></html>')).toBe(
      'in.qdc is not a REFI-QDA codebook: no <CodeBook> element (the file is a <html> document)',
    );
    expect(refused('name,parent\n')).toMatch(/^in\.qdc is not a REFI-QDA codebook: it is not XML/);
    expect(refused('<CodeBook><Codes>')).toMatch(/^in\.qdc is not well-formed XML: line 1: /);
    expect(refused('<!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook><Codes/></CodeBook>')).toMatch(/DOCTYPE/);
    expect(refused('<CodeBook><Codes><Code guid="x"><Code name=""/></Code></Codes></CodeBook>')).toMatch(
      /a <Code> \(guid x\) has no name/,
    );
  });
});
