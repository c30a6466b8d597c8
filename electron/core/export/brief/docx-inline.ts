/**
 * Phrasing content of the brief tree as Word runs: text with its emphasis, links, line breaks, and
 * footnote references pointing at real Word footnotes.
 */
import { ExternalHyperlink, FootnoteReferenceRun, TextRun, type ParagraphChild } from 'docx';
import type { PhrasingContent } from 'mdast';
import { safeUrl } from './analyst-markdown';

export interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) would make Word refuse the file. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (value: string): string => value.replace(NOT_XML, '\uFFFD');

/** Hands out the Word footnote number of each footnote reference, in the order they are written. */
export interface FootnoteNumbers {
  next(identifier: string): number | undefined;
}

export function textRuns(value: string, marks: Marks, style?: string): TextRun[] {
  return xmlSafe(value)
    .split(/\r\n|\r|\n/)
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          bold: marks.bold,
          italics: marks.italics,
          strike: marks.strike,
          font: marks.code ? 'Consolas' : undefined,
          style,
        }),
    );
}

export function inlineRuns(
  nodes: readonly PhrasingContent[],
  numbers: FootnoteNumbers,
  marks: Marks = {},
): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return textRuns(node.value, marks);
      case 'inlineCode':
        return textRuns(node.value, { ...marks, code: true });
      case 'emphasis':
        return inlineRuns(node.children, numbers, { ...marks, italics: true });
      case 'strong':
        return inlineRuns(node.children, numbers, { ...marks, bold: true });
      case 'delete':
        return inlineRuns(node.children, numbers, { ...marks, strike: true });
      case 'break':
        return [new TextRun({ text: '', break: 1 })];
      case 'link': {
        const url = safeUrl(node.url);
        const children = node.children.flatMap((child) =>
          child.type === 'text' || child.type === 'inlineCode'
            ? textRuns(child.value, marks, url ? 'Hyperlink' : undefined)
            : [],
        );
        if (!url) return inlineRuns(node.children, numbers, marks);
        return [new ExternalHyperlink({ link: url, children })];
      }
      case 'footnoteReference': {
        const number = numbers.next(node.identifier);
        return number === undefined ? [] : [new FootnoteReferenceRun(number)];
      }
      case 'image':
      case 'imageReference':
        return node.alt ? textRuns(node.alt, marks) : [];
      case 'linkReference':
        return inlineRuns(node.children, numbers, marks);
      case 'html':
        return [];
    }
  });
}
