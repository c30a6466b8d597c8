/**
 * Bytes to text: the encoding detected (UTF-8 with or without BOM, UTF-16 with a BOM or recognised
 * by its NUL bytes, Windows-1252 as the fallback for bytes that are not UTF-8), then the contract's
 * text hygiene rule (NFC, `\n` line ends, no control characters) so parsers read clean text.
 * Binary files are refused here, before they can reach the store.
 */
import { cleanText } from '../../contract';
import { DossierFailure } from '../errors';

export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) {
    throw new DossierFailure('unsupported_format', `${fileName} is empty (0 bytes): there is nothing to import.`);
  }
  const text = cleanText(decodeBytes(bytes, fileName));
  if (text.trim().length === 0) {
    throw new DossierFailure(
      'unsupported_format',
      `${fileName} contains only white space: there is nothing to import.`,
    );
  }
  return text;
}

/** The BOM, else UTF-16 by its NULs, else UTF-8 when valid, else Windows-1252; binary bytes are refused. */
export function decodeBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = decodeUtf16WithoutBom(bytes);
  if (utf16 !== null) return utf16;
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

const SAMPLE_BYTES = 8192;

/**
 * UTF-16 without a BOM (as some Windows tools save it). In text that is mostly Latin script most code
 * units are below U+0100, so a NUL byte sits in nearly every pair, and always on the same side: the
 * odd offset in little-endian, the even one in big-endian. Binary data has NULs on both sides or too
 * few of them. What passes that test must still decode to text (few controls, no broken surrogates);
 * otherwise null, and the caller refuses the bytes as binary. Text mostly in other scripts (CJK)
 * has too few NULs to be recognised without a BOM.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const pairs = sample.length / 2;
  const oneSided = (many: number, few: number) => many > 0.3 * pairs && few <= 0.05 * many;
  const label = oneSided(oddNuls, evenNuls) ? 'utf-16le' : oneSided(evenNuls, oddNuls) ? 'utf-16be' : null;
  if (!label) return null;
  const text = new TextDecoder(label).decode(bytes);
  return looksLikeText(text) ? text : null;
}

/** At most 2% controls (other than tab and line breaks) and replacement characters (broken surrogates). */
function looksLikeText(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad <= 0.02 * text.length;
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

/**
 * Valid UTF-8 with at least one multi-byte sequence. Text in a legacy 8-bit or double-byte encoding
 * almost never is, so such bytes are UTF-8 whatever a page declares (browsers re-save pages as
 * UTF-8 and keep the old `<meta charset>`). Pure ASCII proves nothing: ISO-2022-JP is 7-bit.
 */
export function isMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
