/**
 * Test support: checks a project.qde against the structure of the published REFI-QDA Project.xsd
 * (urn:QDA-XML:project:1.0, QDA-XML 1.0 of March 2019) for the part of it Dossier writes and reads:
 * each element's allowed attributes and their types (GUIDType, RGBType, xsd:integer, xsd:dateTime,
 * xsd:boolean), the required ones, and its children in the order and number its sequence allows.
 * Also what the schema states in comments or cannot say: unique GUIDs, references that resolve,
 * a TextSource with exactly one of PlainTextContent and plainTextPath.
 */
import { XMLParser } from 'fast-xml-parser';
import { PROJECT_NAMESPACE } from './qdpx-model';

type AttrType = 'guid' | 'string' | 'integer' | 'boolean' | 'rgb' | 'dateTime';
/** [element, type, minOccurs, maxOccurs] in sequence order. */
type Particle = [string, string, number, number];
interface ElementType {
  attributes: Record<string, AttrType>;
  required: string[];
  sequence?: Particle[];
  /** A repeated choice (Sources): any of these, at least one. */
  choice?: Record<string, string>;
  text?: true;
}

const MANY = Infinity;
const stamp = {
  creatingUser: 'guid',
  creationDateTime: 'dateTime',
  modifyingUser: 'guid',
  modifiedDateTime: 'dateTime',
} as const;
const textSource: ElementType = {
  attributes: { guid: 'guid', name: 'string', richTextPath: 'string', plainTextPath: 'string', ...stamp },
  required: ['guid'],
  sequence: [
    ['Description', 'string', 0, 1],
    ['PlainTextContent', 'string', 0, 1],
    ['PlainTextSelection', 'PlainTextSelection', 0, MANY],
    ['Coding', 'Coding', 0, MANY],
    ['NoteRef', 'Ref', 0, MANY],
    ['VariableValue', 'unchecked', 0, MANY],
  ],
};
const TYPES: Record<string, ElementType> = {
  Project: {
    attributes: {
      xmlns: 'string',
      name: 'string',
      origin: 'string',
      creatingUserGUID: 'guid',
      creationDateTime: 'dateTime',
      modifyingUserGUID: 'guid',
      modifiedDateTime: 'dateTime',
      basePath: 'string',
    },
    required: ['name'],
    sequence: [
      ['Users', 'Users', 0, 1],
      ['CodeBook', 'CodeBook', 0, 1],
      ['Variables', 'unchecked', 0, 1],
      ['Cases', 'unchecked', 0, 1],
      ['Sources', 'Sources', 0, 1],
      ['Notes', 'Notes', 0, 1],
      ['Links', 'unchecked', 0, 1],
      ['Sets', 'unchecked', 0, 1],
      ['Graphs', 'unchecked', 0, 1],
      ['Description', 'string', 0, 1],
      ['NoteRef', 'Ref', 0, MANY],
    ],
  },
  Users: { attributes: {}, required: [], sequence: [['User', 'User', 1, MANY]] },
  User: { attributes: { guid: 'guid', name: 'string', id: 'string' }, required: ['guid'], sequence: [] },
  CodeBook: { attributes: {}, required: [], sequence: [['Codes', 'Codes', 1, 1]] },
  Codes: { attributes: {}, required: [], sequence: [['Code', 'Code', 1, MANY]] },
  Code: {
    attributes: { guid: 'guid', name: 'string', isCodable: 'boolean', color: 'rgb' },
    required: ['guid', 'name', 'isCodable'],
    sequence: [
      ['Description', 'string', 0, 1],
      ['NoteRef', 'Ref', 0, MANY],
      ['Code', 'Code', 0, MANY],
    ],
  },
  Sources: {
    attributes: {},
    required: [],
    choice: {
      TextSource: 'TextSource',
      PictureSource: 'unchecked',
      PDFSource: 'unchecked',
      AudioSource: 'unchecked',
      VideoSource: 'unchecked',
    },
  },
  TextSource: textSource,
  PlainTextSelection: {
    attributes: { guid: 'guid', name: 'string', startPosition: 'integer', endPosition: 'integer', ...stamp },
    required: ['guid', 'startPosition', 'endPosition'],
    sequence: [
      ['Description', 'string', 0, 1],
      ['Coding', 'Coding', 0, MANY],
      ['NoteRef', 'Ref', 0, MANY],
    ],
  },
  Coding: {
    attributes: { guid: 'guid', creatingUser: 'guid', creationDateTime: 'dateTime' },
    required: ['guid'],
    sequence: [
      ['CodeRef', 'Ref', 1, 1],
      ['NoteRef', 'Ref', 0, MANY],
    ],
  },
  Ref: { attributes: { targetGUID: 'guid' }, required: ['targetGUID'], sequence: [] },
  Notes: { attributes: {}, required: [], sequence: [['Note', 'TextSource', 1, MANY]] },
  string: { attributes: {}, required: [], text: true },
};

const PATTERNS: Record<AttrType, RegExp> = {
  guid: /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/,
  string: /^[^]*$/,
  integer: /^[+-]?\d+$/,
  boolean: /^(?:true|false|1|0)$/,
  rgb: /^#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/,
  dateTime: /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/,
};

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };
const nameOf = (node: Ordered) => Object.keys(node).find((k) => k !== ':@') ?? '';
const kids = (node: Ordered) => (node[nameOf(node)] as Ordered[]).filter((k) => nameOf(k) !== '#text');

/** A selection as the file states it, in code points, for checks against the source text. */
export interface CheckedSelection {
  source: string;
  guid: string;
  startPosition: number;
  endPosition: number;
  codeRefs: string[];
  description: string;
}

/** Every way `xml` breaks Project.xsd's structure (empty when it follows it), and the selections it holds. */
export function checkProjectXml(xml: string): { problems: string[]; selections: CheckedSelection[] } {
  const problems: string[] = [];
  const selections: CheckedSelection[] = [];
  const guids = new Map<string, string>();
  const refs: { kind: 'code' | 'user'; target: string; where: string }[] = [];
  const doc = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
  }).parse(xml) as Ordered[];
  const roots = doc.filter((n) => !nameOf(n).startsWith('?') && nameOf(n) !== '#text');
  const root = roots[0];
  if (roots.length !== 1 || !root || nameOf(root) !== 'Project')
    return { problems: ['the root is not one Project'], selections };
  if (root[':@']?.xmlns !== PROJECT_NAMESPACE) problems.push(`Project is not in ${PROJECT_NAMESPACE}`);

  const check = (node: Ordered, typeName: string, path: string, source: string) => {
    const type = TYPES[typeName];
    if (typeName === 'unchecked' || !type) return;
    const attrs = node[':@'] ?? {};
    for (const [name, value] of Object.entries(attrs)) {
      const attrType = type.attributes[name];
      if (!attrType) problems.push(`${path}: attribute ${name} is not in the schema`);
      else if (!PATTERNS[attrType].test(value)) problems.push(`${path}: ${name}="${value}" is not a ${attrType}`);
    }
    for (const name of type.required)
      if (attrs[name] === undefined) problems.push(`${path}: required attribute ${name} missing`);
    if (attrs.guid !== undefined) {
      if (guids.has(attrs.guid.toLowerCase()))
        problems.push(`${path}: guid ${attrs.guid} also used by ${guids.get(attrs.guid.toLowerCase())}`);
      guids.set(attrs.guid.toLowerCase(), path);
    }
    for (const user of [attrs.creatingUser, attrs.creatingUserGUID])
      if (user) refs.push({ kind: 'user', target: user, where: path });
    const inner = kids(node);
    if (type.text) {
      if (inner.length > 0) problems.push(`${path}: holds elements where only text belongs`);
      return;
    }
    if (type.choice) {
      if (inner.length === 0) problems.push(`${path}: holds no source`);
      inner.forEach((child, i) => {
        const childType = type.choice?.[nameOf(child)];
        if (!childType) problems.push(`${path}: <${nameOf(child)}> is not a source element`);
        else check(child, childType, `${path}/${nameOf(child)}[${i}]`, child[':@']?.guid ?? '');
      });
      return;
    }
    const sequence = type.sequence ?? [];
    const counts = sequence.map(() => 0);
    let at = 0;
    inner.forEach((child, i) => {
      // A child out of place is reported and skipped, so one misplaced element gives one problem.
      const next = sequence.findIndex((p, k) => k >= at && p[0] === nameOf(child));
      if (next < 0) return problems.push(`${path}: <${nameOf(child)}> is not allowed there (out of order or unknown)`);
      at = next;
      const particle = sequence[at] as Particle;
      counts[at] = (counts[at] ?? 0) + 1;
      if ((counts[at] ?? 0) > particle[3]) problems.push(`${path}: more than ${particle[3]} <${particle[0]}>`);
      const childPath = `${path}/${nameOf(child)}[${i}]`;
      if (typeName === 'Coding' && particle[0] === 'CodeRef')
        refs.push({ kind: 'code', target: child[':@']?.targetGUID ?? '', where: childPath });
      check(child, particle[1], childPath, source);
      return undefined;
    });
    sequence.forEach(([name, , min], k) => {
      if ((counts[k] ?? 0) < min) problems.push(`${path}: needs at least ${min} <${name}>`);
    });
    if (
      typeName === 'TextSource' &&
      (attrs.plainTextPath !== undefined) === inner.some((c) => nameOf(c) === 'PlainTextContent')
    ) {
      problems.push(`${path}: needs exactly one of plainTextPath and PlainTextContent`);
    }
    if (typeName === 'PlainTextSelection') {
      const description = inner.find((c) => nameOf(c) === 'Description');
      const text = description ? (kids(description).length === 0 ? textIn(description) : '') : '';
      selections.push({
        source,
        guid: attrs.guid ?? '',
        startPosition: Number(attrs.startPosition),
        endPosition: Number(attrs.endPosition),
        codeRefs: inner
          .filter((c) => nameOf(c) === 'Coding')
          .flatMap((c) =>
            kids(c)
              .filter((r) => nameOf(r) === 'CodeRef')
              .map((r) => r[':@']?.targetGUID ?? ''),
          ),
        description: text,
      });
    }
  };
  check(root, 'Project', 'Project', '');
  for (const ref of refs) {
    const target = guids.get(ref.target.toLowerCase());
    const expected = ref.kind === 'code' ? '/Code[' : '/User[';
    if (!target?.includes(expected))
      problems.push(`${ref.where}: ${ref.kind} ${ref.target} is not a ${ref.kind} of the project`);
  }
  return { problems, selections };
}

function textIn(node: Ordered): string {
  return (node[nameOf(node)] as Ordered[]).map((k) => (typeof k['#text'] === 'string' ? k['#text'] : '')).join('');
}
