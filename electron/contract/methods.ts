/**
 * The one API: every method any client may call, with the schema of its input and output.
 * Main (IPC), the web host (HTTP), the CLI and the renderer are all typed from this map,
 * and the IPC and HTTP handlers are registered by iterating it, so a method exists everywhere or nowhere.
 */
import { z } from 'zod';
import {
  DocumentDetail,
  DocumentId,
  DocumentSummary,
  EventId,
  Highlight,
  HighlightColor,
  HighlightId,
  ImportFile,
  ImportReport,
  PartialDate,
  Passage,
  TagId,
  TagSummary,
  TimelineEvent,
} from './models';
import { MAX_FILES_PER_CALL } from './import-batches';
import { SearchResponse, SearchStatus } from './search';
import { DocumentDates, ReferenceDate } from './date-proposals';
import { lineString, proseString } from './clean-string';

const Empty = z.object({}).strict();
/** Chosen by the client so it can follow (`import.progress`) and cancel (`import.cancel`) its import. */
const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'A job id is 1–64 letters, digits, _ or -');
/** Single-line text (titles, names, queries) and multi-line text (notes, descriptions), both cleaned. */
const text = (max: number) => lineString().max(max);
const prose = (max: number) => proseString().max(max);
const EventDateInput = text(120).trim().min(1, 'An event needs a date, such as 2024-03-05, March 2024 or about 2024');
const TagName = lineString().trim().min(1, 'A tag needs a name').max(80);

export const methods = {
  'library.info': {
    input: Empty,
    output: z.object({
      dataDir: z.string(),
      projectName: z.string(),
      documentCount: z.number().int(),
      platform: z.enum(['electron', 'web', 'cli']),
    }),
  },
  'documents.list': { input: Empty, output: z.array(DocumentSummary) },
  'documents.get': { input: z.object({ id: DocumentId }), output: DocumentDetail },
  /** Dates proposed from a document's text, resolved against `reference` or else its published date. Read-only. */
  'documents.dates': {
    input: z.object({ id: DocumentId, reference: ReferenceDate.optional() }),
    output: DocumentDates,
  },
  /**
   * One batch of files, parsed and stored in one transaction. A bigger import sends several calls with
   * the same `jobId`, each saying where it stands in the whole job (`batch`), so `import.progress`
   * counts over all of them and a cancel also refuses the batches still to come.
   */
  'documents.import': {
    input: z
      .object({
        files: z.array(ImportFile).min(1).max(MAX_FILES_PER_CALL),
        jobId: JobId.optional(),
        batch: z.object({ offset: z.number().int().nonnegative(), total: z.number().int().positive() }).optional(),
      })
      .refine((input) => !input.batch || input.batch.offset + input.files.length <= input.batch.total, {
        message: 'A batch cannot reach past the total of its import.',
      }),
    output: ImportReport,
  },
  /** Stops a running import (named by the `jobId` its calls pass): the batch under way and any after it are not stored. */
  'import.cancel': { input: z.object({ jobId: JobId }), output: z.object({ cancelled: z.boolean() }) },
  'documents.update': {
    input: z.object({
      id: DocumentId,
      title: text(500).trim().min(1, 'A title cannot be empty').optional(),
      source: text(500).nullable().optional(),
      author: text(500).nullable().optional(),
      publishedDate: PartialDate.nullable().optional(),
      url: lineString()
        .trim()
        .pipe(z.url({ protocol: /^https?$/, error: 'Use a web address starting with http:// or https://' }).max(2000))
        .nullable()
        .optional(),
      language: z
        .string()
        .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as en, fr or pt-BR')
        .nullable()
        .optional(),
    }),
    output: DocumentSummary,
  },
  'documents.delete': { input: z.object({ id: DocumentId }), output: z.object({}) },
  /** Replaces a document's text with a newer version of the file; its highlights are re-anchored or flagged. */
  'documents.replace': {
    input: z.object({ id: DocumentId, file: ImportFile }),
    output: z.object({
      document: DocumentSummary,
      reanchored: z.number().int().nonnegative(),
      needsReview: z.number().int().nonnegative(),
    }),
  },
  'search.query': {
    input: z.object({ q: text(500), limit: z.number().int().min(1).max(200).optional() }),
    output: SearchResponse,
  },
  'search.status': { input: Empty, output: SearchStatus },
  'highlights.create': {
    input: z.object({
      documentId: DocumentId,
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      color: HighlightColor,
      note: prose(20_000).optional(),
    }),
    output: Highlight,
  },
  'highlights.update': {
    input: z.object({ id: HighlightId, color: HighlightColor.optional(), note: prose(20_000).optional() }),
    output: Highlight,
  },
  'highlights.setTags': {
    input: z.object({ id: HighlightId, tags: z.array(TagName).max(50) }),
    output: Highlight,
  },
  /** Adds one tag by name to what the highlight has when the call arrives, so quick additions never overwrite each other. */
  'highlights.addTag': { input: z.object({ id: HighlightId, name: TagName }), output: Highlight },
  /** Removes one tag by name from what the highlight has when the call arrives. */
  'highlights.removeTag': { input: z.object({ id: HighlightId, name: TagName }), output: Highlight },
  'highlights.delete': { input: z.object({ id: HighlightId }), output: z.object({}) },
  /** Places a highlight on a new range of its document's text (for one that needs review). */
  'highlights.place': {
    input: z.object({ id: HighlightId, start: z.number().int().nonnegative(), end: z.number().int().positive() }),
    output: Highlight,
  },
  'tags.list': { input: Empty, output: z.array(TagSummary) },
  'tags.passages': { input: z.object({ id: TagId }), output: z.array(Passage) },
  'tags.rename': { input: z.object({ id: TagId, name: TagName }), output: TagSummary },
  'events.list': { input: Empty, output: z.array(TimelineEvent) },
  'events.create': {
    input: z.object({
      /** As the analyst typed it ("about March 2024", "Q1 2024", "2024-03..2024-05") or EDTF; stored as EDTF. */
      date: EventDateInput,
      title: text(500).trim().min(1, 'An event needs a title'),
      description: prose(20_000).optional(),
      highlightIds: z.array(HighlightId).max(200).optional(),
    }),
    output: TimelineEvent,
  },
  'events.update': {
    input: z.object({
      id: EventId,
      date: EventDateInput.optional(),
      title: text(500).trim().min(1, 'An event needs a title').optional(),
      description: prose(20_000).optional(),
    }),
    output: TimelineEvent,
  },
  'events.link': { input: z.object({ id: EventId, highlightId: HighlightId }), output: TimelineEvent },
  'events.unlink': { input: z.object({ id: EventId, highlightId: HighlightId }), output: TimelineEvent },
  'events.delete': { input: z.object({ id: EventId }), output: z.object({}) },
  'export.brief': {
    input: z.object({ title: text(300).optional() }),
    output: z.object({ markdown: z.string(), fileName: z.string() }),
  },
  'history.undo': { input: Empty, output: z.object({ undone: z.string().nullable() }) },
  'history.redo': { input: Empty, output: z.object({ redone: z.string().nullable() }) },
  /** Desktop only: native open dialog, then import the chosen files. `null` when cancelled. */
  'dialog.importFiles': { input: z.object({ jobId: JobId.optional() }), output: ImportReport.nullable() },
  /** Desktop only: native folder dialog, then import every supported file inside it. `null` when cancelled. */
  'dialog.importFolder': { input: z.object({ jobId: JobId.optional() }), output: ImportReport.nullable() },
  /** Desktop only: native save dialog, then write the brief. `null` when cancelled. */
  'dialog.exportBrief': {
    input: z.object({ title: text(300).optional() }),
    output: z.object({ path: z.string() }).nullable(),
  },
  /** Desktop only: native save dialog, then write an image the window drew (the timeline as SVG or PNG). */
  'dialog.saveImage': {
    input: z.object({
      fileName: text(200).regex(/^[^/\\]+\.(svg|png)$/, 'The file name must end in .svg or .png, with no folder'),
      contentBase64: z.base64('The image must be base64-encoded').max(70_000_000),
    }),
    output: z.object({ path: z.string() }).nullable(),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export const methodNames = Object.keys(methods) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);

/** Methods only the desktop shell implements (they need a native dialog). */
export const shellMethods = [
  'dialog.importFiles',
  'dialog.importFolder',
  'dialog.exportBrief',
  'dialog.saveImage',
] as const satisfies readonly MethodName[];
export type ShellMethodName = (typeof shellMethods)[number];
export type CoreMethodName = Exclude<MethodName, ShellMethodName>;
