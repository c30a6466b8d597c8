/**
 * PDF import through pdf.js: the text layer of every page, rebuilt into blocks tagged with their
 * page, plus the title and author the file states. Encrypted, damaged, scanned and over-long
 * parses become clear refusals; undecodable text is imported with a warning.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DossierFailure } from '../errors';
import type { DocumentMetadata, FormatResult } from './format-result';
import { pdfBlocks } from './pdf-blocks';
import { bodyLines, type PdfPageText, type PdfTextItem } from './pdf-lines';
import { cleanItemText, finishText, GarbageMeter } from './pdf-text';

// Not `require`: electron-vite's bundle declares its own, and a second one does not parse.
const resolveModule = createRequire(import.meta.url).resolve;
const pdfjsRoot = dirname(resolveModule('pdfjs-dist/package.json'));

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js is loaded on the first PDF only. Its legacy build installs core-js polyfills, one of
 * which replaces `JSON.stringify` on Node 20 with a version about 50× slower on long strings;
 * the native one is put back, so storing a large document elsewhere is not slowed down.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const nativeStringify = JSON.stringify;
    try {
      const module = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // In Node pdf.js runs its "worker" in this thread; it loads the worker module from this URL.
      module.GlobalWorkerOptions.workerSrc = pathToFileURL(
        resolveModule('pdfjs-dist/legacy/build/pdf.worker.mjs'),
      ).href;
      return module;
    } finally {
      JSON.stringify = nativeStringify;
    }
  })();
  return pdfjs;
}

export const PDF_TIME_LIMIT_MS = 30_000;

export interface PdfParseOptions {
  timeLimitMs?: number;
}

/** pdf.js failed on the file itself (as opposed to a bug in this importer). */
class PdfJsError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const fromPdfJs = <T>(promise: Promise<T>): Promise<T> =>
  promise.catch((cause: unknown) => {
    throw new PdfJsError(cause);
  });

export async function parsePdf(
  bytes: Uint8Array,
  fileName: string,
  options: PdfParseOptions = {},
): Promise<FormatResult> {
  if (bytes.length === 0) {
    throw new DossierFailure('unsupported_format', `${fileName} is empty (0 bytes): there is nothing to import.`);
  }
  const limit = options.timeLimitMs ?? PDF_TIME_LIMIT_MS;
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const state = { cancelled: false };
  let timer: NodeJS.Timeout | undefined;
  const overTime = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      state.cancelled = true;
      reject(
        new DossierFailure(
          'unsupported_format',
          `${fileName} took longer than ${Math.round(limit / 1000)} s to read and was stopped. ` +
            'It may be very large or malformed; try splitting it or printing it to a new PDF.',
        ),
      );
    }, limit);
  });
  try {
    return await Promise.race([fromPdfJs(task.promise).then((doc) => extract(doc, fileName, state)), overTime]);
  } catch (error) {
    throw error instanceof PdfJsError ? refusal(error.cause, fileName) : error;
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

function refusal(cause: unknown, fileName: string): DossierFailure {
  if (cause instanceof Error && cause.name === 'PasswordException') {
    return new DossierFailure(
      'unsupported_format',
      `${fileName} is password-protected. Remove the password (print to PDF) and import it again.`,
    );
  }
  const detail = (cause instanceof Error ? cause.message : String(cause)).slice(0, 200).replace(/\.$/, '');
  return new DossierFailure(
    'unsupported_format',
    `${fileName} is damaged or not a PDF (${detail}). Try downloading it again.`,
  );
}

async function extract(doc: PDFDocumentProxy, fileName: string, state: { cancelled: boolean }): Promise<FormatResult> {
  const meter = new GarbageMeter();
  const pages: PdfPageText[] = [];
  const unreadable: number[] = [];
  const textless: number[] = [];
  for (let n = 1; n <= doc.numPages && !state.cancelled; n++) {
    try {
      const page = await fromPdfJs(readPage(doc, n, meter));
      pages.push(page);
      if (page.items.length === 0) textless.push(n);
    } catch (error) {
      if (!(error instanceof PdfJsError)) throw error;
      pages.push({ items: [], height: 0 });
      unreadable.push(n);
    }
  }
  if (unreadable.length === doc.numPages) throw new PdfJsError(new Error('no page could be read'));
  const drafts = pdfBlocks(bodyLines(pages));
  if (drafts.length === 0) throw noText(fileName, meter);
  const warnings: string[] = [];
  if (meter.isGarbled()) {
    warnings.push(
      `Much of the text in ${fileName} could not be decoded (unmapped fonts); search and quotes may be unreliable.`,
    );
  }
  if (unreadable.length > 0) {
    warnings.push(`${fileName}: ${pageList(unreadable)} could not be read; that text is missing.`);
  }
  if (textless.length > 0) {
    warnings.push(`${fileName}: no text on ${pageList(textless)} (scanned images?); run those pages through OCR.`);
  }
  return { drafts, metadata: await readMetadata(doc), warnings };
}

async function readPage(doc: PDFDocumentProxy, n: number, meter: GarbageMeter): Promise<PdfPageText> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    meter.add(item.str);
    const text = cleanItemText(item.str);
    if (text.trim() === '') continue;
    // Page space to top-down viewport space, which also undoes page rotation.
    const m = multiply(viewport.transform, item.transform as number[]);
    items.push({ text, x: m[4], y: m[5], width: item.width, size: Math.hypot(m[2], m[3]) || item.height });
  }
  page.cleanup();
  return { items, height: viewport.height };
}

function multiply(a: readonly number[], b: readonly number[]): [number, number, number, number, number, number] {
  const [a0 = 1, a1 = 0, a2 = 0, a3 = 1, a4 = 0, a5 = 0] = a;
  const [b0 = 1, b1 = 0, b2 = 0, b3 = 1, b4 = 0, b5 = 0] = b;
  return [
    a0 * b0 + a2 * b1,
    a1 * b0 + a3 * b1,
    a0 * b2 + a2 * b3,
    a1 * b2 + a3 * b3,
    a0 * b4 + a2 * b5 + a4,
    a1 * b4 + a3 * b5 + a5,
  ];
}

function noText(fileName: string, meter: GarbageMeter): DossierFailure {
  if (meter.isGarbled()) {
    return new DossierFailure(
      'unsupported_format',
      `${fileName}: none of its text could be decoded (unmapped fonts). Run it through OCR and import the result.`,
    );
  }
  return new DossierFailure(
    'unsupported_format',
    `${fileName} has no text layer (it looks like a scanned image). Run it through OCR and import the result.`,
  );
}

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ') + (pages.length > 10 ? ` and ${pages.length - 10} more` : '');
  return `${pages.length === 1 ? 'page' : 'pages'} ${shown}`;
}

/** Title, author and language from the document info; CreationDate is not a publication date. */
async function readMetadata(doc: PDFDocumentProxy): Promise<DocumentMetadata> {
  const info = await doc.getMetadata().then(
    (m) => m.info as Record<string, unknown>,
    (): Record<string, unknown> => ({}),
  );
  const metadata: DocumentMetadata = {};
  const title = infoText(info.Title);
  if (title && !/^(untitled|microsoft word - .*)$|\.(docx?|pdf|odt|rtf|txt|tex|indd)$/i.test(title)) {
    metadata.title = title;
  }
  const author = infoText(info.Author);
  if (author) metadata.author = author;
  const language = infoText(info.Language);
  if (language && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language)) metadata.language = language;
  return metadata;
}

function infoText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = finishText(cleanItemText(value)).slice(0, 300);
  return text === '' ? undefined : text;
}
