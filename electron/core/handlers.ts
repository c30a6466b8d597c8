/** Maps each core method of the contract to its service call. Inputs arrive already parsed. */
import type { z } from 'zod';
import type { CoreMethodName, MethodOutput, Methods } from '../contract';
import type { SearchIndex } from './search/search-index';
import * as annotations from './services/annotation-service';
import { exportBrief } from './services/brief-service';
import type { Context } from './services/context';
import * as history from './services/history-service';
import * as library from './services/library-service';
import { replaceDocument } from './services/replace-service';
import * as timeline from './services/timeline-service';

export type Handlers = {
  [M in CoreMethodName]: (input: z.output<Methods[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface HandlerDeps {
  search: SearchIndex;
  clock: () => Date;
  info: () => MethodOutput<'library.info'>;
  projectName: string;
}

export function createHandlers(ctx: Context, deps: HandlerDeps): Handlers {
  return {
    'library.info': () => deps.info(),
    'documents.list': () => library.listDocuments(ctx),
    'documents.get': ({ id }) => library.getDocument(ctx, id),
    'documents.import': ({ files }) => library.importBase64(ctx, files),
    'documents.update': (input) => library.updateDocument(ctx, input),
    'documents.delete': ({ id }) => (library.deleteDocument(ctx, id), {}),
    'documents.replace': ({ id, file }) =>
      replaceDocument(ctx, id, { name: file.name, bytes: Buffer.from(file.contentBase64, 'base64') }),
    'search.query': ({ q, limit }) => {
      // Interim: documents only, from the in-thread index, until the search engine lands.
      const { hits, total } = deps.search.search(q, limit);
      const none = { hits: [], total: 0, atLeast: false };
      return {
        documents: { hits, total, atLeast: false },
        highlights: none,
        tags: none,
        events: none,
        status: { state: 'ready', indexed: total, total, message: null },
        notice: null,
      };
    },
    'search.status': () => ({ state: 'ready', indexed: 0, total: 0, message: null }),
    'import.cancel': () => ({ cancelled: false }),
    'highlights.create': (input) => annotations.createHighlight(ctx, input),
    'highlights.update': (input) => annotations.updateHighlight(ctx, input),
    'highlights.setTags': (input) => annotations.setTags(ctx, input),
    'highlights.delete': ({ id }) => (annotations.deleteHighlight(ctx, id), {}),
    'highlights.place': (input) => annotations.placeHighlight(ctx, input),
    'tags.list': () => annotations.listTags(ctx),
    'tags.passages': ({ id }) => annotations.tagPassages(ctx, id),
    'tags.rename': (input) => annotations.renameTag(ctx, input),
    'events.list': () => timeline.listEvents(ctx),
    'events.create': (input) => timeline.createEvent(ctx, input),
    'events.update': (input) => timeline.updateEvent(ctx, input),
    'events.link': ({ id, highlightId }) => timeline.linkPassage(ctx, id, highlightId),
    'events.unlink': ({ id, highlightId }) => timeline.unlinkPassage(ctx, id, highlightId),
    'events.delete': ({ id }) => (timeline.deleteEvent(ctx, id), {}),
    'export.brief': ({ title }) => exportBrief(ctx, deps.projectName, title, deps.clock()),
    'history.undo': () => ({ undone: history.undo(ctx) }),
    'history.redo': () => ({ redone: history.redo(ctx) }),
  };
}
