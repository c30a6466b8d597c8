/**
 * Bytes to normalized text: the encoding detected (UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1252 as the fallback for bytes that are not UTF-8), then NFC and `\n` line ends.
 * Binary files are refused here, before they can reach the store.
 */
import { DossierFailure } from '../errors';

export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) {
    throw new DossierFailure('unsupported_format', `${fileName} is empty (0 bytes): there is nothing to import.`);
  }
  const text = normalizeText(decodeBytes(bytes, fileName));
  if (text.trim().length === 0) {
    throw new DossierFailure(
      'unsupported_format',
      `${fileName} contains only white space: there is nothing to import.`,
    );
  }
  return text;
}

/** The BOM, else UTF-8 when valid, else Windows-1252; binary bytes are refused. */
export function decodeBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) {
    throw new DossierFailure(
      'unsupported_format',
      `${fileName} does not look like a text file (it contains binary data). Check that you picked the right file.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** 0x80–0x9F of Windows-1252; the five unassigned bytes keep their C1 code point, as WHATWG says. */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009Džž';

/**
 * Node 20's TextDecoder('windows-1252') decodes as Latin-1 (0x93 becomes U+0093, not “), which would
 * lose every curly quote and dash once controls are stripped; so the one table that differs is here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? cp1252High.charAt(b - 0x80) : String.fromCharCode(b);
  return out;
}

/** NUL bytes or a high share of control bytes in the first 8 KiB mean "not text". */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / sample.length > 0.1;
}

/** NFC, `\n` line ends, no NUL or other C0/C1 controls except tab and newline, no BOM. */
export function normalizeText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?|\u2028|\u2029/g, '\n')
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
      .replace(/\t/g, ' ')
  );
}
