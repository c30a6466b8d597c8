/** Snippets: a window around the densest matches, marks relative to it, never half a character. */
import { describe, expect, it } from 'vitest';
import { makeSnippet } from './snippet';

describe('makeSnippet', () => {
  it('returns null without matches', () => {
    expect(makeSnippet('some text', [])).toBeNull();
  });

  it('marks the matches relative to the window, newlines turned into spaces', () => {
    const text = `${'word '.repeat(40)}Haiti\nand Kenya ${'more '.repeat(60)}`;
    const haiti = text.indexOf('Haiti');
    const kenya = text.indexOf('Kenya');
    const snippet = makeSnippet(text, [
      [kenya, kenya + 5],
      [haiti, haiti + 5],
    ])!;
    expect(snippet.text).toBe(text.slice(snippet.start, snippet.end).replace(/\n/g, ' '));
    expect(snippet.marks.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['Haiti', 'Kenya']);
  });

  it('never starts or ends inside a surrogate pair', () => {
    const text = `${'😀'.repeat(200)}:Haiti${'😀'.repeat(200)}`;
    const at = text.indexOf('Haiti');
    const snippet = makeSnippet(text, [[at, at + 5]])!;
    expect(() => encodeURIComponent(snippet.text)).not.toThrow(); // throws on half a surrogate pair
    expect(snippet.text.slice(snippet.marks[0]![0], snippet.marks[0]![1])).toBe('Haiti');
  });
});
