/**
 * The brief and the data exports beside it, as methods: what the analyst chooses (scope, structure,
 * sections, their own summary and key judgments) and what comes back. Kept apart from methods.ts so
 * that file stays readable; `methods` spreads this map in, so every client sees one API.
 */
import type { Root as MdastRoot } from 'mdast';
import { z } from 'zod';
import { lineString, proseString } from './clean-string';
import { Credibility, Reliability } from './grades';
import { DocumentId, DocumentSummary, EventId, Highlight, HighlightId, TagId } from './models';

const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give dates as YYYY-MM-DD, such as 2024-03-05')
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(day).toISOString().startsWith(day), {
    message: 'That is not a real calendar date; give dates as YYYY-MM-DD',
  });

/** Which part of the project the brief covers; every criterion given narrows it, none means all. */
export const BriefScope = z.object({
  tags: z.object({ ids: z.array(TagId).max(500), includeSubTags: z.boolean() }).optional(),
  eventIds: z.array(EventId).max(2_000).optional(),
  dateRange: z
    .object({ from: IsoDay.optional(), to: IsoDay.optional() })
    .refine((r) => !r.from || !r.to || r.from <= r.to, { message: 'The date range ends before it starts' })
    .optional(),
  documentIds: z.array(DocumentId).max(10_000).optional(),
  /** "At least B3": the source B or better and the information 3 or better. */
  minGrade: z.object({ reliability: Reliability.optional(), credibility: Credibility.optional() }).optional(),
});
export type BriefScope = z.infer<typeof BriefScope>;

export const BriefStructure = z.enum(['chronological', 'tag', 'source']);
export type BriefStructure = z.infer<typeof BriefStructure>;

/** Sections to include; one left out keeps its default (every section is on). */
export const BriefSections = z.object({
  summary: z.boolean().optional(),
  keyJudgments: z.boolean().optional(),
  timeline: z.boolean().optional(),
  passagesByTag: z.boolean().optional(),
  sources: z.boolean().optional(),
});

export const BriefJudgment = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'A judgment id is 1–64 letters, digits, _ or -'),
  /** The analyst's Markdown. */
  text: proseString().max(20_000),
  citations: z.array(HighlightId).max(200),
});
export type BriefJudgment = z.infer<typeof BriefJudgment>;

export const BriefFormat = z.enum(['md', 'html', 'docx']);
export type BriefFormat = z.infer<typeof BriefFormat>;

export const DataExportKind = z.enum(['passages', 'timeline', 'annotations']);
export const DataExportFormat = z.enum(['csv', 'json']);

/** What the analyst chose, apart from the title: saved with the project's brief. */
export const BriefSettings = z.object({
  scope: BriefScope,
  structure: BriefStructure,
  sections: BriefSections,
});
export type BriefSettings = z.infer<typeof BriefSettings>;

/** The brief being composed, as saved with the project; `updatedAt` null until first saved. */
export const BriefDraft = BriefSettings.extend({
  title: z.string(),
  summary: z.string(),
  judgments: z.array(BriefJudgment),
  updatedAt: z.string().nullable(),
});
export type BriefDraft = z.infer<typeof BriefDraft>;

/**
 * What the analyst composed, as `brief.save`, `export.brief` and the preview take it; what a call
 * leaves out stays as saved (for the exports: comes from the saved brief).
 */
const BriefComposition = z.object({
  title: lineString().max(300).optional(),
  scope: BriefScope.optional(),
  structure: BriefStructure.optional(),
  sections: BriefSections.optional(),
  /** The analyst's Markdown. */
  summary: proseString().max(50_000).optional(),
  judgments: z.array(BriefJudgment).max(200).optional(),
});

export const exportMethods = {
  /** The project's brief as last saved (defaults before the first save). */
  'brief.get': { input: z.object({}).strict(), output: BriefDraft },
  /**
   * Saves what is given of the brief (the rest stays as saved), as one undo step. `export.brief`
   * falls back to the saved brief for anything its call leaves out, so the export is what was composed.
   */
  'brief.save': {
    input: BriefComposition,
    output: BriefDraft,
  },
  /**
   * The brief in one format. `content` is text for md and html, base64 for docx; `markdown` is
   * always the Markdown of the same tree, so a client that only knows Markdown keeps working.
   */
  'export.brief': {
    input: BriefComposition.extend({ format: BriefFormat.optional() }),
    output: z.object({ fileName: z.string(), format: BriefFormat, content: z.string(), markdown: z.string() }),
  },
  /**
   * The brief's syntax tree (mdast, as plain JSON) for the live preview: the very tree `export.brief`
   * serializes, so the preview shows what Export writes without parsing the Markdown again — which
   * takes seconds for a brief of thousands of passages. Takes what `export.brief` takes but the format.
   */
  'brief.preview': {
    input: BriefComposition,
    output: z.object({ tree: z.custom<MdastRoot>((value) => isRoot(value), 'Expected a Markdown syntax tree') }),
  },
  /** Passages (CSV or JSON), the timeline (TimelineJS CSV or JSON) or every annotation (JSON). */
  'export.data': {
    input: z
      .object({ kind: DataExportKind, format: DataExportFormat })
      .refine((input) => !(input.kind === 'annotations' && input.format === 'csv'), {
        message: 'Annotations export as JSON only (they nest tags, links and events); ask for format json.',
      }),
    output: z.object({
      fileName: z.string(),
      content: z.string(),
      /** Timeline CSV only: events with no date at all, which TimelineJS cannot place, left out. */
      skipped: z.number().int().nonnegative().optional(),
    }),
  },
  /** What a `dossier://open?doc=<id>&highlight=<id>` link points at now; `highlight` null for a document link. */
  'links.resolve': {
    input: z.object({ link: lineString().trim().min(1, 'Give a dossier:// link').max(2_000) }),
    output: z.object({
      document: DocumentSummary,
      highlight: Highlight.nullable(),
      quote: z.string().nullable(),
      status: Highlight.shape.status.nullable(),
    }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

function isRoot(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root';
}
