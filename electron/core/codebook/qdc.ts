/**
 * The REFI-QDA codebook (.qdc), the exchange standard of QDA tools (QualCoder, MAXQDA, ATLAS.ti,
 * NVivo, Taguette). Codebook.xsd (urn:QDA-XML:codebook:1.0): <CodeBook origin> holds <Codes> (one or
 * more <Code>) and optional <Sets>; a <Code guid name isCodable color?> holds an optional
 * <Description> first, then its sub-codes. guid is a GUID (8-4-4-4-12 hex, optionally in braces),
 * color is #rgb or #rrggbb. XML is read and written with fast-xml-parser rather than by hand.
 */
import { createHash } from 'node:crypto';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { DossierFailure } from '../errors';
import type { CodebookEntry, CodebookFile, ExportTag } from './exchange-entry';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Characters XML 1.0 cannot carry at all, even escaped (the text hygiene rule has removed the rest). */
const NOT_XML_CHAR = /[\uFFFE\uFFFF]/g;

/** The tag's id when it is a UUID (ids come from randomUUID); otherwise a stable UUID derived from it. */
export function guidFor(id: string): string {
  if (UUID.test(id)) return id;
  const hex = createHash('sha1').update(`dossier-tag:${id}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A <Code> as fast-xml-parser's builder takes it: attributes prefixed @_, children in schema order. */
export interface CodeNode {
  '@_guid': string;
  '@_name': string;
  '@_isCodable': 'true';
  '@_color'?: string;
  Description?: string;
  Code?: CodeNode[];
}

/** The codebook as a .qdc document; `tags` in tree order. A codebook without codes is refused (the schema needs one). */
export function writeQdc(tags: readonly ExportTag[]): string {
  if (tags.length === 0) {
    throw new DossierFailure(
      'invalid_input',
      'The codebook is empty, and a REFI-QDA codebook needs at least one code: add a tag first.',
    );
  }
  return buildRefiXml({
    CodeBook: { '@_xmlns': QDC_NAMESPACE, '@_origin': 'Dossier', Codes: { Code: codeNodes(tags) } },
  });
}

/** A REFI-QDA document (codebook or project) from its element tree; attributes are keys prefixed @_. */
export function buildRefiXml(root: Record<string, unknown>): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    // Otherwise isCodable="true" would be written as a bare attribute, which XML does not allow.
    suppressBooleanAttributes: false,
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(root)}`;
}

/**
 * The code tree as <Code> elements, the same in a .qdc and in a project file (.qde): `tags` in tree
 * order (each parent before its children).
 */
export function codeNodes(tags: readonly ExportTag[]): CodeNode[] {
  const nodes = new Map<string, CodeNode>();
  const top: CodeNode[] = [];
  for (const tag of tags) {
    // Key order is element order: Description comes before the sub-codes, as the schema's sequence says.
    const node: CodeNode = { '@_guid': guidFor(tag.id), '@_name': xmlText(tag.name), '@_isCodable': 'true' };
    if (tag.color) node['@_color'] = tag.color;
    if (tag.description) node.Description = xmlText(tag.description);
    nodes.set(tag.id, node);
    const parent = tag.parentId === null ? undefined : nodes.get(tag.parentId);
    if (parent) (parent.Code ??= []).push(node);
    else top.push(node);
  }
  return top;
}

export const xmlText = (text: string) => text.replace(NOT_XML_CHAR, '');

export type XmlNode = Record<string, unknown>;

export const localName = (key: string) => key.slice(key.indexOf(':') + 1);

/**
 * The reader of REFI-QDA XML (.qdc, .qde): attributes kept as written under `@_`, text untouched,
 * entities decoded (numeric references like &#233; too); `isArray` names, by local name, the
 * elements that may repeat.
 */
export function refiXmlParser(isArray: (localName: string) => boolean): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => isArray(localName(name)),
  });
}
export const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null;

/** The children of `node` with this local name (any namespace prefix). */
export function children(node: XmlNode, name: string): unknown[] {
  const found: unknown[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || localName(key) !== name) continue;
    if (Array.isArray(value)) found.push(...(value as unknown[]));
    else found.push(value);
  }
  return found;
}

export function attribute(node: XmlNode, name: string): string | undefined {
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') && localName(key.slice(2)) === name && typeof value === 'string') return value;
  }
  return undefined;
}

export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'];
  return '';
}

/** The namespace a prefixed or unprefixed element name is in, from the xmlns attributes on it. */
function namespaceOf(node: XmlNode, key: string): string | undefined {
  const colon = key.indexOf(':');
  const wanted = colon < 0 ? '@_xmlns' : `@_xmlns:${key.slice(0, colon)}`;
  const value = node[wanted];
  return typeof value === 'string' ? value : undefined;
}

/** Reads a .qdc (or the <CodeBook> of a REFI-QDA project file); a file that is not one is refused, naming what is wrong. */
export function readQdc(fileName: string, content: string): CodebookFile {
  const text = content.replace(/^\uFEFF/, '');
  const notCodebook = (why: string) =>
    new DossierFailure('invalid_input', `${fileName} is not a REFI-QDA codebook: ${why}`);
  // A codebook never needs a DTD; refusing one keeps entity expansion out of the import altogether.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw notCodebook('it declares a DOCTYPE, which a codebook never has');
  if (!text.trimStart().startsWith('<'))
    throw notCodebook('it is not XML (a .qdc file starts with <?xml or <CodeBook)');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new DossierFailure(
      'invalid_input',
      `${fileName} is not well-formed XML: line ${valid.err.line}: ${valid.err.msg} Check that it is a .qdc file and not damaged.`,
    );
  }
  const parser = refiXmlParser((name) => name === 'Code');
  const doc = parser.parse(text) as XmlNode;
  const rootKey = Object.keys(doc).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootKey === undefined ? undefined : doc[rootKey];
  if (rootKey === undefined || !isNode(root)) throw notCodebook('no <CodeBook> element');
  const warnings: string[] = [];
  let codebook: XmlNode | undefined;
  let expected = QDC_NAMESPACE;
  if (localName(rootKey) === 'CodeBook') {
    codebook = root;
  } else if (localName(rootKey) === 'Project') {
    const inner = children(root, 'CodeBook')[0];
    codebook = isNode(inner) ? inner : undefined;
    expected = PROJECT_NAMESPACE;
  }
  if (!codebook) throw notCodebook(`no <CodeBook> element (the file is a <${localName(rootKey)}> document)`);
  const namespace = namespaceOf(root, rootKey);
  if (namespace !== expected) {
    warnings.push(
      `${fileName} does not say it follows the REFI-QDA schema (${namespace ? `namespace ${namespace}` : 'no namespace'}); it was read as a codebook anyway.`,
    );
  }
  const codes = children(codebook, 'Codes')[0];
  if (codes === undefined) throw notCodebook('its <CodeBook> has no <Codes> element');
  const entries: CodebookEntry[] = [];
  const walk = (list: unknown[], parent: string | null) => {
    for (const code of list) {
      const name = isNode(code) ? attribute(code, 'name') : undefined;
      if (!isNode(code) || name === undefined || name.trim() === '') {
        const guid = isNode(code) ? attribute(code, 'guid') : undefined;
        const which = guid ? ` (guid ${guid})` : parent ? ` under “${parent}”` : '';
        throw notCodebook(`a <Code>${which} has no name`);
      }
      entries.push({
        name,
        parent,
        color: attribute(code, 'color') ?? '',
        description: textOf(children(code, 'Description')[0]),
        where: `code “${name.trim()}” in ${fileName}`,
      });
      walk(children(code, 'Code'), name);
    }
  };
  walk(isNode(codes) ? children(codes, 'Code') : [], null);
  const sets = children(codebook, 'Sets')
    .filter(isNode)
    .flatMap((s) => children(s, 'Set'));
  if (sets.length > 0) {
    warnings.push(
      `${fileName} has ${sets.length === 1 ? 'a set' : `${sets.length} sets`} (groups of codes); Dossier has no code groups, so ${sets.length === 1 ? 'it was' : 'they were'} not imported.`,
    );
  }
  return { entries, warnings };
}
