/**
 * Character-level clean-up of text pulled out of PDFs: ligature glyphs and soft hyphens that would
 * break search and quote matching, control characters that must never reach the store, and a
 * measure of how much of the text is undecodable (unmapped fonts).
 */

const ligatures: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

export function expandLigatures(text: string): string {
  return text.replace(/[\uFB00-\uFB06]/g, (c) => ligatures[c] ?? c);
}

/** C0 (except tab and line breaks, which become spaces), DEL and C1 controls. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function isPrivateUse(code: number): boolean {
  return (code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000;
}

/** Item text as it may be stored: ligatures expanded, controls dropped, tabs and breaks as spaces. */
export function cleanItemText(raw: string): string {
  let out = '';
  for (const char of expandLigatures(raw)) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
    else if (!isControl(code)) out += char;
  }
  return out;
}

/** Final form of a block's text: soft hyphens gone, spaces collapsed, NFC. */
export function finishText(text: string): string {
  return text
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Counts characters that signal undecodable text, over the raw text before clean-up. */
export class GarbageMeter {
  private bad = 0;
  private total = 0;

  add(raw: string): void {
    for (const char of raw) {
      const code = char.codePointAt(0) ?? 0;
      if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) continue;
      this.total++;
      if (isControl(code) || code === 0xfffd || isPrivateUse(code)) this.bad++;
    }
  }

  /** True when so much is undecodable that search and quotes cannot be trusted. */
  isGarbled(): boolean {
    return this.total > 0 && this.bad / this.total >= 0.1;
  }
}
