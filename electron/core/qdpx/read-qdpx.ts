/**
 * Reads a REFI-QDA project exchange file (.qdpx) as QualCoder writes it: the code tree, and each
 * text source with its coded selections (PlainTextSelection → Coding → CodeRef), the text taken from
 * sources/<file> (plainTextPath="internal://…") or from an inline PlainTextContent. Positions are
 * code points in the file and come back as UTF-16 offsets. Pictures, PDFs, audio, video and texts
 * kept outside the file are skipped and listed. A file that could do harm or would import wrong
 * (no project.qde, a DTD, a selection past its text, a coding of an unknown code) is refused whole.
 */
import { XMLValidator } from 'fast-xml-parser';
import { attribute, children, isNode, localName, refiXmlParser, textOf, type XmlNode } from '../codebook/qdc';
import { positionConverter } from './code-points';
import { DEFAULT_QDPX_LIMITS, openArchive, QdpxRefusal, type QdpxArchive, type QdpxLimits } from './qdpx-archive';
import {
  PROJECT_FILE,
  type QdpxCode,
  type QdpxProject,
  type QdpxReadResult,
  type QdpxSelection,
  type QdpxSkipped,
  type QdpxSource,
} from './qdpx-model';

export interface ReadQdpxOptions {
  /** Names the file in messages. */
  fileName?: string;
  limits?: Partial<QdpxLimits>;
}

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;
const ARRAYS = new Set(['Code', 'User', 'TextSource', 'PlainTextSelection', 'Coding']);
const NOT_TEXT: Record<string, string> = {
  PictureSource: 'a picture',
  PDFSource: 'a PDF',
  AudioSource: 'an audio recording',
  VideoSource: 'a video',
};

export function readQdpx(bytes: Uint8Array, options: ReadQdpxOptions = {}): QdpxReadResult {
  const fileName = options.fileName ?? 'The file';
  try {
    const archive = openArchive(bytes, fileName, { ...DEFAULT_QDPX_LIMITS, ...options.limits });
    return { ok: true, project: readProject(archive, fileName) };
  } catch (error) {
    if (error instanceof QdpxRefusal) return { ok: false, error: error.message };
    throw error;
  }
}

function readProject(archive: QdpxArchive, fileName: string): QdpxProject {
  const qde = archive.read(PROJECT_FILE);
  if (!qde) throw new QdpxRefusal(`${fileName} is not a REFI-QDA project: it holds no ${PROJECT_FILE} at its root.`);
  const root = parseProject(utf8(qde, fileName, PROJECT_FILE), fileName);
  const codes = readCodes(root, fileName);
  const known = new Set<string>();
  const collect = (list: QdpxCode[]) => list.forEach((c) => (known.add(c.guid), collect(c.children)));
  collect(codes);
  const sources: QdpxSource[] = [];
  const skipped: QdpxSkipped[] = [];
  for (const sourcesNode of children(root, 'Sources').filter(isNode)) {
    for (const [key, value] of Object.entries(sourcesNode)) {
      if (key.startsWith('@_') || key === '#text') continue;
      const kind = localName(key);
      for (const node of (Array.isArray(value) ? value : [value]).filter(isNode)) {
        const name = attribute(node, 'name') ?? attribute(node, 'guid') ?? kind;
        if (kind !== 'TextSource') {
          const what = NOT_TEXT[kind] ?? `a <${kind}>`;
          skipped.push({ kind, name, reason: `it is ${what}, and Dossier imports text sources only` });
          continue;
        }
        const source = readTextSource(node, name, archive, fileName, known);
        if ('reason' in source) skipped.push(source);
        else sources.push(source);
      }
    }
  }
  return { name: attribute(root, 'name') ?? '', origin: attribute(root, 'origin') ?? null, codes, sources, skipped };
}

function parseProject(text: string, fileName: string): XmlNode {
  // A project never needs a DTD; refusing one keeps entity expansion (billion laughs, external entities) out entirely.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new QdpxRefusal(
      `${fileName} was refused: its ${PROJECT_FILE} declares a DOCTYPE, which a REFI-QDA project never has.`,
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new QdpxRefusal(
      `${fileName} is damaged: its ${PROJECT_FILE} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`,
    );
  }
  const doc = refiXmlParser((name) => ARRAYS.has(name)).parse(text) as XmlNode;
  const rootKey = Object.keys(doc).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootKey === undefined ? undefined : doc[rootKey];
  if (rootKey === undefined || localName(rootKey) !== 'Project' || !isNode(root)) {
    const found = rootKey === undefined ? 'no element' : `a <${localName(rootKey)}> element`;
    throw new QdpxRefusal(
      `${fileName} is not a REFI-QDA project: its ${PROJECT_FILE} holds ${found} where <Project> belongs.`,
    );
  }
  return Array.isArray(root) ? (root[0] as XmlNode) : root;
}

function readCodes(root: XmlNode, fileName: string): QdpxCode[] {
  const walk = (list: unknown[]): QdpxCode[] =>
    list.filter(isNode).map((code) => {
      const name = attribute(code, 'name');
      const guid = normalGuid(attribute(code, 'guid'));
      if (!guid || !name?.trim()) {
        const which = name?.trim() ? `“${name}”` : `with guid ${attribute(code, 'guid') ?? '(none)'}`;
        throw new QdpxRefusal(`${fileName} is damaged: the code ${which} has no ${guid ? 'name' : 'valid guid'}.`);
      }
      return {
        guid,
        name,
        isCodable: attribute(code, 'isCodable') !== 'false' && attribute(code, 'isCodable') !== '0',
        color: attribute(code, 'color') ?? null,
        description: textOf(children(code, 'Description')[0]),
        children: walk(children(code, 'Code')),
      };
    });
  const codeBook = children(root, 'CodeBook').filter(isNode)[0];
  const codes = codeBook && children(codeBook, 'Codes').filter(isNode)[0];
  return codes ? walk(children(codes, 'Code')) : [];
}

function readTextSource(
  node: XmlNode,
  name: string,
  archive: QdpxArchive,
  fileName: string,
  known: Set<string>,
): QdpxSource | QdpxSkipped {
  const inline = children(node, 'PlainTextContent')[0];
  const path = attribute(node, 'plainTextPath');
  let text: string;
  if (inline !== undefined) {
    text = textOf(inline);
  } else if (path?.startsWith('internal://')) {
    const wanted = `sources/${path.slice('internal://'.length)}`.toLowerCase();
    const entry = archive.names.find((n) => n.toLowerCase() === wanted);
    const bytes = entry === undefined ? undefined : archive.read(entry);
    if (!entry || !bytes) {
      throw new QdpxRefusal(
        `${fileName} is damaged: the source “${name}” points to ${path}, which the file does not hold.`,
      );
    }
    text = utf8(bytes, fileName, entry);
  } else {
    const where = path ? `outside the file (${path})` : 'nowhere (no plainTextPath and no PlainTextContent)';
    return { kind: 'TextSource', name, reason: `its text is kept ${where}` };
  }
  const guid = normalGuid(attribute(node, 'guid')) ?? name;
  const convert = positionConverter(text);
  const merged = new Map<string, QdpxSelection>();
  for (const selection of children(node, 'PlainTextSelection').filter(isNode)) {
    const id = attribute(selection, 'guid') ?? '(no guid)';
    const start = position(attribute(selection, 'startPosition'));
    const end = position(attribute(selection, 'endPosition'));
    if (start === undefined || end === undefined || start > end || end > convert.codePointLength) {
      throw new QdpxRefusal(
        `${fileName} is damaged: selection ${id} in “${name}” runs from ${attribute(selection, 'startPosition') ?? '?'} to ${attribute(selection, 'endPosition') ?? '?'}, outside its text (${convert.codePointLength} characters).`,
      );
    }
    const codes = children(selection, 'Coding')
      .filter(isNode)
      .flatMap((coding) => children(coding, 'CodeRef').filter(isNode))
      .map((ref) => {
        const target = attribute(ref, 'targetGUID') ?? '(none)';
        const code = normalGuid(target);
        if (!code || !known.has(code)) {
          throw new QdpxRefusal(
            `${fileName} is damaged: a coding of selection ${id} in “${name}” refers to code ${target}, which its codebook does not have.`,
          );
        }
        return code;
      });
    const note = textOf(children(selection, 'Description')[0]).trim();
    const range = { start: convert.toUtf16(start), end: convert.toUtf16(end) };
    // QualCoder writes one selection per code applied; Dossier keeps one highlight with several tags.
    const key = `${range.start}:${range.end}`;
    const same = merged.get(key);
    if (!same) {
      merged.set(key, { ...range, codes: [...new Set(codes)], note });
      continue;
    }
    same.codes = [...new Set([...same.codes, ...codes])];
    if (note && !same.note.split('\n\n').includes(note)) same.note = same.note ? `${same.note}\n\n${note}` : note;
  }
  const selections = [...merged.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  return { guid, name, text, createdAt: attribute(node, 'creationDateTime') ?? null, selections };
}

function position(value: string | undefined): number | undefined {
  return value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}

/** Lower case without braces, so "{ABC…}" and "abc…" name the same code. */
function normalGuid(value: string | undefined): string | undefined {
  return value === undefined ? undefined : GUID.exec(value.trim())?.[1]?.toLowerCase();
}

function utf8(bytes: Uint8Array, fileName: string, entry: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new QdpxRefusal(`${fileName} is damaged: “${entry}” is not UTF-8 text.`);
  }
}
