/**
 * Escaping of user text for CommonMark, so that a brief renders exactly what the analyst typed:
 * every character that could start Markdown or HTML syntax is backslash-escaped, and invisible
 * bidi overrides (the "Trojan Source" trick) and control characters are dropped.
 */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const invisible = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
const inlineSyntax = /[\\`*_[\]<>#!|~{}&]/g;

/** Escapes one line of text (newlines become spaces). */
export function escapeInline(text: string): string {
  return escapeLine(text.replace(/\s*\n\s*/g, ' '));
}

/** Escapes text that may span lines; returns its lines, each safe to place after a prefix like "> ". */
export function escapeLines(text: string): string[] {
  return text.split(/\r\n?|\n/).map(escapeLine);
}

function escapeLine(line: string): string {
  const clean = line.replace(invisible, '').trim();
  const escaped = clean.replace(inlineSyntax, (c) => '\\' + c);
  // Line-start constructs: list bullets, setext underlines, ordered-list numbers, thematic breaks.
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
