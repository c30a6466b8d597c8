/**
 * Test support: PDFs built with pdf-lib (a devDependency), so every fixture is readable and its
 * expected blocks can be stated exactly: text placed line by line, as a word processor would,
 * across the page or in two columns.
 */
import { PDFDocument, PDFHexString, PDFName, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export interface FixtureLine {
  text: string;
  size?: number;
  bold?: boolean;
  /** Extra space above the line, in points (a paragraph gap). */
  gapBefore?: number;
  indent?: number;
  /** Drawn on the previous line's baseline, as the next cell of a table row. */
  sameLine?: boolean;
}

export interface FixturePage {
  /** Lines across the page, from the top. */
  lines: FixtureLine[];
  /** Two columns set below `lines`, both starting at the same height, then `below` across the page. */
  columns?: { left: FixtureLine[]; right: FixtureLine[]; below?: FixtureLine[] };
  header?: string;
  footer?: string;
}

const LEFT = 72;
const TOP = 700;
const LEADING = 1.3;
const TEXT_WIDTH = 468;
const GUTTER = 24;
const COLUMN_WIDTH = (TEXT_WIDTH - GUTTER) / 2;

interface Pen {
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
}

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
    const pen = { page, regular, bold };
    let y = drawLines(pen, spec.lines, LEFT, TOP, TEXT_WIDTH);
    if (spec.columns) {
      const { left, right, below = [] } = spec.columns;
      const top = spec.lines.length > 0 ? y - 24 : TOP;
      y = Math.min(
        drawLines(pen, left, LEFT, top, COLUMN_WIDTH),
        drawLines(pen, right, LEFT + COLUMN_WIDTH + GUTTER, top, COLUMN_WIDTH),
      );
      drawLines(pen, below, LEFT, y - 24, TEXT_WIDTH);
    }
  }
  return doc.save();
}

/** Draws lines down from `top` (the first baseline); returns the last baseline. */
function drawLines(pen: Pen, lines: FixtureLine[], left: number, top: number, width: number): number {
  let y = top;
  let previousSize = 0;
  for (const line of lines) {
    const size = line.size ?? 11;
    const font = line.bold ? pen.bold : pen.regular;
    const x = left + (line.indent ?? 0);
    // A fixture line wider than its column would cross the gutter: a mistake in the test, not a layout.
    if (x + font.widthOfTextAtSize(line.text, size) > left + width) {
      throw new Error(`Fixture line too wide for its ${width}-point column: ${line.text}`);
    }
    if (previousSize > 0 && !line.sameLine) y -= Math.max(size, previousSize) * LEADING + (line.gapBefore ?? 0);
    pen.page.drawText(line.text, { x, y, size, font });
    previousSize = size;
  }
  return y;
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

/**
 * Deterministic noise, so a failure can be reproduced: xorshift32, whose bytes take all 256 values
 * (a floating-point LCG loses precision and repeats a handful of them).
 */
export function noise(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state >>> 24;
  }
  return bytes;
}
