/**
 * The codebook as CSV, for spreadsheets and scripts: `name,parent,colour,description`, one tag a row,
 * the parent by name (empty at the top), RFC 4180 quoting, parents before their children. Reading is
 * forgiving about what spreadsheets do (a UTF-8 BOM, header case, `color` for `colour`, `;` as the
 * separator, missing trailing cells) and exact about what it cannot read, naming the line.
 * Parsing and quoting are csv-parse's and csv-stringify's, not hand-written.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DossierFailure } from '../errors';
import type { CodebookEntry, CodebookFile, ExportTag } from './exchange-entry';

export const CSV_COLUMNS = ['name', 'parent', 'colour', 'description'] as const;

/** The codebook as CSV text; `tags` in tree order. */
export function writeCsv(tags: readonly ExportTag[]): string {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  const rows = tags.map((t) => [
    t.name,
    t.parentId === null ? '' : (names.get(t.parentId) ?? ''),
    t.color ?? '',
    t.description,
  ]);
  return stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: 'windows' });
}

type Column = (typeof CSV_COLUMNS)[number];
const headerNames: Record<string, Column> = {
  name: 'name',
  parent: 'parent',
  colour: 'colour',
  color: 'colour',
  description: 'description',
};

interface Row {
  record: string[];
  /** The line the record starts on (a quoted field may run over several lines). */
  line: number;
}

/** Reads a codebook CSV; a file it cannot read is refused with the line and what is wrong there. */
export function readCsv(fileName: string, content: string): CodebookFile {
  // Line breaks as one kind, so that line numbers in messages count as an editor does.
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = text.slice(0, text.search(/\n|$/));
  // A spreadsheet set to a European locale writes `;`; the header line says which one the file uses.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows = parseRows(fileName, text, delimiter);
  const header = rows[0];
  if (!header)
    throw new DossierFailure('invalid_input', `${fileName} is empty: expected a header line ${CSV_COLUMNS.join(',')}.`);
  const columns = header.record.map((cell) => headerNames[cell.trim().toLowerCase()]);
  const warnings: string[] = [];
  if (!columns.includes('name')) {
    throw new DossierFailure(
      'invalid_input',
      `line 1 of ${fileName}: no “name” column; the first line should name the columns, e.g. ${CSV_COLUMNS.join(',')}.`,
    );
  }
  const unknown = header.record.filter((_, i) => columns[i] === undefined).map((c) => `“${c.trim()}”`);
  if (unknown.length > 0) {
    warnings.push(
      `${fileName}: column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} not read (Dossier reads ${CSV_COLUMNS.join(', ')}).`,
    );
  }
  const entries: CodebookEntry[] = [];
  for (const { record, line } of rows.slice(1)) {
    const cell = (column: Column) => {
      const i = columns.indexOf(column);
      return i < 0 ? '' : (record[i] ?? '');
    };
    const where = `line ${line} of ${fileName}`;
    if (record.every((c) => c.trim() === '')) continue;
    if (cell('name').trim() === '') {
      throw new DossierFailure('invalid_input', `${where}: the name is empty; every row needs a tag name.`);
    }
    const parent = columns.includes('parent') ? cell('parent') : undefined;
    entries.push({
      name: cell('name'),
      parent: parent === undefined || parent.trim() !== '' ? parent : null,
      color: cell('colour'),
      description: cell('description'),
      where,
    });
  }
  return { entries, warnings };
}

function parseRows(fileName: string, text: string, delimiter: string): Row[] {
  try {
    const parsed = parse(text, {
      delimiter,
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count_less: true,
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
    return parsed.map(({ record, info, raw }) => ({
      record,
      // `info.lines` is where the record ends; its raw text (less skipped blank lines) says how many lines it spans.
      line: info.lines - (raw.replace(/^\n+|\n$/g, '').match(/\n/g)?.length ?? 0),
    }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : undefined;
    throw new DossierFailure(
      'invalid_input',
      `${line ? `line ${line} of ` : ''}${fileName}: ${explain(error, delimiter)}`,
    );
  }
}

function explain(error: CsvError, delimiter: string): string {
  switch (error.code) {
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'text follows a closing quote; a field with quotes in it must be quoted whole, each inner quote doubled ("").';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed; check for a missing quote (") before the end of the file.';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `more fields than the header has columns; put quotes around a field that contains “${delimiter}”.`;
    default:
      return `${error.message}.`;
  }
}
