/** The text hygiene rule against a brute-force oracle over any UTF-16 string, plus the cases that motivated it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, truncate, withoutControls } from './text-hygiene';

/** Code unit by code unit: what may never be left in clean text. */
function dirtyUnits(text: string, singleLine: boolean): number[] {
  const bad: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = c >= 0xdc00 && c <= 0xdfff;
    const paired = high
      ? i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff
      : low && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    if ((control && !(c === 0x0a && !singleLine)) || ((high || low) && !paired)) bad.push(c);
    if (c === 0xfeff || c === 0x2028 || c === 0x2029) bad.push(c);
  }
  return bad;
}

/** Any code unit, weighted towards the troublesome ones: controls, surrogate halves, combining marks. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\uD83D', '\uDE00', '\uD83D\uDE00', '\u0301', '\u0308', 'e', 'A', '\uFEFF', '\u2028', '\r', '\t'),
);
const anyText = fc.string({ unit, maxLength: 60 });

describe('cleanText', () => {
  it('leaves no control character (but newline), lone surrogate, BOM or tab, and is NFC', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const clean = cleanText(raw);
        expect(dirtyUnits(clean, false)).toEqual([]);
        expect(clean).toBe(clean.normalize('NFC'));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent, so applying it at two boundaries changes nothing the second time', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(cleanText(cleanText(raw))).toBe(cleanText(raw));
      }),
    );
  });

  it('changes clean text only by NFC', () => {
    const safe = fc.string({
      unit: fc.constantFrom('a', 'é', 'e\u0301', '\n', ' ', '字', '\uD83D\uDE00', 'ש', '\u200D'),
    });
    fc.assert(
      fc.property(safe, (raw) => {
        expect(cleanText(raw)).toBe(raw.normalize('NFC'));
      }),
    );
  });

  it('removes terminal escapes, bell and shift-out, keeping the printable rest', () => {
    expect(cleanText('a\u001b[2Jb\u001b]0;pwned\u0007c\u000ed\u0000e\u009bf')).toBe('a[2Jb]0;pwnedcdef');
  });

  it('turns every line break into \\n and tab into a space', () => {
    expect(cleanText('a\r\nb\rc\u2028d\u2029e\u000bf\u000cg\u0085h\ti')).toBe('a\nb\nc\nd\ne\nf\ng\nh i');
  });

  it('composes a letter and its accent that a control kept apart', () => {
    expect(cleanText('e\u0007\u0301')).toBe('é');
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(cleanText('a\uD800b\uDC00c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
  });
});

describe('cleanLine', () => {
  it('is cleanText with newlines as spaces', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const clean = cleanLine(raw);
        expect(dirtyUnits(clean, true)).toEqual([]);
        expect(clean).toBe(cleanText(raw).replace(/\n/g, ' '));
      }),
    );
  });
});

describe('withoutControls', () => {
  it('removes C0, DEL and C1 except newline and tab, and nothing else', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const expected = [...raw]
          .filter((ch) => {
            const c = ch.charCodeAt(0);
            return ch === '\n' || ch === '\t' || !(c < 0x20 || (c >= 0x7f && c <= 0x9f));
          })
          .join('');
        expect(withoutControls(raw)).toBe(expected);
      }),
    );
  });
});

describe('truncate', () => {
  it('never leaves half a surrogate pair and never exceeds the limit', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 70 }), (raw, max) => {
        const text = cleanText(raw);
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(text.startsWith(cut)).toBe(true);
        expect(/[\uD800-\uDBFF]$/.test(cut)).toBe(false);
        expect(cut.length).toBeGreaterThanOrEqual(Math.min(text.length, max) - 1);
      }),
    );
  });
});
