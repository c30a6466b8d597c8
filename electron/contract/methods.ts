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
  HighlightLink,
  HighlightLinkKind,
  ImportFile,
  ImportReport,
  PartialDate,
  Passage,
  TagColor,
  TagId,
  TagSummary,
  TimelineEvent,
} from './models';
import { Credibility, Reliability } from './grades';
import { exportMethods } from './brief';
import { portableMethods } from './portable';
import { projectMethods } from './projects';
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
/** The most documents one bulk call of the library list takes. */
export const MAX_BULK_DOCUMENTS = 100_000;

const TagName = lineString().trim().min(1, 'A tag needs a name').max(80);
const TagDescription = prose(5_000);
const TagPin = z.number().int().min(1, 'Pinned places run from 1 to 9').max(9, 'Pinned places run from 1 to 9');
/** Hides passages graded below it: "B3" keeps sources B or better carrying information 3 or better. */
const GradeThreshold = z.object({ reliability: Reliability.optional(), credibility: Credibility.optional() });
const CodebookFormat = z.enum(['qdc', 'csv']);
const CodebookCount = z.object({
  tagId: TagId,
  documentId: DocumentId,
  count: z.number().int().nonnegative(),
  totalCount: z.number().int().nonnegative(),
});

export const methods = {
  'library.info': {
    input: Empty,
    output: z.object({
      dataDir: z.string(),
      projectId: z.string(),
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
      /** The source's reliability A–F; null clears it. */
      reliability: Reliability.nullable().optional(),
    }),
    output: DocumentSummary,
  },
  /** Grades every document of a source (same name, ignoring case) at once; one undo step. */
  'documents.gradeSource': {
    input: z.object({
      source: text(500).trim().min(1, 'Name the source to grade'),
      reliability: Reliability.nullable(),
    }),
    output: z.object({ updated: z.number().int().nonnegative() }),
  },
  'documents.delete': { input: z.object({ id: DocumentId }), output: z.object({}) },
  /** Deletes several documents (those already gone are skipped) and their highlights as one change: one Undo restores all. */
  'documents.deleteMany': {
    input: z.object({ ids: z.array(DocumentId).min(1, 'Choose at least one document.').max(MAX_BULK_DOCUMENTS) }),
    output: z.object({ deleted: z.number().int().nonnegative() }),
  },
  /**
   * Codes whole documents with a tag (as QDA tools code a whole source): each gets a highlight over
   * all its text carrying the tag, or the tag goes on the one it has. One change. `tagged` counts
   * the documents that gained the tag, `created` the highlights made, `tag` the name as stored.
   */
  'documents.tagWhole': {
    input: z.object({
      ids: z.array(DocumentId).min(1, 'Choose at least one document.').max(MAX_BULK_DOCUMENTS),
      tag: TagName,
    }),
    output: z.object({
      tagged: z.number().int().nonnegative(),
      created: z.number().int().nonnegative(),
      tag: z.string(),
    }),
  },
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
      /** Tags by name, created in the codebook when new; all in the same undo step as the highlight. */
      tags: z.array(TagName).max(50).optional(),
      credibility: Credibility.optional(),
    }),
    output: Highlight,
  },
  'highlights.update': {
    input: z.object({
      id: HighlightId,
      color: HighlightColor.optional(),
      note: prose(20_000).optional(),
      /** The information's credibility 1–6; null clears it. */
      credibility: Credibility.nullable().optional(),
    }),
    output: Highlight,
  },
  /**
   * Names another passage that corroborates or contradicts this one (`id`); linking again
   * changes the kind. Returns this highlight's links, both ways.
   */
  'highlights.link': {
    input: z.object({ id: HighlightId, otherId: HighlightId, kind: HighlightLinkKind }),
    output: z.array(HighlightLink),
  },
  'highlights.unlink': {
    input: z.object({ id: HighlightId, otherId: HighlightId }),
    output: z.array(HighlightLink),
  },
  /** Passages this one names as corroborating or contradicting it, and those naming it. */
  'highlights.links': { input: z.object({ id: HighlightId }), output: z.array(HighlightLink) },
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
  /** The codebook in tree order: each parent before its children, siblings by name. */
  'tags.list': { input: Empty, output: z.array(TagSummary) },
  /**
   * Passages carrying a tag: with its sub-tags unless `exact`; optionally in one document, also
   * carrying `with`, not carrying `without` (either with its sub-tags), graded at least `threshold`.
   */
  'tags.passages': {
    input: z.object({
      id: TagId,
      exact: z.boolean().optional(),
      documentId: DocumentId.optional(),
      with: TagId.optional(),
      without: TagId.optional(),
      threshold: GradeThreshold.optional(),
    }),
    output: z.array(Passage),
  },
  'tags.create': {
    input: z.object({
      name: TagName,
      parentId: TagId.nullable().optional(),
      color: TagColor.nullable().optional(),
      description: TagDescription.optional(),
    }),
    output: TagSummary,
  },
  'tags.rename': { input: z.object({ id: TagId, name: TagName }), output: TagSummary },
  /** Changes what is given; `pin` takes the place from any tag holding it, null unpins. */
  'tags.update': {
    input: z.object({
      id: TagId,
      name: TagName.optional(),
      color: TagColor.nullable().optional(),
      description: TagDescription.optional(),
      pin: TagPin.nullable().optional(),
    }),
    output: TagSummary,
  },
  /** Puts a tag under another (null: at the top); refuses to put a tag under itself or its own sub-tags. */
  'tags.move': { input: z.object({ id: TagId, parentId: TagId.nullable() }), output: TagSummary },
  /** Every passage of `id` goes to `into` (a passage with both keeps one), its sub-tags too; `id` is removed. */
  'tags.merge': { input: z.object({ id: TagId, into: TagId }), output: TagSummary },
  /** Removes a tag from the codebook and from its passages; its sub-tags move up to its parent. */
  'tags.delete': {
    input: z.object({ id: TagId }),
    output: z.object({ passages: z.number().int().nonnegative(), subTags: z.number().int().nonnegative() }),
  },
  /** Code × document counts (own and with sub-tags) for cells that are not zero, under an optional grade threshold. */
  'tags.matrix': {
    input: z.object({ threshold: GradeThreshold.optional() }),
    output: z.object({
      documents: z.array(z.object({ id: DocumentId, title: z.string() })),
      cells: z.array(CodebookCount),
    }),
  },
  /** How many passages carry both tags of each pair (own tags, not sub-tags), for pairs that meet. */
  'tags.cooccurrence': {
    input: z.object({ threshold: GradeThreshold.optional() }),
    output: z.array(z.object({ a: TagId, b: TagId, count: z.number().int().positive() })),
  },
  /** The codebook as a REFI-QDA codebook (.qdc) or as CSV (name, parent, colour, description). */
  'codebook.export': {
    input: z.object({ format: CodebookFormat }),
    output: z.object({ content: z.string(), fileName: z.string() }),
  },
  /** Merges a .qdc or .csv codebook by tag name (case-insensitive) and reports what it changed. */
  'codebook.import': {
    input: z.object({ fileName: text(1024), content: z.string().max(20_000_000) }),
    output: z.object({
      created: z.array(z.string()),
      updated: z.array(z.string()),
      unchanged: z.number().int().nonnegative(),
      warnings: z.array(z.string()),
    }),
  },
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
  ...exportMethods,
  ...portableMethods,
  ...projectMethods,
  'history.undo': { input: Empty, output: z.object({ undone: z.string().nullable() }) },
  'history.redo': { input: Empty, output: z.object({ redone: z.string().nullable() }) },
  /** Desktop only: native open dialog, then import the chosen files. `null` when cancelled. */
  'dialog.importFiles': { input: z.object({ jobId: JobId.optional() }), output: ImportReport.nullable() },
  /** Desktop only: native folder dialog, then import every supported file inside it. `null` when cancelled. */
  'dialog.importFolder': { input: z.object({ jobId: JobId.optional() }), output: ImportReport.nullable() },
  /**
   * Desktop only: native save dialog, then write the brief in the format asked for (Markdown or HTML
   * as text, Word as bytes). Takes what `export.brief` takes, so it writes what the preview showed.
   * `null` when cancelled.
   */
  'dialog.exportBrief': {
    input: exportMethods['export.brief'].input,
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
  /** Desktop only: native save dialog, then write a text file (a codebook or a data export). */
  'dialog.saveText': {
    input: z.object({
      fileName: text(200).regex(
        /^[^/\\]+\.(qdc|csv|json)$/,
        'The file name must end in .qdc, .csv or .json, with no folder',
      ),
      content: z.string().max(20_000_000),
    }),
    output: z.object({ path: z.string() }).nullable(),
  },
  /**
   * Desktop only: native save dialog, then write a whole project the window exported (`bundle.export`
   * as .dossier, `export.qdpx` as .qdpx). The bytes come back through the window, base64-encoded.
   */
  'dialog.saveFile': {
    input: z.object({
      fileName: text(200).regex(
        /^[^/\\]+\.(dossier|qdpx)$/,
        'The file name must end in .dossier or .qdpx, with no folder',
      ),
      contentBase64: z.base64('The file must be base64-encoded').max(200_000_000, 'That file is larger than 150 MB'),
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
  'dialog.saveText',
  'dialog.saveFile',
] as const satisfies readonly MethodName[];
export type ShellMethodName = (typeof shellMethods)[number];
export type CoreMethodName = Exclude<MethodName, ShellMethodName>;
