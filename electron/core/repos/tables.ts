/**
 * The tables that hold user data, with their primary keys. The change log and undo work on
 * these by name, so only names listed here can ever reach a generated SQL statement.
 */
export const userTables = {
  projects: ['id'],
  documents: ['id'],
  highlights: ['id'],
  tags: ['id'],
  highlight_tags: ['highlight_id', 'tag_id'],
  events: ['id'],
  event_highlights: ['event_id', 'highlight_id'],
  highlight_links: ['from_id', 'to_id'],
  brief_drafts: ['id'],
} as const satisfies Record<string, readonly string[]>;

export type UserTable = keyof typeof userTables;
export type Row = Record<string, string | number | null>;

export const isUserTable = (name: string): name is UserTable => Object.hasOwn(userTables, name);

export function keyOf(table: UserTable, row: Row): Row {
  const key: Row = {};
  for (const column of userTables[table]) key[column] = row[column] ?? null;
  return key;
}

const identifier = /^[a-z_]+$/;

/** Column names come from our own rows, but a generated statement still refuses anything odd. */
export function checkedColumns(row: Row): string[] {
  const columns = Object.keys(row);
  for (const column of columns) {
    if (!identifier.test(column)) throw new Error(`Refusing column name ${JSON.stringify(column)}`);
  }
  return columns;
}
