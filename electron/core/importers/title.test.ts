/** Title derivation on the real sample files: a heading line, or the first sentence shortened. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPaths } from '../repo-paths';
import { parseFile } from './import-file';
import { MAX_TITLE_LENGTH, shorten } from './title';

const sample = (name: string) => parseFile(name, readFileSync(join(repoPaths.sampleCorpus, name)));

describe('deriveTitle', () => {
  it('takes a first line that reads as a heading (004)', async () => {
    const doc = await sample('004_03de4a3e5c6aecce.txt');
    expect(doc.blocks[0]?.type).toBe('heading');
    expect(doc.title).toBe('Haiti: the multinational mission and the "inexorable demand to re-establish security…');
  });

  it('shortens a long first sentence at a word boundary, never cutting at "U.N." (000)', async () => {
    const doc = await sample('000_4c4c73db95676832.txt');
    expect(doc.blocks[0]?.type).toBe('paragraph');
    expect(doc.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(doc.title).toMatch(/^Diplomats at the United Nations Security Council expressed broad support/);
    expect(doc.title).toMatch(/ \S+…$/);
    expect(doc.title).not.toMatch(/U\.N\.?…?$/);
    const firstParagraph = doc.text.slice(doc.blocks[0]?.start, doc.blocks[0]?.end);
    expect(firstParagraph.startsWith(doc.title.slice(0, -1))).toBe(true);
  });

  it('keeps a short first sentence whole, ending at its full stop, even with "U.N." inside', async () => {
    const doc = await parseFile(
      'un.txt',
      Buffer.from('The U.N. mission began. More text follows here in the same paragraph.'),
    );
    expect(doc.title).toBe('The U.N. mission began');
  });

  it('every sample gets a non-empty title within the limit', async () => {
    for (const name of [
      '000_4c4c73db95676832.txt',
      '001_5620d1ecf9970ff1.txt',
      '002_6b1368a0f3c1d693.txt',
      '003_c89b9ae9724bcb68.txt',
      '004_03de4a3e5c6aecce.txt',
    ]) {
      const { title } = await sample(name);
      expect(title.length, name).toBeGreaterThan(10);
      expect(title.length, name).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    }
  });
});

describe('shorten', () => {
  it('leaves a short title alone apart from trailing punctuation and spaces', () => {
    expect(shorten('  Gangs   attack the port. ')).toBe('Gangs attack the port');
  });

  it('cuts a long title at a word boundary with an ellipsis', () => {
    const title = shorten('word '.repeat(40));
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/^(word )+word…$/);
  });
});
