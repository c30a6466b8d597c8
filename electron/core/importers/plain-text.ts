/**
 * Plain text to blocks. Paragraphs come from blank lines in hard-wrapped files, and from single
 * lines in files that keep one paragraph per line (as most saved articles do). Short stand-alone
 * lines without closing punctuation are headings; numbered and bulleted lines are list items.
 */
import type { DraftBlock } from './build-document';

const listItem = /^\s*(?:(\d{1,3})[.)]|[-*•‣◦])\s+(.*)$/;
const WRAP_WIDTH = 100;

export function plainTextBlocks(text: string): DraftBlock[] {
  // Trimmed first: the newline that ends almost every file is not a blank line between paragraphs.
  const lines = text.trim().split('\n');
  const nonEmpty = lines.filter((l) => l.trim().length > 0);
  const hardWrapped =
    lines.some((l) => l.trim() === '') &&
    percentile(
      nonEmpty.map((l) => l.trim().length),
      0.9,
    ) <= WRAP_WIDTH;
  const groups = hardWrapped ? paragraphGroups(lines) : nonEmpty.map((l) => [l]);
  return groups.map((group, i) => classify(group, groups[i + 1]));
}

function paragraphGroups(lines: string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) groups.push(current);
      current = [];
    } else if (listItem.test(line) && current.length) {
      groups.push(current);
      current = [line];
    } else {
      current.push(line);
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

function classify(group: string[], next: string[] | undefined): DraftBlock {
  const joined = group.map((l) => l.trim()).join(' ');
  const list = listItem.exec(group[0] ?? '');
  if (list) return { type: 'list_item', text: joined.replace(listItem, '$2'), ordered: list[1] !== undefined };
  if (group.length === 1 && isHeadingLine(joined, next)) return { type: 'heading', text: joined, level: 2 };
  return { type: 'paragraph', text: joined };
}

function isHeadingLine(line: string, next: string[] | undefined): boolean {
  if (!next || line.length > 120 || !/^\p{Lu}|^\p{N}/u.test(line)) return false;
  const nextLength = next.join(' ').length;
  if (/\?$/.test(line)) return line.length <= 90 && nextLength > line.length * 2;
  return !/[.!,;:…]["”’)\]]?$/.test(line) && nextLength > line.length;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
