/**
 * What one search returns: hits grouped by kind (documents, highlights and notes, tags, timeline
 * events), each with the matched words marked, plus the state of the index that answered.
 */
import { z } from 'zod';
import { DocumentId, EventId, HighlightColor, HighlightId, SearchHit } from './models';

/** A short text with the matched words marked: `marks` are [start, end) ranges into `text`. */
export const MarkedText = z.object({
  text: z.string(),
  marks: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type MarkedText = z.infer<typeof MarkedText>;

export const HighlightHit = z.object({
  highlightId: HighlightId,
  documentId: DocumentId,
  documentTitle: z.string(),
  color: HighlightColor,
  tags: z.array(z.string()),
  quote: MarkedText,
  /** The analyst's note, when it has one. */
  note: MarkedText.nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  score: z.number(),
});
export type HighlightHit = z.infer<typeof HighlightHit>;

export const TagHit = z.object({
  name: z.string(),
  count: z.number().int().nonnegative(),
  marks: MarkedText.shape.marks,
});
export type TagHit = z.infer<typeof TagHit>;

export const EventHit = z.object({
  eventId: EventId,
  /** The event's EDTF date and how it reads. */
  date: z.string(),
  dateLabel: z.string(),
  title: MarkedText,
  description: MarkedText.nullable(),
  score: z.number(),
});
export type EventHit = z.infer<typeof EventHit>;

const group = <T extends z.ZodType>(hit: T) =>
  z.object({
    hits: z.array(hit),
    /** How many matched in all; `hits` holds at most the requested limit. */
    total: z.number().int().nonnegative(),
    /** True when `total` is a lower bound (a phrase was verified only in the best candidates). */
    atLeast: z.boolean(),
  });

export const SearchStatus = z.object({
  /**
   * ready: every document is searchable. warming: the saved index is loading (results so far may
   * be incomplete). indexing: documents are being added to the index in the background.
   */
  state: z.enum(['ready', 'warming', 'indexing']),
  /** Documents searchable now, and documents in the library. */
  indexed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Plain words for the status line, e.g. "Rebuilding the search index (4,000 of 10,000)…". */
  message: z.string().nullable(),
});
export type SearchStatus = z.infer<typeof SearchStatus>;

export const SearchResponse = z.object({
  documents: group(SearchHit),
  highlights: group(HighlightHit),
  tags: group(TagHit),
  events: group(EventHit),
  status: SearchStatus,
  /** Something the analyst should know about how the query was read (an ignored filter, say). */
  notice: z.string().nullable(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

/** The query language, as the app's help shows it. One source for the help panel and the docs. */
export const searchSyntax: readonly { syntax: string; meaning: string; example: string }[] = [
  {
    syntax: 'words',
    meaning: 'Finds any of the words; results with all of them rank higher.',
    example: 'gang violence',
  },
  { syntax: '"exact phrase"', meaning: 'Only these words, in this order.', example: '"security support mission"' },
  { syntax: 'prefix*', meaning: 'Words that start with this.', example: 'deploy*' },
  { syntax: 'word~1', meaning: 'Words within one typo (use ~2 for two).', example: 'guteres~1' },
  { syntax: '-word', meaning: 'Leaves out results containing the word.', example: 'haiti -kenya' },
  { syntax: 'title:word', meaning: 'The word in the document title.', example: 'title:police' },
  { syntax: 'source:word', meaning: 'The word in the source or author.', example: 'source:reuters' },
  {
    syntax: 'tag:name',
    meaning: 'Only highlights with this tag or a tag under it in the codebook, and the documents they are in.',
    example: 'tag:funding',
  },
  { syntax: 'tag:=name', meaning: 'Only this tag, not the tags under it.', example: 'tag:="gang violence"' },
  {
    syntax: 'grade:B2',
    meaning: 'Passages graded B2: source reliability B, information credibility 2 (ungraded ones never match).',
    example: 'grade:B2',
  },
  {
    syntax: 'reliability:<=B',
    meaning: 'Sources graded B or better (A, B); also <, =, >=, >. A bare letter means exactly it.',
    example: 'reliability:<=B',
  },
  {
    syntax: 'credibility:<=3',
    meaning: 'Passages whose information is graded 3 or better (1, 2, 3); operators as for reliability.',
    example: 'credibility:<=3',
  },
  { syntax: 'doc:word', meaning: 'Only in documents whose title contains the word.', example: 'doc:kenya' },
  {
    syntax: 'color:name',
    meaning: 'Only highlights of this colour (yellow, green, blue, pink, purple).',
    example: 'color:pink',
  },
  {
    syntax: 'date:2024',
    meaning: 'Documents published, and events dated, in that year, month or day.',
    example: 'date:2024-06',
  },
  { syntax: 'date:A..B', meaning: 'Dates in a range; either end may be left open.', example: 'date:2023-10..2024-06' },
];
