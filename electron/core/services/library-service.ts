/** Documents: import (with duplicate detection), metadata edits, deletion and the first-run sample. */
import type {
  DocumentDetail,
  DocumentId,
  DocumentSummary,
  EventPayload,
  ImportFile,
  ImportReport,
  MethodInput,
} from '../../contract';
import { DossierFailure } from '../errors';
import { parseStorable, type StorableDocument } from '../importers/storable-document';
import type { Writer } from '../repos/writer';
import { isRealDate } from '../../contract';
import type { Context } from './context';
import { removeHighlight } from './annotation-service';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export function listDocuments(ctx: Context): DocumentSummary[] {
  return ctx.repos.documents.list(ctx.projectId);
}

export function getDocument(ctx: Context, id: string): DocumentDetail {
  const detail = ctx.repos.documents.detail(id);
  if (!detail) throw notFound();
  return { ...detail, highlights: ctx.repos.highlights.byDocument(id) };
}

/** How an import parses its files, and what it is told while it runs; see import-jobs.ts. */
export interface ImportRun {
  parse(file: NamedBytes, signal: AbortSignal | undefined): Promise<StorableDocument>;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}
/** Files read so far of the total, and the first one still being read (null once all are). */
export type ImportProgress = Omit<EventPayload<'import.progress'>, 'jobId' | 'project'>;

/** In this thread: only for the few small files of the first-run sample, which should not wait for a worker. */
export const parseInThread: ImportRun = { parse: (file) => parseStorable(file.name, file.bytes) };

export function importBase64(ctx: Context, files: readonly ImportFile[], run: ImportRun): Promise<ImportReport> {
  return importFiles(
    ctx,
    files.map((f) => ({ name: f.name, bytes: Buffer.from(f.contentBase64, 'base64') })),
    'do',
    run,
  );
}

type Parsed = { doc: StorableDocument } | { error: string };

/**
 * Parses every file first (in parallel, as the run allows), then stores all good ones in one
 * transaction: one bad file never stops the rest, and a cancelled import stores nothing.
 */
export async function importFiles(
  ctx: Context,
  files: readonly NamedBytes[],
  kind: 'do' | 'system' = 'do',
  run: ImportRun = parseInThread,
): Promise<ImportReport> {
  const { signal, onProgress } = run;
  if (signal?.aborted) return { imported: [], duplicates: [], failed: [], warnings: [], cancelled: true };
  const parsed: (Parsed | undefined)[] = files.map(() => undefined);
  let done = 0;
  let firstUnread = 0;
  const report = () => {
    while (parsed[firstUnread]) firstUnread++;
    onProgress?.({ done, total: files.length, current: files[firstUnread]?.name ?? null });
  };
  report();
  await Promise.all(
    files.map(async (file, i) => {
      try {
        parsed[i] = { doc: await run.parse(file, signal) };
      } catch (error) {
        parsed[i] = { error: messageOf(error) };
      }
      done++;
      if (!signal?.aborted) report();
    }),
  );
  if (signal?.aborted) return { imported: [], duplicates: [], failed: [], warnings: [], cancelled: true };
  return store(ctx, files, parsed, kind);
}

/** Synchronous from the duplicate check to the commit, so no other import can slip in between. */
function store(
  ctx: Context,
  files: readonly NamedBytes[],
  parsed: readonly (Parsed | undefined)[],
  kind: 'do' | 'system',
): ImportReport {
  const report: ImportReport = { imported: [], duplicates: [], failed: [], warnings: [] };
  const accepted: StorableDocument[] = [];
  const seen = new Map<string, string>();
  const hashes = parsed.flatMap((result) => (result && 'doc' in result ? [result.doc.contentHash] : []));
  const stored = ctx.repos.documents.byHashes(hashes);
  files.forEach((file, i) => {
    const result = parsed[i];
    if (!result || 'error' in result) {
      report.failed.push({ name: file.name, message: result?.error ?? `${file.name} was not read.` });
      return;
    }
    const { doc } = result;
    const existing = stored.get(doc.contentHash);
    const sameBatch = seen.get(doc.contentHash);
    if (existing) {
      report.duplicates.push({ name: file.name, existingId: existing.id as DocumentId, title: existing.title });
    } else if (sameBatch) {
      report.failed.push({
        name: file.name,
        message: `${file.name} has the same content as ${sameBatch} in this import.`,
      });
    } else {
      seen.set(doc.contentHash, file.name);
      accepted.push(doc);
      for (const message of doc.warnings) report.warnings.push({ name: doc.fileName, message });
    }
  });
  if (accepted.length === 0) return report;
  const label = accepted.length === 1 ? `Import “${accepted[0]?.title}”` : `Import ${accepted.length} documents`;
  const ids = ctx.mutate(label, (w) => accepted.map((doc) => insertDocument(ctx, w, doc)), kind);
  report.imported.push(...ctx.repos.documents.summaries(ids));
  return report;
}

/** Writes one parsed document as a new row; the caller's `mutate` logs it. */
export function insertDocument(ctx: Context, w: Writer, doc: StorableDocument): string {
  const id = ctx.newId();
  const now = ctx.now();
  w.insert('documents', {
    id,
    project_id: ctx.projectId,
    title: doc.title,
    source: doc.source,
    author: doc.author,
    published_date: doc.publishedDate,
    url: doc.url,
    language: doc.language,
    file_name: doc.fileName,
    format: doc.format,
    content_hash: doc.contentHash,
    text: doc.text,
    blocks_json: doc.blocksJson,
    word_count: doc.wordCount,
    imported_at: now,
    updated_at: now,
  });
  return id;
}

export function updateDocument(ctx: Context, input: MethodInput<'documents.update'>): DocumentSummary {
  const row = ctx.repos.documents.row(input.id);
  if (!row) throw notFound();
  const patch: Record<string, string | null> = {};
  if (input.title !== undefined) patch.title = input.title.trim();
  if (input.source !== undefined) patch.source = input.source?.trim() || null;
  if (input.author !== undefined) patch.author = input.author?.trim() || null;
  if (input.url !== undefined) patch.url = input.url;
  if (input.language !== undefined) patch.language = input.language;
  if (input.reliability !== undefined) patch.reliability = input.reliability;
  if (input.publishedDate !== undefined) {
    if (input.publishedDate !== null && !isRealDate(input.publishedDate)) {
      throw new DossierFailure('invalid_input', `${input.publishedDate} is not a real calendar date.`);
    }
    patch.published_date = input.publishedDate;
  }
  const onlyGrade = Object.keys(patch).length === 1 && input.reliability !== undefined;
  const label = onlyGrade
    ? `${input.reliability === null ? 'Clear grade of' : `Grade source ${input.reliability}:`} “${row.title}”`
    : `Edit details of “${row.title}”`;
  ctx.mutate(label, (w) => {
    w.update('documents', { id: input.id }, { ...patch, updated_at: ctx.now() });
  });
  const summary = ctx.repos.documents.summary(input.id);
  if (!summary) throw notFound();
  return summary;
}

export function deleteDocument(ctx: Context, id: string): void {
  const row = ctx.repos.documents.row(id);
  if (!row) throw notFound();
  ctx.mutate(`Delete “${row.title}”`, (w) => {
    for (const highlightId of ctx.repos.highlights.idsByDocument(id)) removeHighlight(ctx, w, highlightId);
    w.delete('documents', { id });
  });
}

function notFound(): DossierFailure {
  return new DossierFailure('not_found', 'That document is no longer in the library.');
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
