/**
 * Domain models shared by core and every client. Schemas are the source of truth;
 * types are inferred from them so a payload that parses is exactly the type the code sees.
 * Everything here is JSON-only (dates are ISO strings) so the same contract runs over IPC and HTTP.
 */
import { z } from 'zod';
import { lineString } from './clean-string';
import { Credibility, Reliability } from './grades';

const id = <B extends string>(brand: B) => lineString().min(1).max(64).brand(brand);

export const DocumentId = id('DocumentId');
export const HighlightId = id('HighlightId');
export const TagId = id('TagId');
export const EventId = id('EventId');
export type DocumentId = z.infer<typeof DocumentId>;
export type HighlightId = z.infer<typeof HighlightId>;
export type TagId = z.infer<typeof TagId>;
export type EventId = z.infer<typeof EventId>;

/** A calendar date the analyst knows to a given precision: "2024", "2024-10" or "2024-10-01". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Use YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

export const BlockType = z.enum(['heading', 'paragraph', 'list_item', 'quote', 'code']);
export type BlockType = z.infer<typeof BlockType>;

/** A block is a range [start, end) of the document's normalized text, in UTF-16 code units. */
export const Block = z.object({
  type: BlockType,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  level: z.number().int().min(1).max(6).optional(),
  ordered: z.boolean().optional(),
  /** 1-based page of a paged source (PDF). */
  page: z.number().int().positive().optional(),
});
export type Block = z.infer<typeof Block>;

export const DocumentFormat = z.enum(['text', 'markdown', 'html', 'pdf', 'docx']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const DocumentSummary = z.object({
  id: DocumentId,
  title: z.string(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  publishedDate: PartialDate.nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  fileName: z.string(),
  format: DocumentFormat,
  wordCount: z.number().int().nonnegative(),
  highlightCount: z.number().int().nonnegative(),
  /** Highlights whose text changed under them when the file was replaced (status needs_review). */
  needsReviewCount: z.number().int().nonnegative(),
  /** Names of the tags on the document's highlights, each once, in name order. */
  tags: z.array(z.string()),
  importedAt: z.string(),
  /** The source's reliability (Admiralty A–F), null until graded. */
  reliability: Reliability.nullable(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const HighlightColor = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);
export type HighlightColor = z.infer<typeof HighlightColor>;

export const Highlight = z.object({
  id: HighlightId,
  documentId: DocumentId,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  color: HighlightColor,
  note: z.string(),
  tags: z.array(z.string()),
  status: z.enum(['anchored', 'needs_review']),
  createdAt: z.string(),
  /** The information's credibility (Admiralty 1–6), null until graded. */
  credibility: Credibility.nullable(),
  /** Its document's source reliability, repeated here so a passage card can show "B2". */
  reliability: Reliability.nullable(),
});
export type Highlight = z.infer<typeof Highlight>;

export const DocumentDetail = DocumentSummary.extend({
  text: z.string(),
  blocks: z.array(Block),
  highlights: z.array(Highlight),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

/** A codebook colour, "#rrggbb" in lower case. */
export const TagColor = lineString()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, 'A tag colour is written #rrggbb, for example #1f77b4');
export type TagColor = z.infer<typeof TagColor>;

export const TagSummary = z.object({
  id: TagId,
  name: z.string(),
  /** The tag this one sits under in the codebook tree; null at the top. */
  parentId: TagId.nullable(),
  color: z.string().nullable(),
  /** What the code means and when to use it. */
  description: z.string(),
  /** Its place (1–9) in the pinned set the digit keys apply; null when not pinned. */
  pin: z.number().int().min(1).max(9).nullable(),
  /** Passages carrying this tag itself. */
  count: z.number().int().nonnegative(),
  /** Passages carrying this tag or any tag under it, each counted once. */
  totalCount: z.number().int().nonnegative(),
});
export type TagSummary = z.infer<typeof TagSummary>;

/** A highlight seen from outside its document: enough to quote and cite it. */
export const Passage = z.object({
  highlight: Highlight,
  documentTitle: z.string(),
});
export type Passage = z.infer<typeof Passage>;

/** First and last ISO day an event's date may fall on; null for an open end ("before May 2024"). */
const BoundDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

export const TimelineEvent = z.object({
  id: EventId,
  /** EDTF (ISO 8601-2), e.g. "2024-03~", "2024-03/2024-05", "../2024-04-22": see contract/dates. */
  date: z.string(),
  /** How the date reads: "about March 2024", "March – May 2024", "before 22 April 2024". */
  dateLabel: z.string(),
  earliest: BoundDay,
  latest: BoundDay,
  title: z.string(),
  description: z.string(),
  passages: z.array(Passage),
  createdAt: z.string(),
  /** When the linked passages propose different dates: "sources disagree: 30 September 2024 vs October 2024". */
  disagreement: z.string().nullable(),
  /** The best and worst grade ("B2") of the linked passages; null when none is graded. */
  grade: z.object({ best: z.string(), worst: z.string() }).nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const HighlightLinkKind = z.enum(['corroborates', 'contradicts']);
export type HighlightLinkKind = z.infer<typeof HighlightLinkKind>;

/**
 * One corroboration link seen from a highlight. A link is made on the highlight it supports and
 * names the other: `outgoing` reads "this is corroborated (contradicted) by that passage",
 * `incoming` reads "this corroborates (contradicts) that passage".
 */
export const HighlightLink = z.object({
  kind: HighlightLinkKind,
  direction: z.enum(['outgoing', 'incoming']),
  passage: Passage,
});
export type HighlightLink = z.infer<typeof HighlightLink>;

export const SearchSnippet = z.object({
  /** Offsets into the document text of the snippet window. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Matched ranges, relative to `text`. */
  marks: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchSnippet = z.infer<typeof SearchSnippet>;

export const SearchHit = z.object({
  documentId: DocumentId,
  title: z.string(),
  /** The document's published date, which also orders hits of equal score. */
  publishedDate: PartialDate.nullable().optional(),
  score: z.number(),
  snippet: SearchSnippet.nullable(),
  /** The first matched range in the document text, for "open at the hit". */
  firstMatch: z.tuple([z.number().int(), z.number().int()]).nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const ImportFile = z.object({
  name: lineString().min(1).max(1024),
  /** File bytes, base64-encoded so the payload stays JSON. */
  contentBase64: z.string().max(140_000_000),
});
export type ImportFile = z.infer<typeof ImportFile>;

export const ImportReport = z.object({
  imported: z.array(DocumentSummary),
  duplicates: z.array(z.object({ name: z.string(), existingId: DocumentId, title: z.string() })),
  failed: z.array(z.object({ name: z.string(), message: z.string() })),
  /** Imported, but the analyst should know (e.g. a PDF whose text is partly unreadable). */
  warnings: z.array(z.object({ name: z.string(), message: z.string() })),
  /** Files a folder import passed over because Dossier does not read their format. */
  skipped: z.array(z.string()).optional(),
  /** Entries that are not regular files (named pipes, sockets, devices, symbolic links): never opened. */
  notFiles: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  /**
   * The analyst cancelled the import: the batch under way and those after it were not stored;
   * `imported` lists what the batches before the cancel added (often nothing).
   */
  cancelled: z.boolean().optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;
