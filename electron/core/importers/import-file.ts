/**
 * One file in, one parsed document out (not yet stored). Picks the importer by file name and
 * says clearly which formats are not supported yet.
 */
import { createHash } from 'node:crypto';
import type { Block, DocumentFormat } from '../../contract';
import { DossierFailure } from '../errors';
import { buildDocument, countWords, type DraftBlock } from './build-document';
import { decodeText } from './decode';
import { markdownBlocks } from './markdown';
import { plainTextBlocks } from './plain-text';
import { deriveTitle, shorten } from './title';

export interface ParsedDocument {
  fileName: string;
  format: DocumentFormat;
  title: string;
  text: string;
  blocks: Block[];
  wordCount: number;
  contentHash: string;
}

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const laterFormats = new Set(['html', 'htm', 'pdf', 'docx', 'doc', 'rtf', 'odt', 'epub']);

export function parseFile(fileName: string, bytes: Uint8Array): ParsedDocument {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = formatFor(extension, fileName);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new DossierFailure('unsupported_format', `${fileName} is larger than 100 MB; split it and import the parts.`);
  }
  const source = decodeText(bytes, fileName);
  let drafts: DraftBlock[];
  let title: string | null = null;
  if (format === 'markdown') ({ blocks: drafts, title } = markdownBlocks(source));
  else drafts = plainTextBlocks(source);
  const built = buildDocument(drafts);
  if (built.blocks.length === 0) {
    throw new DossierFailure('unsupported_format', `${fileName} has no readable text to import.`);
  }
  const baseName = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '');
  return {
    fileName: fileName.replace(/^.*[/\\]/, ''),
    format,
    title: title ? shorten(title) : deriveTitle(built, baseName),
    text: built.text,
    blocks: built.blocks,
    wordCount: countWords(built.text),
    contentHash: createHash('sha256').update(built.text).digest('hex'),
  };
}

function formatFor(extension: string, fileName: string): DocumentFormat {
  if (extension === 'txt' || extension === 'text') return 'text';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (laterFormats.has(extension)) {
    throw new DossierFailure(
      'unsupported_format',
      `${fileName}: .${extension} files are not supported yet. Dossier imports .txt and .md files for now; ` +
        'save the document as plain text to import it today.',
    );
  }
  throw new DossierFailure(
    'unsupported_format',
    `${fileName}: Dossier cannot import this kind of file. Supported formats are .txt and .md.`,
  );
}
