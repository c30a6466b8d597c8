/** Documents: import (with duplicate detection), metadata edits, deletion and the first-run sample. */
import type {
  DocumentDetail,
  DocumentId,
  DocumentSummary,
  ImportFile,
  ImportReport,
  MethodInput,
} from '../../contract';
import { DossierFailure } from '../errors';
import { parseFile, type ParsedDocument } from '../importers/import-file';
import type { Writer } from '../repos/writer';
import { isRealDate } from '../../contract';
import type { Context } from './context';
import { dropUnusedTags, removeHighlight } from './annotation-service';

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

export function importBase64(ctx: Context, files: readonly ImportFile[]): Promise<ImportReport> {
  return importFiles(
    ctx,
    files.map((f) => ({ name: f.name, bytes: Buffer.from(f.contentBase64, 'base64') })),
  );
}

/** Parses every file first, then stores all good ones in one transaction; one bad file never stops the rest. */
export async function importFiles(
  ctx: Context,
  files: readonly NamedBytes[],
  kind: 'do' | 'system' = 'do',
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [], warnings: [] };
  const parsed: ParsedDocument[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    try {
      const doc = await parseFile(file.name, file.bytes);
      const existing = ctx.repos.documents.byHash(ctx.projectId, doc.contentHash);
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
        parsed.push(doc);
        for (const message of doc.warnings) report.warnings.push({ name: doc.fileName, message });
      }
    } catch (error) {
      report.failed.push({ name: file.name, message: messageOf(error) });
    }
  }
  if (parsed.length === 0) return report;
  const label = parsed.length === 1 ? `Import “${parsed[0]?.title}”` : `Import ${parsed.length} documents`;
  const ids = ctx.mutate(label, (w) => parsed.map((doc) => insertDocument(ctx, w, doc)), kind);
  for (const id of ids) {
    const summary = ctx.repos.documents.summary(id);
    if (summary) report.imported.push(summary);
  }
  return report;
}

function insertDocument(ctx: Context, w: Writer, doc: ParsedDocument): string {
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
    blocks_json: JSON.stringify(doc.blocks),
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
  if (input.publishedDate !== undefined) {
    if (input.publishedDate !== null && !isRealDate(input.publishedDate)) {
      throw new DossierFailure('invalid_input', `${input.publishedDate} is not a real calendar date.`);
    }
    patch.published_date = input.publishedDate;
  }
  ctx.mutate(`Edit details of “${row.title}”`, (w) => {
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
    dropUnusedTags(ctx, w);
  });
}

function notFound(): DossierFailure {
  return new DossierFailure('not_found', 'That document is no longer in the library.');
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
