/**
 * The one text hygiene rule for every string that enters the library: imported text and metadata
 * (core/importers, after entity decoding) and every string field of every API method (the
 * contract's schemas). Pure functions with no runtime dependency, so the contract and core share
 * one definition.
 *
 * The rule: lone surrogates become U+FFFD (the length stays, and the loss shows, as TextDecoder
 * does); every line break (CR LF, CR, VT, FF, NEL, U+2028, U+2029) becomes `\n`; byte order marks
 * (U+FEFF) and C0/C1 control characters other than `\n` and tab are removed; tab becomes a space;
 * then NFC. Single-line fields (titles, names, queries) also turn `\n` into a space. Controls go
 * before NFC, so a control between a letter and its accent cannot keep them apart.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_CLEAN = /[\u0000-\u0008\t\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\u2028\u2029\uFEFF]/;

/** Every C0 and C1 control character except `\n` and tab removed: what a terminal may safely print. */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, '');
}

/** Multi-line text (a document's text, a note, an event's description) under the hygiene rule. */
export function cleanText(text: string): string {
  if (!NOT_CLEAN.test(text)) return text.normalize('NFC');
  return withoutControls(text.replace(LONE_SURROGATE, '\uFFFD').replace(LINE_BREAK, '\n'))
    .replace(/\uFEFF/g, '')
    .replace(/\t/g, ' ')
    .normalize('NFC');
}

/** Single-line text (a title, a name, a tag, a query): the hygiene rule, then newlines as spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\n/g, ' ');
}

/** The first `max` UTF-16 code units, one fewer when the cut would split a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
