/**
 * Projects: the investigations of one library. Every other core method works inside one project,
 * chosen per call (`CallScope`); these methods work on the library's list of projects, and carry
 * a document or a whole project (a .dossier bundle, a .qdpx) from one project or library to another.
 * Kept apart from methods.ts like brief.ts; `methods` spreads this map in.
 */
import { z } from 'zod';
import { lineString } from './clean-string';
import { DocumentId } from './models';

const Count = z.number().int().nonnegative();

/** A project's id, or its name (any case), as the CLI's `--project` takes it. */
export const ProjectRef = lineString().trim().min(1, 'Name a project by its name or id').max(200);
export const ProjectName = lineString()
  .trim()
  .min(1, 'A project needs a name')
  .max(120, 'A project name has at most 120 characters');

/** Which project a call works on; absent, the project used last. */
export const CallScope = z.object({ project: ProjectRef.optional() }).strict();
export type CallScope = z.infer<typeof CallScope>;

export const ProjectSummary = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  documentCount: Count,
  highlightCount: Count,
  tagCount: Count,
  eventCount: Count,
});
export type ProjectSummary = z.infer<typeof ProjectSummary>;

const BundleFile = z.object({
  fileName: lineString().min(1).max(255),
  contentBase64: z.base64('The file must be base64-encoded').max(200_000_000, 'That file is larger than 150 MB'),
});

/** How an import of a whole project landed: a new project, or merged into one that was there. */
const ProjectImportReport = z.object({
  project: ProjectSummary,
  mode: z.enum(['new', 'merge']),
  /** Rows added per table; in a merge, rows already there (same content) are counted in `unchanged`. */
  added: z.record(z.string(), Count),
  unchanged: z.record(z.string(), Count),
  warnings: z.array(z.string()),
});
export type ProjectImportReport = z.infer<typeof ProjectImportReport>;

export const projectMethods = {
  /** Every live project, oldest first, and the one used last (the default for calls that name none). */
  'projects.list': {
    input: z.object({}).strict(),
    output: z.object({ projects: z.array(ProjectSummary), current: z.string() }),
  },
  'projects.create': { input: z.object({ name: ProjectName }).strict(), output: ProjectSummary },
  'projects.rename': { input: z.object({ project: ProjectRef, name: ProjectName }).strict(), output: ProjectSummary },
  /** Makes a project the one used last, so a client or the CLI that names none works on it next. */
  'projects.open': { input: z.object({ project: ProjectRef }).strict(), output: ProjectSummary },
  /**
   * Deletes a project: it leaves the list at once and a .dossier bundle of it is written to the
   * backups folder (`backup`); `projects.restore` brings it back until the library closes, when it is
   * removed for good. The library keeps at least one project.
   */
  'projects.delete': {
    input: z.object({ project: ProjectRef }).strict(),
    output: z.object({ deleted: ProjectSummary, backup: z.string() }),
  },
  'projects.restore': { input: z.object({ id: lineString().min(1).max(64) }).strict(), output: ProjectSummary },
  /**
   * Copies documents of the call's project into another (text, blocks and metadata; with
   * `withHighlights` their highlights, notes, grades and tags too). `move` deletes them here after,
   * in this project's undo history. A document already in the target (same content) is skipped.
   */
  'documents.copy': {
    input: z
      .object({
        ids: z.array(DocumentId).min(1).max(10_000),
        toProject: ProjectRef,
        withHighlights: z.boolean().default(false),
        move: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ copied: Count, skipped: Count, highlights: Count, project: ProjectSummary }),
  },
  /** What a .dossier bundle holds, and which project of this library it would merge into (null: none). */
  'bundle.inspect': {
    input: z.object({ file: BundleFile }).strict(),
    output: z.object({
      project: z.object({ id: z.string(), name: z.string() }),
      counts: z.record(z.string(), Count),
      existing: ProjectSummary.nullable(),
    }),
  },
  /**
   * A .dossier bundle into this library: as a new project (named `as`, else the bundle's name, made
   * unique), or `merge`d into the project it came from (same id, else same name): the same document
   * (by content hash) gets the bundle's annotations it lacks; nothing is duplicated.
   */
  'bundle.import': {
    input: z
      .object({
        file: BundleFile,
        as: ProjectName.optional(),
        merge: z.boolean().default(false),
      })
      .strict(),
    output: ProjectImportReport,
  },
  /** A REFI-QDA .qdpx (text sources and their codings, as QualCoder writes them) as a new project. */
  'import.qdpx': {
    input: z.object({ file: BundleFile, as: ProjectName.optional() }).strict(),
    output: ProjectImportReport.extend({ skipped: z.array(z.string()) }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Methods that work on the library's projects rather than inside the call's project. */
export const libraryMethods = [
  'projects.list',
  'projects.create',
  'projects.rename',
  'projects.open',
  'projects.delete',
  'projects.restore',
  'bundle.inspect',
  'bundle.import',
  'import.qdpx',
] as const;
export type LibraryMethodName = (typeof libraryMethods)[number];
export const isLibraryMethod = (name: string): name is LibraryMethodName =>
  (libraryMethods as readonly string[]).includes(name);
