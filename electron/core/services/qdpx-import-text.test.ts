/**
 * Carrying a .qdpx selection's offsets from the source text onto the stored text: whatever the
 * line ends, spacing, wrapping, list markers, emoji and decomposed accents around it, a selected
 * word comes out as the same word (in NFC, as Dossier stores all text), at the place it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../contract';
import { cleanedOffsets, sourceDocument, storedOffsets } from './qdpx-import-text';

const quoteOf = (source: string, start: number, end: number) => {
  const doc = sourceDocument(source, [start, end]);
  if (!doc) throw new Error('no text');
  return doc.text.slice(doc.offsets.get(start), doc.offsets.get(end));
};

describe('sourceDocument', () => {
  it('keeps a selection after CR LF line ends, an emoji and a list marker', () => {
    const source = 'Title\r\n\r\nWe 😀 met.\r\n\r\n- The gangs 🇭🇹 came back.\r\n';
    const start = source.indexOf('gangs');
    expect(quoteOf(source, start, start + 'gangs 🇭🇹 came'.length)).toBe('gangs 🇭🇹 came');
  });

  it('composes a decomposed accent inside or before the selection', () => {
    const source = 'Cafe\u0301 talk.\n\nthe cafe\u0301 at noon';
    const start = source.lastIndexOf('cafe');
    expect(quoteOf(source, start, source.length)).toBe('café at noon');
    const after = source.indexOf('talk');
    expect(quoteOf(source, after, after + 4)).toBe('talk');
  });

  it('joins a wrapped line inside a selection with a space', () => {
    const source = 'A long paragraph that was\r\nwrapped here by the writer.\r\n\r\nAnother one.';
    expect(quoteOf(source, source.indexOf('was'), source.indexOf(' by'))).toBe('was wrapped here');
  });

  it('has no document for a source of white space only', () => {
    expect(sourceDocument(' \r\n\t ', [0, 1])).toBeNull();
  });
});

describe('cleanedOffsets and storedOffsets', () => {
  it('count a CR LF as one character and step over what the blocks leave out', () => {
    expect([...cleanedOffsets('a\r\nb', [0, 1, 2, 3, 4]).values()]).toEqual([0, 1, 2, 2, 3]);
    expect([...storedOffsets('- x  y', 'x y', [0, 2, 3, 4, 5, 6]).values()]).toEqual([0, 0, 1, 2, 2, 3]);
  });
});

const word = fc.constantFrom('police', 'café', 'cafe\u0301', '😀', 'مرحبا', 'Ångström', '👮🏿', 'x', 'Ünïcode');
const gap = fc.constantFrom(' ', '  ', '\t', '\r\n', '\n', '\r\n\r\n', '\n\n', ' \r\n- ', '\r\n\r\n1. ', '\u00A0');

describe('sourceDocument (property)', () => {
  it('gives back any selected word of any source, composed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 30 }), fc.nat(), (pieces, pick) => {
        const index = pick % pieces.length;
        let source = '';
        let start = 0;
        pieces.forEach(([w, sep], i) => {
          if (i === index) start = source.length;
          source += w + sep;
        });
        const selected = pieces[index]?.[0] ?? '';
        expect(quoteOf(source, start, start + selected.length)).toBe(cleanText(selected));
      }),
      { numRuns: 300 },
    );
  });
});
