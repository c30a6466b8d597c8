/**
 * The torture run's ledger: what the library must hold, built only from writes whose answer came
 * back, and the same shape read straight from the SQLite file after a restart, so the two can be
 * compared whole. Documents the run did not write (the sample project) are left out of both.
 */
import Database from 'better-sqlite3';

export interface DocState {
  title: string;
  /** A word only this document contains, for finding it by search. */
  token: string;
}
export interface HighlightState {
  documentId: string;
  color: string;
  note: string;
  tags: string[];
}
export interface EventState {
  title: string;
  date: string;
  highlightIds: string[];
}

export interface LibraryState {
  docs: Map<string, DocState>;
  highlights: Map<string, HighlightState>;
  events: Map<string, EventState>;
}

export const emptyState = (): LibraryState => ({ docs: new Map(), highlights: new Map(), events: new Map() });

export function cloneState(s: LibraryState): LibraryState {
  return {
    docs: new Map(s.docs),
    highlights: new Map([...s.highlights].map(([id, h]) => [id, { ...h, tags: [...h.tags] }])),
    events: new Map([...s.events].map(([id, e]) => [id, { ...e, highlightIds: [...e.highlightIds] }])),
  };
}

/** A document leaves with its highlights, and events lose their links to those. */
export function removeDocument(s: LibraryState, id: string): void {
  s.docs.delete(id);
  for (const [hid, h] of s.highlights) if (h.documentId === id) removeHighlight(s, hid);
}

export function removeHighlight(s: LibraryState, id: string): void {
  s.highlights.delete(id);
  for (const e of s.events.values()) e.highlightIds = e.highlightIds.filter((h) => h !== id);
}

/** One line per row, sorted: two states are equal when their lines are. */
function lines(s: LibraryState): string[] {
  const out: string[] = [];
  for (const [id, d] of s.docs) out.push(`document ${id} ${JSON.stringify(d.title)} token=${d.token}`);
  for (const [id, h] of s.highlights) {
    const tags = [...h.tags].sort().join(',');
    out.push(`highlight ${id} on ${h.documentId} ${h.color} note=${JSON.stringify(h.note)} tags=${tags}`);
  }
  for (const [id, e] of s.events) {
    out.push(`event ${id} ${e.date} ${JSON.stringify(e.title)} links=${[...e.highlightIds].sort().join(',')}`);
  }
  return out.sort();
}

/** The rows one state has and the other lacks, at most `max` of each; empty when they are equal. */
export function difference(expected: LibraryState, actual: LibraryState, max = 5): string[] {
  const want = lines(expected);
  const have = new Set(lines(actual));
  const wanted = new Set(want);
  const missing = want.filter((l) => !have.has(l));
  const extra = [...have].filter((l) => !wanted.has(l));
  return [
    ...missing.slice(0, max).map((l) => `missing: ${l}`),
    ...extra.slice(0, max).map((l) => `unexpected: ${l}`),
    ...(missing.length + extra.length > 2 * max ? [`(${missing.length} missing, ${extra.length} unexpected)`] : []),
  ];
}

export const sameState = (a: LibraryState, b: LibraryState): boolean => difference(a, b, 1).length === 0;

export interface FileCheck {
  integrity: string;
  foreignKeyViolations: number;
  state: LibraryState;
}

/** The run's documents carry `ztk<n>x` in their text: a word nothing else contains. */
export const TOKEN = /\bztk\d+x\b/;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * Reads the library file beside a running host (WAL lets a second connection read while it is
 * idle): SQLite's own checks, then every row the run could have written.
 */
export function readLibrary(file: string, baseline: ReadonlySet<string>, sqliteChecks = true): FileCheck {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    const integrity = sqliteChecks
      ? (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ')
      : 'ok';
    const foreignKeyViolations = sqliteChecks ? (db.pragma('foreign_key_check') as unknown[]).length : 0;
    const state = emptyState();
    const docs = db.prepare('SELECT id, title, text FROM documents').all() as {
      id: string;
      title: string;
      text: string;
    }[];
    for (const d of docs) {
      if (baseline.has(d.id)) continue;
      state.docs.set(d.id, { title: d.title, token: TOKEN.exec(d.text)?.[0] ?? '(none)' });
    }
    const tags = groupBy(
      db
        .prepare('SELECT ht.highlight_id AS hid, t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id')
        .all() as { hid: string; name: string }[],
      (t) => t.hid,
    );
    const highlights = db.prepare('SELECT id, document_id, color, note FROM highlights').all() as {
      id: string;
      document_id: string;
      color: string;
      note: string;
    }[];
    for (const h of highlights) {
      const names = (tags.get(h.id) ?? []).map((t) => t.name);
      state.highlights.set(h.id, { documentId: h.document_id, color: h.color, note: h.note, tags: names });
    }
    const links = groupBy(
      db.prepare('SELECT event_id, highlight_id FROM event_highlights').all() as {
        event_id: string;
        highlight_id: string;
      }[],
      (l) => l.event_id,
    );
    const events = db.prepare('SELECT id, title, date FROM events').all() as {
      id: string;
      title: string;
      date: string;
    }[];
    for (const e of events) {
      const highlightIds = (links.get(e.id) ?? []).map((l) => l.highlight_id);
      state.events.set(e.id, { title: e.title, date: e.date, highlightIds });
    }
    return { integrity, foreignKeyViolations, state };
  } finally {
    db.close();
  }
}
