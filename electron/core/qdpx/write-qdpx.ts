/**
 * Writes a project as a REFI-QDA project exchange file (.qdpx), which NVivo, ATLAS.ti, MAXQDA and
 * QualCoder open: a zip holding project.qde (Project.xsd, urn:QDA-XML:project:1.0) and each
 * document's text as sources/<guid>.txt in UTF-8. Highlights become PlainTextSelections with their
 * note as Description and one Coding per tag. GUIDs come from Dossier's ids (already UUIDs), so the
 * same project gives the same file apart from the dates it carries.
 */
import { strToU8, zipSync } from 'fflate';
import { buildRefiXml, codeNodes, guidFor, xmlText } from '../codebook/qdc';
import { flattenTree } from '../codebook/tree';
import { DossierFailure } from '../errors';
import { positionConverter } from './code-points';
import { PROJECT_FILE, PROJECT_NAMESPACE, type QdpxDocument, type QdpxHighlight, type QdpxInput } from './qdpx-model';

/** How much of a quote names its selection (REFI-QDA's optional name); the text itself is in the source. */
const SELECTION_NAME_LENGTH = 80;

export function writeQdpx(input: QdpxInput): Uint8Array {
  const files: Record<string, Uint8Array> = { [PROJECT_FILE]: strToU8(projectXml(input)) };
  for (const doc of input.documents) files[`sources/${guidFor(doc.id)}.txt`] = strToU8(doc.text);
  const mtime = new Date(input.exportedAt);
  return zipSync(files, { level: 6, mtime: Number.isNaN(mtime.getTime()) ? new Date(0) : mtime });
}

/** project.qde: Users, CodeBook, Sources in the order Project.xsd's sequence gives them. */
export function projectXml(input: QdpxInput): string {
  const user = guidFor(`user:${input.userName}`);
  const tagIds = new Set(input.tags.map((t) => t.id));
  const byDocument = new Map<string, QdpxHighlight[]>(input.documents.map((d) => [d.id, []]));
  for (const h of input.highlights) {
    const list = byDocument.get(h.documentId);
    if (!list)
      throw new DossierFailure('invalid_input', `Highlight ${h.id} is on a document the export does not hold.`);
    list.push(h);
  }
  const project: Record<string, unknown> = {
    '@_xmlns': PROJECT_NAMESPACE,
    '@_name': xmlText(input.projectName),
    '@_origin': 'Dossier',
    '@_creatingUserGUID': user,
    '@_creationDateTime': input.exportedAt,
    Users: { User: [{ '@_guid': user, '@_name': xmlText(input.userName) }] },
  };
  // The schema's CodeBook needs one code at least, and Sources one source: each is left out when empty.
  if (input.tags.length > 0) {
    project.CodeBook = { Codes: { Code: codeNodes(flattenTree(input.tags).map((t) => t.tag)) } };
  }
  if (input.documents.length > 0) {
    project.Sources = {
      TextSource: input.documents.map((doc) => textSource(doc, byDocument.get(doc.id) ?? [], user, tagIds)),
    };
  }
  return buildRefiXml({ Project: project });
}

/** A document as a TextSource whose text is in the zip, its highlights as selections in text order. */
function textSource(doc: QdpxDocument, highlights: QdpxHighlight[], user: string, tagIds: Set<string>) {
  const convert = positionConverter(doc.text);
  const selections = highlights
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
    .map((h) => {
      if (h.start < 0 || h.end > doc.text.length || h.start > h.end) {
        throw new DossierFailure(
          'invalid_input',
          `Highlight ${h.id} runs from ${h.start} to ${h.end}, outside “${doc.title}” (${doc.text.length} characters).`,
        );
      }
      const codings = h.tags.map((tagId) => {
        if (!tagIds.has(tagId)) {
          throw new DossierFailure(
            'invalid_input',
            `Highlight ${h.id} carries tag ${tagId}, which the export does not hold.`,
          );
        }
        return {
          '@_guid': guidFor(`coding:${h.id}:${tagId}`),
          '@_creatingUser': user,
          '@_creationDateTime': h.createdAt,
          CodeRef: { '@_targetGUID': guidFor(tagId) },
        };
      });
      // Key order is element order: Description, then the codings (PlainTextSelectionType's sequence).
      return {
        '@_guid': guidFor(h.id),
        '@_name': selectionName(h.quote),
        '@_startPosition': String(convert.toCodePoints(h.start)),
        '@_endPosition': String(convert.toCodePoints(h.end)),
        '@_creatingUser': user,
        '@_creationDateTime': h.createdAt,
        ...(h.note ? { Description: xmlText(h.note) } : {}),
        ...(codings.length > 0 ? { Coding: codings } : {}),
      };
    });
  const guid = guidFor(doc.id);
  return {
    '@_guid': guid,
    '@_name': xmlText(doc.title),
    '@_plainTextPath': `internal://${guid}.txt`,
    '@_creatingUser': user,
    '@_creationDateTime': doc.importedAt,
    ...(selections.length > 0 ? { PlainTextSelection: selections } : {}),
  };
}

/** The quote on one line, cut by code points (never inside an emoji) to a label's length. */
function selectionName(quote: string): string {
  const points = Array.from(xmlText(quote).replace(/\s+/g, ' ').trim());
  return points.length <= SELECTION_NAME_LENGTH
    ? points.join('')
    : `${points.slice(0, SELECTION_NAME_LENGTH - 1).join('')}…`;
}
