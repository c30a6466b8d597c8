/**
 * What every service shares: the database and repositories, the active project, the clock,
 * and `mutate`, the one way to change user data (a transaction, a change set, change events).
 */
import { randomUUID } from 'node:crypto';
import type { ChangedEntity } from '../../contract';
import type { Db } from '../db/open';
import { BriefRepo } from '../repos/brief-repo';
import { DocumentsRepo } from '../repos/documents-repo';
import { EventsRepo } from '../repos/events-repo';
import { HighlightsRepo } from '../repos/highlights-repo';
import { HistoryRepo } from '../repos/history-repo';
import { TagsRepo } from '../repos/tags-repo';
import type { UserTable } from '../repos/tables';
import { Writer, type ChangeKind } from '../repos/writer';

export interface Repos {
  documents: DocumentsRepo;
  highlights: HighlightsRepo;
  tags: TagsRepo;
  events: EventsRepo;
  history: HistoryRepo;
  brief: BriefRepo;
}

export interface Context {
  db: Db;
  projectId: string;
  repos: Repos;
  now(): string;
  newId(): string;
  mutate<T>(label: string, fn: (writer: Writer) => T, kind?: ChangeKind, reverts?: number): T;
}

/** Called after each commit with the tables it wrote and the ids of the documents among them. */
export type ChangeListener = (tables: ReadonlySet<UserTable>, documents: ReadonlySet<string>) => void;

const entityOf: Record<UserTable, ChangedEntity | null> = {
  projects: null,
  documents: 'documents',
  highlights: 'highlights',
  tags: 'tags',
  highlight_tags: 'tags',
  events: 'events',
  event_highlights: 'events',
  highlight_links: 'highlights',
  brief_drafts: 'brief',
};

export function changedEntities(tables: ReadonlySet<UserTable>): ChangedEntity[] {
  const entities = new Set<ChangedEntity>();
  for (const table of tables) {
    const entity = entityOf[table];
    if (entity) entities.add(entity);
  }
  if (entities.has('documents')) entities.add('highlights');
  return [...entities];
}

export function createContext(db: Db, projectId: string, clock: () => Date, onChange: ChangeListener): Context {
  return {
    db,
    projectId,
    repos: {
      documents: new DocumentsRepo(db, projectId),
      highlights: new HighlightsRepo(db, projectId),
      tags: new TagsRepo(db, projectId),
      events: new EventsRepo(db, projectId),
      history: new HistoryRepo(db),
      brief: new BriefRepo(db),
    },
    now: () => clock().toISOString(),
    newId: () => randomUUID(),
    mutate(label, fn, kind = 'do', reverts) {
      let touched: ReadonlySet<UserTable> = new Set();
      let documents: ReadonlySet<string> = new Set();
      const result = db.transaction(() => {
        const writer = Writer.begin(db, projectId, label, clock().toISOString(), kind, reverts);
        const value = fn(writer);
        writer.discardIfEmpty();
        touched = writer.touched;
        documents = writer.documents;
        return value;
      })();
      if (touched.size > 0) onChange(touched, documents);
      return result;
    },
  };
}
