/**
 * One file in, one parsed document out (not yet stored): picks the importer by file name, turns
 * its blocks into the stored text, and fills what the file does not say (the title) sensibly.
 * Every string a format yields passes the text hygiene rule here, once, after the format decoded
 * its entities and before block offsets are computed.
 */
import { createHash } from 'node:crypto';
import type { Block, DocumentFormat } from '../../contract';
import {
  cleanLine,
  cleanText,
  extensionOf,
  formatByExtension,
  isRealDate,
  MAX_IMPORT_FILE_BYTES,
  PartialDate,
  tooLargeMessage,
  truncate,
} from '../../contract';
import { DossierFailure } from '../errors';
import { buildDocument, countWords } from './build-document';
import { decodeText } from './decode';
import { parseDocx } from './docx';
import type { DocumentMetadata, FormatResult } from './format-result';
import { parseHtml } from './html';
import { markdownBlocks } from './markdown';
import { parsePdf } from './pdf';
import { plainTextBlocks } from './plain-text';
import { deriveTitle, shorten } from './title';

export interface ParsedDocument {
  fileName: string;
  format: DocumentFormat;
  title: string;
  author: string | null;
  source: string | null;
  publishedDate: string | null;
  url: string | null;
  language: string | null;
  text: string;
  blocks: Block[];
  wordCount: number;
  contentHash: string;
  warnings: string[];
}

const parsers: Record<DocumentFormat, (bytes: Uint8Array, fileName: string) => FormatResult | Promise<FormatResult>> = {
  text: (bytes, name) => ({ drafts: plainTextBlocks(decodeText(bytes, name)), metadata: {}, warnings: [] }),
  markdown: (bytes, name) => {
    const { blocks, title } = markdownBlocks(decodeText(bytes, name));
    return { drafts: blocks, metadata: { title }, warnings: [] };
  },
  html: parseHtml,
  pdf: parsePdf,
  docx: parseDocx,
};

export async function parseFile(filePath: string, bytes: Uint8Array): Promise<ParsedDocument> {
  const fileName = cleanLine(filePath.replace(/^.*[/\\]/, ''));
  const extension = extensionOf(fileName);
  const format: DocumentFormat | undefined = Object.hasOwn(formatByExtension, extension)
    ? formatByExtension[extension as keyof typeof formatByExtension]
    : undefined;
  if (!format) {
    throw new DossierFailure(
      'unsupported_format',
      `${fileName}: Dossier cannot import this kind of file. Supported formats are ` +
        'plain text (.txt), Markdown (.md), saved web pages (.html), PDF and Word (.docx).',
    );
  }
  if (bytes.length === 0) {
    throw new DossierFailure('unsupported_format', `${fileName} is empty (0 bytes): there is nothing to import.`);
  }
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new DossierFailure('unsupported_format', tooLargeMessage(fileName, bytes.length));
  }
  const { drafts, metadata, warnings } = await parsers[format](bytes, fileName);
  const built = buildDocument(drafts.map((draft) => ({ ...draft, text: cleanText(draft.text) })));
  if (built.blocks.length === 0) {
    throw new DossierFailure('unsupported_format', `${fileName} has no readable text to import.`);
  }
  const baseName = fileName.replace(/\.[^.]+$/, '');
  const stated = cleanMetadata(metadata);
  return {
    fileName,
    format,
    title: stated.title ? shorten(stated.title) : deriveTitle(built, baseName),
    author: stated.author,
    source: stated.source,
    publishedDate: stated.publishedDate,
    url: stated.url,
    language: stated.language,
    text: built.text,
    blocks: built.blocks,
    wordCount: countWords(built.text),
    contentHash: createHash('sha256').update(built.text).digest('hex'),
    warnings,
  };
}

type CleanMetadata = { [K in keyof DocumentMetadata]-?: string | null };

/** Trims what a file states and drops what is malformed: a bad date is no date, never a guess. */
function cleanMetadata(metadata: DocumentMetadata): CleanMetadata {
  const text = (value: string | null | undefined, max = 500) => {
    const clean = value === null || value === undefined ? '' : cleanLine(value).replace(/\s+/g, ' ').trim();
    return clean ? truncate(clean, max) : null;
  };
  const date = text(metadata.publishedDate);
  const url = text(metadata.url, 2000);
  const language = text(metadata.language, 35);
  return {
    title: text(metadata.title),
    author: text(metadata.author),
    source: text(metadata.source),
    publishedDate: date && PartialDate.safeParse(date).success && isRealDate(date) ? date : null,
    url: url && /^https?:\/\//i.test(url) ? url : null,
    language: language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : null,
  };
}
