/**
 * Schema v4: strings stored before the text hygiene rule (contract/text-hygiene.ts) lose their
 * control characters, so an old library shows and prints nothing a newer one could not store.
 * Only rows holding a control character are rewritten.
 *
 * - Single-line values (titles, sources, authors, file names, URLs, tag names, change labels):
 *   CR LF, CR, LF and tab become a space, every other C0/C1 control is removed.
 * - Notes and event descriptions: CR LF and CR become LF, tab a space, other controls removed.
 * - Document text and the quote, prefix and suffix of highlights: every control but LF becomes a
 *   space, one code unit for one, so block and highlight offsets stay valid. The content hash is
 *   left as it was (the indexed words do not change: a control already separated words as a
 *   space does).
 * - The same for the before/after images in the change log, so undo cannot bring a control back.
 * - A cleaned tag name that meets another tag's name keeps the first 8 characters of its id.
 * NFC is not applied: text was normalized when it was decoded, and NFC could move offsets.
 *
 * Written in TypeScript rather than SQL: SQL's GLOB over every text and change-log image took
 * about 10 s at 10,000 documents, a scan here a fraction of a second.
 */
import type { Db } from '../open';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- as above; LF is allowed in multi-line values
const ANY_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

type Rule = (value: string) => string;
const singleLine: Rule = (v) => v.replace(/\r\n|[\t\n\r]/g, ' ').replace(OTHER_CONTROLS, '');
const multiLine: Rule = (v) => v.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(OTHER_CONTROLS, '');
const sameLength: Rule = (v) => v.replace(/[\t\r]/g, ' ').replace(OTHER_CONTROLS, ' ');

const isDirty = (value: unknown, rule: Rule): value is string =>
  typeof value === 'string' && (ANY_CONTROL.test(value) || (rule === singleLine && value.includes('\n')));

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
  change_sets: { label: singleLine },
};

/** The cleaned values of a row's dirty columns, or null when it is clean. */
function cleaned(row: Record<string, unknown>, columns: Record<string, Rule>): Record<string, string> | null {
  const changes: Record<string, string> = {};
  let dirty = false;
  for (const [column, rule] of Object.entries(columns)) {
    const value = row[column];
    if (isDirty(value, rule)) {
      changes[column] = rule(value);
      dirty = true;
    }
  }
  return dirty ? changes : null;
}

function cleanTable(db: Db, table: string, columns: Record<string, Rule>): void {
  const rows = db.prepare(`SELECT rowid AS rid, ${Object.keys(columns).join(', ')} FROM ${table}`).all() as Record<
    string,
    unknown
  >[];
  for (const row of rows) {
    const changes = cleaned(row, columns);
    if (!changes) continue;
    const sets = Object.keys(changes).map((column) => `${column} = @${column}`);
    const update = db.prepare(`UPDATE ${table} SET ${sets.join(', ')} WHERE rowid = @rid`);
    try {
      update.run({ ...changes, rid: row.rid });
    } catch (error) {
      if (table !== 'tags' || !String(error).includes('UNIQUE')) throw error;
      const id = db.prepare('SELECT id FROM tags WHERE rowid = ?').pluck().get(row.rid) as string;
      update.run({ name: `${changes.name ?? ''} (${id.slice(0, 8)})`, rid: row.rid });
    }
  }
}

/** The change log's row images are JSON: cleaned field by field, rewritten only when dirty. */
function cleanImages(db: Db): void {
  const rows = db.prepare(`SELECT rowid AS rid, table_name, before_json, after_json FROM change_log`).all() as {
    rid: number;
    table_name: string;
    before_json: string | null;
    after_json: string | null;
  }[];
  const update = db.prepare('UPDATE change_log SET before_json = ?, after_json = ? WHERE rowid = ?');
  for (const row of rows) {
    const columns = rules[row.table_name];
    if (!columns) continue;
    const images = [row.before_json, row.after_json].map((json) => {
      if (json === null) return { json, dirty: false };
      const image = JSON.parse(json) as Record<string, unknown>;
      const changes = cleaned(image, columns);
      return changes ? { json: JSON.stringify({ ...image, ...changes }), dirty: true } : { json, dirty: false };
    });
    if (images.some((image) => image.dirty)) update.run(images[0]?.json ?? null, images[1]?.json ?? null, row.rid);
  }
}

export function up(db: Db): void {
  for (const [table, columns] of Object.entries(rules)) cleanTable(db, table, columns);
  cleanImages(db);
}
