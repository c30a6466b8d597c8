/**
 * One zod schema per table row of a bundle, with the store's column names. A bundle is input from
 * outside the library, so every row is checked before anything would be written: the contract's
 * enums and shapes (colours, grades, EDTF dates, highlight status, blocks, brief settings) and the
 * text hygiene rule (no control characters; no line breaks in single-line fields). Objects are
 * strict: a column this version does not know means a newer format, which bumps the format version.
 */
import { z } from 'zod';
import {
  Block,
  BriefJudgment,
  BriefSettings,
  Credibility,
  DocumentFormat,
  Highlight,
  HighlightColor,
  HighlightLinkKind,
  PartialDate,
  readEdtf,
  Reliability,
} from '../../contract';
import { userTables } from '../repos/tables';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL_BUT_LF = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

/** A single-line value: what the hygiene rule lets through (no control characters, no line break). */
const line = () =>
  z.string().refine((v) => !CONTROL_BUT_LF.test(v) && !v.includes('\n'), {
    message: 'holds a line break or a control character',
  });

/** Multi-line text (document text, quotes, notes): line feeds only, no other control character. */
const prose = () => z.string().refine((v) => !CONTROL_BUT_LF.test(v), { message: 'holds a control character' });

const id = () => line().min(1, 'is empty').max(64, 'is longer than 64 characters');
const offset = () => z.number().int().nonnegative();
const isoTime = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/, 'is not an ISO date and time');

/** A string column that holds JSON, checked against a contract schema. */
const jsonOf = (schema: z.ZodType, what: string) =>
  z.string().superRefine((text, ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: `is not JSON (${what})` });
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      ctx.addIssue({ code: 'custom', message: `is not valid ${what}${where}: ${issue?.message ?? 'invalid'}` });
    }
  });

export const ProjectRow = z.strictObject({ id: id(), name: line().min(1, 'is empty'), created_at: isoTime() });

export const DocumentRow = z
  .strictObject({
    id: id(),
    project_id: id(),
    title: line(),
    source: line().nullable(),
    author: line().nullable(),
    published_date: PartialDate.nullable(),
    url: line().nullable(),
    language: line().nullable(),
    file_name: line(),
    format: DocumentFormat,
    content_hash: z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 in hex'),
    text: prose(),
    blocks_json: jsonOf(z.array(Block), 'blocks'),
    word_count: z.number().int().nonnegative(),
    reliability: Reliability.nullable(),
    imported_at: isoTime(),
    updated_at: isoTime(),
    replaced_at: isoTime().nullable(),
  })
  .superRefine((row, ctx) => {
    const blocks = JSON.parse(row.blocks_json) as Block[];
    const bad = blocks.findIndex((b) => b.start > b.end || b.end > row.text.length);
    if (bad >= 0)
      ctx.addIssue({ code: 'custom', path: ['blocks_json'], message: `block ${bad} lies outside the text` });
  });

export const HighlightRow = z
  .strictObject({
    id: id(),
    project_id: id(),
    document_id: id(),
    start_offset: offset(),
    end_offset: offset(),
    quote: prose(),
    prefix: prose(),
    suffix: prose(),
    color: HighlightColor,
    note: prose(),
    status: Highlight.shape.status,
    credibility: Credibility.nullable(),
    created_at: isoTime(),
    updated_at: isoTime(),
  })
  .refine((row) => row.end_offset > row.start_offset, {
    path: ['end_offset'],
    message: 'is not after start_offset',
  });

export const TagRow = z.strictObject({
  id: id(),
  project_id: id(),
  name: line().min(1, 'is empty'),
  parent_id: id().nullable(),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/, 'is not a colour written #rrggbb')
    .nullable(),
  description: prose(),
  pin: z.number().int().min(1, 'is not 1–9').max(9, 'is not 1–9').nullable(),
  created_at: isoTime(),
});

export const HighlightTagRow = z.strictObject({ highlight_id: id(), tag_id: id() });

export const EventRow = z
  .strictObject({
    id: id(),
    project_id: id(),
    date: z.string().superRefine((date, ctx) => {
      const read = readEdtf(date);
      if (!read.ok) ctx.addIssue({ code: 'custom', message: `is not an EDTF date: ${read.message}` });
      else if (read.reading.edtf !== date)
        ctx.addIssue({ code: 'custom', message: `is not written as ${read.reading.edtf}` });
    }),
    earliest: z.string().nullable(),
    latest: z.string().nullable(),
    title: line(),
    description: prose(),
    created_at: isoTime(),
    updated_at: isoTime(),
  })
  .superRefine((row, ctx) => {
    const read = readEdtf(row.date);
    if (!read.ok) return;
    for (const bound of ['earliest', 'latest'] as const) {
      if (row[bound] !== read.reading[bound]) {
        ctx.addIssue({ code: 'custom', path: [bound], message: `does not match the date ${row.date}` });
      }
    }
  });

export const EventHighlightRow = z.strictObject({ event_id: id(), highlight_id: id(), linked_at: isoTime() });

export const HighlightLinkRow = z
  .strictObject({ from_id: id(), to_id: id(), kind: HighlightLinkKind, created_at: isoTime() })
  .refine((row) => row.from_id !== row.to_id, { path: ['to_id'], message: 'links a highlight to itself' });

export const BriefDraftRow = z.strictObject({
  id: id(),
  project_id: id(),
  title: line(),
  settings_json: jsonOf(BriefSettings.partial(), 'brief settings'),
  summary: prose(),
  judgments_json: jsonOf(z.array(BriefJudgment), 'key judgments'),
  updated_at: isoTime(),
});

/** Every table of a bundle, in the order they are checked and (later) inserted: parents first. */
export const rowSchemas = {
  projects: ProjectRow,
  documents: DocumentRow,
  highlights: HighlightRow,
  tags: TagRow,
  highlight_tags: HighlightTagRow,
  events: EventRow,
  event_highlights: EventHighlightRow,
  highlight_links: HighlightLinkRow,
  brief_drafts: BriefDraftRow,
} as const;

export type BundleTable = keyof typeof rowSchemas;
export const bundleTables = Object.keys(rowSchemas) as BundleTable[];

/** The primary key columns of each table (the change log's list), which order its rows in a bundle. */
export const primaryKeys: Record<BundleTable, readonly string[]> = userTables;
