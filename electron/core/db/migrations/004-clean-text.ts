/**
 * Schema v4: strings stored before the text hygiene rule (contract/text-hygiene.ts) lose their
 * control characters, so an old library shows and prints nothing a newer one could not store.
 * Only rows holding a control character are rewritten.
 *
 * - Single-line values (titles, sources, authors, file names, tag names, change labels): CR LF,
 *   CR, LF and tab become a space, every other C0/C1 control is removed.
 * - Notes and event descriptions: CR LF and CR become LF, tab a space, other controls removed.
 * - Document text and the quote, prefix and suffix of highlights: every control but LF becomes a
 *   space, one code unit for one, so block and highlight offsets stay valid. The content hash is
 *   left as it was (SQLite cannot compute it, and the indexed words do not change: a control
 *   already separated words as a space does).
 * - The same for the before/after images in the change log, so undo cannot bring a control back.
 * NFC is not applied: SQLite cannot, and text was normalized when it was decoded.
 */

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** Every C0 control but tab, LF and CR, DEL and every C1 control. */
const OTHER_CONTROLS = [...range(0x00, 0x08), 0x0b, 0x0c, ...range(0x0e, 0x1f), ...range(0x7f, 0x9f)];

const replaceEach = (expr: string, codes: readonly number[], by: string) =>
  codes.reduce((e, code) => `replace(${e}, char(${code}), ${by})`, expr);

const singleLine = (expr: string) =>
  replaceEach(replaceEach(`replace(${expr}, char(13, 10), ' ')`, [9, 10, 13], "' '"), OTHER_CONTROLS, "''");
const multiLine = (expr: string) =>
  replaceEach(
    `replace(replace(replace(${expr}, char(13, 10), char(10)), char(13), char(10)), char(9), ' ')`,
    OTHER_CONTROLS,
    "''",
  );
const sameLength = (expr: string) => replaceEach(expr, [9, 13, ...OTHER_CONTROLS], "' '");

type Rule = (expr: string) => string;
const rules: Record<string, Record<string, Rule>> = {
  documents: {
    title: singleLine,
    source: singleLine,
    author: singleLine,
    file_name: singleLine,
    url: singleLine,
    text: sameLength,
  },
  highlights: { quote: sameLength, prefix: sameLength, suffix: sameLength, note: multiLine },
  tags: { name: singleLine },
  events: { title: singleLine, description: multiLine },
};

/** A GLOB class of the controls (NUL cannot be in a pattern, so it is looked for with instr). */
const globClass = (codes: readonly number[]) => `'*[' || char(${codes.filter((c) => c !== 0).join(', ')}) || ']*'`;
const dirty = (expr: string, singleLineValue: boolean) =>
  `(instr(${expr}, char(0)) > 0 OR ${expr} GLOB ${globClass(singleLineValue ? [9, 10, 13, ...OTHER_CONTROLS] : [9, 13, ...OTHER_CONTROLS])})`;

/**
 * NUL cannot be a replace() pattern, and text functions stop at it, so it is cut out byte-wise,
 * one at a time, by a recursive query (a space in text whose offsets must hold).
 */
function cutNuls(table: string, column: string, rule: Rule): string {
  const by = rule === sameLength ? "' '" : "''";
  return `WITH RECURSIVE cut(rid, b) AS (
      SELECT rowid, CAST(${column} AS BLOB) FROM ${table} WHERE instr(${column}, char(0)) > 0
      UNION ALL SELECT rid, CAST(substr(b, 1, instr(b, x'00') - 1) || ${by} || substr(b, instr(b, x'00') + 1) AS BLOB)
        FROM cut WHERE instr(b, x'00') > 0)
    UPDATE ${table} SET ${column} = (SELECT CAST(b AS TEXT) FROM cut WHERE rid = ${table}.rowid AND instr(b, x'00') = 0)
    WHERE instr(${column}, char(0)) > 0;`;
}

function cleanTable(table: string, columns: Record<string, Rule>): string {
  const sets = Object.entries(columns).map(([column, rule]) => `${column} = ${rule(column)}`);
  const where = Object.entries(columns).map(([column, rule]) => dirty(column, rule === singleLine));
  // A cleaned tag name can meet another tag's name: that one keeps a short suffix of its id.
  const verb = table === 'tags' ? 'UPDATE OR IGNORE' : 'UPDATE';
  return `${verb} ${table} SET ${sets.join(', ')} WHERE ${where.join(' OR ')};`;
}

/** JSON.stringify writes C0 controls as escapes (\u00XX, \t, \r, \b, \f) and C1 raw. */
const jsonMayHoldControls = (column: string) =>
  `(instr(${column}, '\\u00') > 0 OR instr(${column}, '\\t') > 0 OR instr(${column}, '\\r') > 0 ` +
  `OR instr(${column}, '\\b') > 0 OR instr(${column}, '\\f') > 0 OR ${column} GLOB ${globClass(range(0x7f, 0x9f))})`;

function cleanImages(table: string, columns: Record<string, Rule>): string {
  return ['before_json', 'after_json']
    .map((image) => {
      const sets = Object.entries(columns)
        .map(([column, rule]) => `'$.${column}', ${rule(`json_extract(${image}, '$.${column}')`)}`)
        .join(', ');
      return `UPDATE change_log SET ${image} = json_replace(${image}, ${sets})
        WHERE table_name = '${table}' AND ${image} IS NOT NULL AND ${jsonMayHoldControls(image)};`;
    })
    .join('\n');
}

const withLabels = { ...rules, change_sets: { label: singleLine } };

export const up = [
  ...Object.entries(withLabels).flatMap(([table, columns]) =>
    Object.entries(columns).map(([column, rule]) => cutNuls(table, column, rule)),
  ),
  // In the change log a NUL is the six characters \u0000 of its JSON (unless a backslash precedes
  // them); it becomes a space, as in document text, so a restored text keeps its offsets.
  ...['before_json', 'after_json'].map(
    (image) => `UPDATE change_log SET ${image} = replace(${image}, '\\u0000', ' ')
      WHERE instr(${image}, '\\u0000') > 0 AND instr(${image}, '\\\\u0000') = 0;`,
  ),
  ...Object.entries(rules).map(([table, columns]) => cleanTable(table, columns)),
  `UPDATE OR IGNORE tags SET name = ${singleLine('name')} || ' (' || substr(id, 1, 8) || ')' WHERE ${dirty('name', true)};`,
  `UPDATE change_sets SET label = ${singleLine('label')} WHERE ${dirty('label', true)};`,
  ...Object.entries(rules).map(([table, columns]) => cleanImages(table, columns)),
].join('\n');
