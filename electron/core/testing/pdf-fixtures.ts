/**
 * Test support: PDFs built with pdf-lib (a devDependency), so every fixture is readable and its
 * expected blocks can be stated exactly: text placed line by line, as a word processor would.
 */
import { PDFDocument, PDFHexString, PDFName, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export interface FixtureLine {
  text: string;
  size?: number;
  bold?: boolean;
  /** Extra space above the line, in points (a paragraph gap). */
  gapBefore?: number;
  indent?: number;
}

export interface FixturePage {
  lines: FixtureLine[];
  header?: string;
  footer?: string;
}

const LEFT = 72;
const TOP = 700;
const LEADING = 1.3;

export async function buildPdf(
  pages: FixturePage[],
  info: { title?: string; author?: string } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (info.title) doc.setTitle(info.title);
  if (info.author) doc.setAuthor(info.author);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const spec of pages) {
    const page = doc.addPage([612, 792]);
    if (spec.header) page.drawText(spec.header, { x: LEFT, y: 750, size: 9, font: regular });
    if (spec.footer) page.drawText(spec.footer, { x: 300, y: 40, size: 9, font: regular });
    drawLines(page, spec.lines, regular, bold);
  }
  return doc.save();
}

function drawLines(page: PDFPage, lines: FixtureLine[], regular: PDFFont, bold: PDFFont): void {
  let y = TOP;
  let previousSize = 0;
  for (const line of lines) {
    const size = line.size ?? 11;
    if (previousSize > 0) y -= Math.max(size, previousSize) * LEADING + (line.gapBefore ?? 0);
    page.drawText(line.text, { x: LEFT + (line.indent ?? 0), y, size, font: line.bold ? bold : regular });
    previousSize = size;
  }
}

/** Marks the file as encrypted (Standard handler, made-up keys): no empty password opens it. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Secret text', { x: 72, y: 700, size: 12, font });
  const key = (byte: string) => PDFHexString.of(byte.repeat(32));
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -4 });
  encrypt.set(PDFName.of('O'), key('41'));
  encrypt.set(PDFName.of('U'), key('42'));
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([key('43'), key('43')]);
  return doc.save({ useObjectStreams: false });
}

/** Deterministic noise, so a failure can be reproduced. */
export function noise(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state & 0xff;
  }
  return bytes;
}
