/** Maps each core method of the contract to its service call. Inputs arrive already parsed. */
import type { z } from 'zod';
import type { CoreMethodName, LibraryMethodName, MethodOutput, Methods } from '../contract';
import type { SearchEngine } from './search/engine';
import * as annotations from './services/annotation-service';
import * as briefDraft from './services/brief-draft-service';
import * as codebook from './services/codebook-service';
import * as codebookViews from './services/codebook-views';
import * as bulk from './services/document-bulk-service';
import * as grading from './services/grading-service';
import { exportBrief, previewBrief } from './services/brief-service';
import * as exchange from './services/codebook-exchange-service';
import { exportData } from './services/data-export-service';
import type { Context } from './services/context';
import * as history from './services/history-service';
import type { ImportJobs } from './services/import-jobs';
import * as library from './services/library-service';
import { resolveLink } from './services/links-service';
import * as portable from './services/portable-service';
import { replaceDocument } from './services/replace-service';
import * as timeline from './services/timeline-service';
import { documentDates } from './timeline/document-dates';

/** Methods that work inside one project (the call's); the library's own are in library-handlers.ts. */
export type ScopedMethodName = Exclude<CoreMethodName, LibraryMethodName | 'documents.copy'>;

export type Handlers = {
  [M in ScopedMethodName]: (input: z.output<Methods[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface HandlerDeps {
  search: SearchEngine;
  clock: () => Date;
  info: () => MethodOutput<'library.info'>;
  /** The project's name now (it can be renamed while open). */
  projectName: () => string;
  /** Running imports: parsed in workers, with progress and cancel. */
  imports: ImportJobs;
}

export function createHandlers(ctx: Context, deps: HandlerDeps): Handlers {
  return {
    'library.info': () => deps.info(),
    'documents.list': () => library.listDocuments(ctx),
    'documents.get': ({ id }) => library.getDocument(ctx, id),
    'documents.dates': ({ id, reference }) => documentDates(library.getDocument(ctx, id), reference),
    'documents.import': ({ files, jobId, batch }) =>
      deps.imports.run(
        jobId,
        (run) => library.importBase64(ctx, files, run),
        batch && { ...batch, files: files.length },
      ),
    'documents.update': (input) => library.updateDocument(ctx, input),
    'documents.gradeSource': (input) => grading.gradeSource(ctx, input),
    'documents.delete': ({ id }) => (library.deleteDocument(ctx, id), {}),
    'documents.deleteMany': ({ ids }) => bulk.deleteDocuments(ctx, ids),
    'documents.tagWhole': ({ ids, tag }) => bulk.tagWholeDocuments(ctx, ids, tag),
    'documents.replace': ({ id, file }) =>
      deps.imports.run(undefined, (run) =>
        replaceDocument(ctx, id, { name: file.name, bytes: Buffer.from(file.contentBase64, 'base64') }, run),
      ),
    'search.query': ({ q, limit }) => deps.search.query(q, limit ?? 50),
    'search.status': () => deps.search.refreshStatus(),
    'import.cancel': ({ jobId }) => ({ cancelled: deps.imports.cancel(jobId) }),
    'highlights.create': (input) => annotations.createHighlight(ctx, input),
    'highlights.update': (input) => annotations.updateHighlight(ctx, input),
    'highlights.setTags': (input) => annotations.setTags(ctx, input),
    'highlights.addTag': (input) => annotations.changeTag(ctx, input, 'add'),
    'highlights.removeTag': (input) => annotations.changeTag(ctx, input, 'remove'),
    'highlights.delete': ({ id }) => (annotations.deleteHighlight(ctx, id), {}),
    'highlights.place': (input) => annotations.placeHighlight(ctx, input),
    'highlights.link': (input) => grading.linkHighlights(ctx, input),
    'highlights.unlink': (input) => grading.unlinkHighlights(ctx, input),
    'highlights.links': ({ id }) => grading.highlightLinks(ctx, id),
    'tags.list': () => codebook.listTags(ctx),
    'tags.passages': (input) => codebookViews.tagPassages(ctx, input),
    'tags.create': (input) => codebook.createTag(ctx, input),
    'tags.rename': (input) => codebook.renameTag(ctx, input),
    'tags.update': (input) => codebook.updateTag(ctx, input),
    'tags.move': (input) => codebook.moveTag(ctx, input),
    'tags.merge': (input) => codebook.mergeTags(ctx, input),
    'tags.delete': ({ id }) => codebook.deleteTag(ctx, id),
    'tags.matrix': (input) => codebookViews.codebookMatrix(ctx, input),
    'tags.cooccurrence': (input) => codebookViews.cooccurrence(ctx, input),
    'codebook.export': ({ format }) => exchange.exportCodebook(ctx, format, deps.projectName()),
    'codebook.import': (input) => exchange.importCodebook(ctx, input),
    'events.list': () => timeline.listEvents(ctx),
    'events.create': (input) => timeline.createEvent(ctx, input),
    'events.update': (input) => timeline.updateEvent(ctx, input),
    'events.link': ({ id, highlightId }) => timeline.linkPassage(ctx, id, highlightId),
    'events.unlink': ({ id, highlightId }) => timeline.unlinkPassage(ctx, id, highlightId),
    'events.delete': ({ id }) => (timeline.deleteEvent(ctx, id), {}),
    'export.brief': (input) => exportBrief(ctx, deps.projectName(), input, deps.clock()),
    'brief.preview': (input) => previewBrief(ctx, deps.projectName(), input, deps.clock()),
    'export.data': (input) => exportData(ctx, deps.projectName(), input, deps.clock()),
    'links.resolve': ({ link }) => resolveLink(ctx, link),
    'export.qdpx': () => portable.exportQdpx(ctx, deps.projectName(), deps.clock()),
    'bundle.export': () => portable.exportBundle(ctx, deps.clock()),
    'brief.get': () => briefDraft.getDraft(ctx),
    'brief.save': (input) => briefDraft.saveDraft(ctx, input),
    'history.undo': () => ({ undone: history.undo(ctx) }),
    'history.redo': () => ({ redone: history.redo(ctx) }),
  };
}
