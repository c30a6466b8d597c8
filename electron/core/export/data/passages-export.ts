/**
 * Passages as a table for spreadsheets and other qualitative-analysis tools (the columns Taguette
 * and QualCoder users expect: document, quote, note, tags, grade, page, dates, a link back), and
 * the same rows as JSON.
 */
import { stringify } from 'csv-stringify/sync';
import { gradeLabel } from '../../../contract';
import type { DocumentSummary, Passage } from '../../../contract';
import { pageLookup, passageLink, type BriefData } from '../brief/brief-spec';
import { passageGrade } from '../brief/scope';

export const PASSAGE_COLUMNS = [
  'document',
  'source',
  'quote',
  'note',
  'tags',
  'grade',
  'reliability',
  'credibility',
  'page',
  'published',
  'imported',
  'link',
] as const;

export type PassageRow = Record<(typeof PASSAGE_COLUMNS)[number], string>;

export interface PassagesExportInput {
  documents: readonly DocumentSummary[];
  passages: readonly Passage[];
  pageOf?: BriefData['pageOf'];
}

export function passageRows(input: PassagesExportInput): PassageRow[] {
  const documents = new Map(input.documents.map((d) => [d.id as string, d]));
  const pageOf = pageLookup(input);
  return input.passages.map((passage) => {
    const h = passage.highlight;
    const doc = documents.get(h.documentId);
    const grade = passageGrade(passage, doc);
    const page = pageOf(h.id);
    return {
      document: doc?.title ?? passage.documentTitle,
      source: doc?.source ?? '',
      quote: h.quote,
      note: h.note,
      tags: h.tags.join('; '),
      grade: gradeLabel(grade) ?? '',
      reliability: grade.reliability ?? '',
      credibility: grade.credibility === null ? '' : String(grade.credibility),
      page: page === null ? '' : String(page),
      published: doc?.publishedDate ?? '',
      imported: doc ? doc.importedAt.slice(0, 10) : '',
      link: passageLink(h.documentId, h.id),
    };
  });
}

/**
 * RFC 4180 CSV with a header row. A byte order mark tells Excel the file is UTF-8, and a cell that
 * starts with = + - @ gets a leading apostrophe, so a hostile quote cannot run as a formula.
 */
export function passagesCsv(input: PassagesExportInput): string {
  return stringify(passageRows(input), {
    header: true,
    columns: [...PASSAGE_COLUMNS],
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}

export function passagesJson(input: PassagesExportInput): string {
  const rows = passageRows(input).map((row, i) => {
    const h = (input.passages[i] as Passage).highlight;
    return { highlightId: h.id, documentId: h.documentId, ...row, tags: h.tags, status: h.status };
  });
  return `${JSON.stringify({ format: 'dossier-passages', version: 1, passages: rows }, null, 2)}\n`;
}
