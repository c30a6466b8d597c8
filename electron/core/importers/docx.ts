/**
 * Word documents to blocks: mammoth turns the .docx into simple HTML (headings from the Heading
 * styles, lists, tables), which the HTML walker turns into blocks. Title and author come from
 * docProps/core.xml; its creation date is when the file was made, not published, so it is not used.
 */
import mammoth from 'mammoth';
import { inflateRawSync } from 'node:zlib';
import { DossierFailure } from '../errors';
import type { DocumentMetadata, FormatResult } from './format-result';
import { htmlToDrafts } from './html';

/** core.xml is a few KiB; a larger inflated size means a zip bomb, not metadata. */
const MAX_CORE_XML_BYTES = 1024 * 1024;

export async function parseDocx(bytes: Uint8Array, fileName: string): Promise<FormatResult> {
  let images = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images are counted, never inlined: a data: URI of every picture is not text.
        convertImage: mammoth.images.imgElement(() => {
          images++;
          return Promise.resolve({ src: '' });
        }),
      },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error);
    throw new DossierFailure(
      'unsupported_format',
      `${fileName} is not a readable Word document (${reason}). Open it in Word and save it again as .docx.`,
    );
  }
  const drafts = htmlToDrafts(html);
  const warnings: string[] = [];
  if (drafts.length === 0 && images > 0) {
    warnings.push(
      `${fileName} contains only images (${images}), no text: Dossier imports text, so the document is empty. If it is a scan, run it through text recognition (OCR) first.`,
    );
  } else if (drafts.length === 0) {
    throw new DossierFailure('unsupported_format', `${fileName} contains no text: there is nothing to import.`);
  }
  return { drafts, metadata: coreMetadata(bytes), warnings };
}

function coreMetadata(bytes: Uint8Array): DocumentMetadata {
  const xml = readZipEntry(bytes, 'docProps/core.xml');
  if (xml === null) return {};
  return { title: xmlField(xml, 'dc:title'), author: xmlField(xml, 'dc:creator') };
}

function xmlField(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const text = (match?.[1] ?? '')
    .replace(/&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/gi, (_, entity: string) => decodeEntity(entity))
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 0 ? text : null;
}

function decodeEntity(entity: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  if (entity.startsWith('#')) {
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  return named[entity.toLowerCase()] ?? '';
}

/**
 * One small entry of a zip, read from its central directory (mammoth does not expose its zip reader,
 * and jszip is only a development dependency). Any irregularity gives null: metadata is optional.
 */
function readZipEntry(bytes: Uint8Array, wanted: string): string | null {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    for (let n = 0; n < count && view.getUint32(at, true) === 0x02014b50; n++) {
      const method = view.getUint16(at + 10, true);
      const size = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      if (name === wanted) {
        const local = view.getUint32(at + 42, true);
        const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
        const data = bytes.subarray(start, start + size);
        if (method === 0 && size <= MAX_CORE_XML_BYTES) return new TextDecoder().decode(data);
        if (method !== 8) return null;
        return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: MAX_CORE_XML_BYTES }));
      }
      at += 46 + skip;
    }
    return null;
  } catch {
    return null;
  }
}
