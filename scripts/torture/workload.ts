/**
 * The torture run's stream of writes: a seeded mix of imports, highlights, notes, tags, events,
 * edits, deletions and undo, each with what the library must hold if its answer came back, and
 * what it holds if the write committed but its answer was lost to the kill.
 */
import type { Highlight, ImportReport, TimelineEvent } from '../../electron/contract';
import { cloneState, removeDocument, removeHighlight, type LibraryState } from './library-state';

export interface Write {
  method: string;
  payload: unknown;
  /** The state once the write committed, from its answer. */
  apply(before: LibraryState, value: unknown): LibraryState;
  /** The state once the write committed, when its answer was lost: new ids are read from the file. */
  committed(before: LibraryState, found: LibraryState): LibraryState;
  /** Whether it changes this state: a write that changes nothing leaves no step for undo. */
  changes(before: LibraryState): boolean;
}

/** A word every document of the run contains, so one query counts them all. */
export const COMMON_WORD = 'zcorpusq';
const FILLER = 'harbour customs ledger convoy ration tariff dockside cargo envoy treaty quarantine manifest'.split(' ');
const TAGS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'];

export class Workload {
  private serial = 0;

  constructor(private readonly random: () => number) {}

  /** The next write for this state, or null for an undo (which the caller models with its stack). */
  next(state: LibraryState, canUndo: boolean): Write | 'undo' {
    const docs = [...state.docs.keys()];
    const highlights = [...state.highlights.keys()];
    const events = [...state.events.keys()];
    const roll = this.random();
    if (docs.length === 0 || roll < 0.14) return this.importFiles();
    if (canUndo && roll < 0.22) return 'undo';
    if (roll < 0.42) return this.createHighlight(this.pick(docs));
    if (highlights.length > 0 && roll < 0.52) return this.updateHighlight(this.pick(highlights));
    if (highlights.length > 0 && roll < 0.62) return this.setTags(this.pick(highlights));
    if (roll < 0.72) return this.createEvent(highlights);
    if (events.length > 0 && roll < 0.77) return this.updateEvent(this.pick(events));
    if (events.length > 0 && highlights.length > 0 && roll < 0.82) {
      return this.link(this.pick(events), this.pick(highlights));
    }
    if (roll < 0.9) return this.retitle(this.pick(docs));
    if (highlights.length > 0 && roll < 0.95) return this.deleteHighlight(this.pick(highlights));
    return this.deleteDocument(this.pick(docs));
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  private words(n: number): string {
    return Array.from({ length: n }, () => this.pick(FILLER)).join(' ');
  }

  /** One to four files in one call: all of them are stored, or none. Now and then a big one. */
  private importFiles(): Write {
    const count = 1 + Math.floor(this.random() * 4);
    const files = Array.from({ length: count }, () => {
      const n = ++this.serial;
      const size = this.random() < 0.05 ? 12_000 : 40 + Math.floor(this.random() * 300);
      const text = `Torture report ${n}\n\nThe ztk${n}x ${COMMON_WORD} ${this.words(size)}.\n`;
      return { n, title: `Torture report ${n}`, token: `ztk${n}x`, text };
    });
    const payload = {
      files: files.map((f) => ({ name: `torture-${f.n}.txt`, contentBase64: Buffer.from(f.text).toString('base64') })),
    };
    const withDocs = (before: LibraryState, ids: (string | undefined)[]) => {
      const s = cloneState(before);
      files.forEach((f, i) => s.docs.set(ids[i] ?? `(not stored: ${f.token})`, { title: f.title, token: f.token }));
      return s;
    };
    return {
      method: 'documents.import',
      payload,
      apply: (before, value) => {
        const { imported } = value as ImportReport;
        return withDocs(
          before,
          files.map((f) => imported.find((d) => d.title === f.title)?.id),
        );
      },
      changes: () => true,
      committed: (before, found) =>
        withDocs(
          before,
          files.map((f) => [...found.docs].find(([id, d]) => d.token === f.token && !before.docs.has(id))?.[0]),
        ),
    };
  }

  private createHighlight(documentId: string): Write {
    const note = `note-${++this.serial}`;
    const color = this.pick(COLORS);
    const start = Math.floor(this.random() * 30);
    const payload = { documentId, start, end: start + 5 + Math.floor(this.random() * 20), color, note };
    const withHighlight = (before: LibraryState, id: string | undefined) => {
      const s = cloneState(before);
      s.highlights.set(id ?? `(not stored: ${note})`, { documentId, color, note, tags: [] });
      return s;
    };
    return {
      method: 'highlights.create',
      payload,
      apply: (before, value) => withHighlight(before, (value as Highlight).id),
      changes: () => true,
      committed: (before, found) =>
        withHighlight(
          before,
          [...found.highlights].find(([id, h]) => h.note === note && !before.highlights.has(id))?.[0],
        ),
    };
  }

  private updateHighlight(id: string): Write {
    const note = `note-${++this.serial}`;
    const color = this.pick(COLORS);
    return this.edit('highlights.update', { id, note, color }, (s) => {
      const h = s.highlights.get(id);
      if (h) Object.assign(h, { note, color });
      return true;
    });
  }

  private setTags(id: string): Write {
    const tags = [...new Set(Array.from({ length: Math.floor(this.random() * 4) }, () => this.pick(TAGS)))];
    return this.edit('highlights.setTags', { id, tags }, (s) => {
      const h = s.highlights.get(id);
      if (!h || [...h.tags].sort().join() === [...tags].sort().join()) return false;
      h.tags = tags;
      return true;
    });
  }

  private createEvent(highlights: readonly string[]): Write {
    const title = `Event ${++this.serial}`;
    const date = `20${10 + Math.floor(this.random() * 15)}-0${1 + Math.floor(this.random() * 9)}-1${Math.floor(this.random() * 9)}`;
    const highlightIds = [...new Set(highlights.length > 0 ? [this.pick(highlights), this.pick(highlights)] : [])];
    const withEvent = (before: LibraryState, id: string | undefined) => {
      const s = cloneState(before);
      s.events.set(id ?? `(not stored: ${title})`, { title, date, highlightIds });
      return s;
    };
    return {
      method: 'events.create',
      payload: { date, title, description: `About ${this.words(6)}`, highlightIds },
      apply: (before, value) => withEvent(before, (value as TimelineEvent).id),
      changes: () => true,
      committed: (before, found) =>
        withEvent(before, [...found.events].find(([id, e]) => e.title === title && !before.events.has(id))?.[0]),
    };
  }

  private updateEvent(id: string): Write {
    const title = `Event ${++this.serial}`;
    return this.edit('events.update', { id, title }, (s) => {
      const e = s.events.get(id);
      if (e) e.title = title;
      return true;
    });
  }

  private link(id: string, highlightId: string): Write {
    return this.edit('events.link', { id, highlightId }, (s) => {
      const e = s.events.get(id);
      if (!e || e.highlightIds.includes(highlightId)) return false;
      e.highlightIds.push(highlightId);
      return true;
    });
  }

  private retitle(id: string): Write {
    const title = `Torture report retitled ${++this.serial}`;
    return this.edit('documents.update', { id, title }, (s) => {
      const d = s.docs.get(id);
      if (d) s.docs.set(id, { ...d, title });
      return true;
    });
  }

  private deleteHighlight(id: string): Write {
    return this.edit('highlights.delete', { id }, (s) => {
      removeHighlight(s, id);
      return true;
    });
  }

  private deleteDocument(id: string): Write {
    return this.edit('documents.delete', { id }, (s) => {
      removeDocument(s, id);
      return true;
    });
  }

  /**
   * A write that creates nothing, so the state after is known without reading the file; `change`
   * edits a copy of the state and says whether it changed anything.
   */
  private edit(method: string, payload: unknown, change: (s: LibraryState) => boolean): Write {
    const after = (before: LibraryState) => {
      const s = cloneState(before);
      change(s);
      return s;
    };
    return { method, payload, apply: after, committed: after, changes: (before) => change(cloneState(before)) };
  }
}
