/**
 * Replacing a document with a newer version of its file, keeping its highlights. Each highlight is
 * found again in the new text by its quote and context, or by its edited quote in the same context
 * (the new quote is then stored); one that cannot be placed with confidence keeps its old quote and
 * is marked 'needs_review' — it is never silently moved to another passage. The text, metadata and
 * every highlight change in one change set, so one undo restores them all. The file is parsed as an
 * import's are (in a parse worker, under the same time limit), so a big one never freezes the app.
 */
import { errorCodes, type MethodOutput } from '../../contract';
import { WorkBudget } from '../anchoring/edit-distance';
import { anchorInNewVersion, CELLS_PER_VERSION } from '../anchoring/new-version';
import { describe } from '../anchoring/selector';
import { DossierFailure } from '../errors';
import type { StorableDocument } from '../importers/storable-document';
import type { DocumentRow } from '../repos/documents-repo';
import type { HighlightRow } from '../repos/highlights-repo';
import type { Writer } from '../repos/writer';
import type { Context } from './context';
import { parseInThread, type ImportRun, type NamedBytes } from './library-service';

export type ReplaceResult = MethodOutput<'documents.replace'>;

export async function replaceDocument(
  ctx: Context,
  id: string,
  file: NamedBytes,
  run: ImportRun = parseInThread,
): Promise<ReplaceResult> {
  if (!ctx.repos.documents.row(id)) throw notFound();
  const doc = await run.parse(file, run.signal).catch((error: unknown) => {
    throw unreadable(error);
  });
  // Read again after the await: the document may have changed or gone while the file was parsed.
  const row = ctx.repos.documents.row(id);
  if (!row) throw notFound();
  if (row.content_hash === doc.contentHash) {
    throw new DossierFailure('conflict', `${doc.fileName} is already the current version of “${row.title}”.`);
  }
  const twin = ctx.repos.documents.byHash(ctx.projectId, doc.contentHash);
  if (twin) {
    throw new DossierFailure(
      'conflict',
      `${doc.fileName} has the same content as “${twin.title}”, already in the library.`,
    );
  }
  const counts = ctx.mutate(`Replace “${row.title}” with a new version`, (w) => {
    w.update('documents', { id }, documentPatch(ctx, row, doc));
    let reanchored = 0;
    let needsReview = 0;
    const budget = new WorkBudget(CELLS_PER_VERSION);
    for (const highlightId of ctx.repos.highlights.idsByDocument(id)) {
      const highlight = ctx.repos.highlights.row(highlightId);
      if (!highlight) continue;
      if (reanchor(ctx, w, highlight, doc.text, budget)) reanchored++;
      else needsReview++;
    }
    return { reanchored, needsReview };
  });
  const document = ctx.repos.documents.summary(id);
  if (!document) throw notFound();
  return { document, ...counts };
}

/** The new content; the analyst's details stay, and only empty ones are filled from the new file. */
function documentPatch(ctx: Context, row: DocumentRow, doc: StorableDocument): Record<string, string | number | null> {
  // `replaced_at` is its own column because `updated_at` also moves on metadata edits; the brief
  // compares it with when each passage was taken. Undo restores it with the rest of the row.
  const now = ctx.now();
  return {
    text: doc.text,
    blocks_json: doc.blocksJson,
    word_count: doc.wordCount,
    content_hash: doc.contentHash,
    file_name: doc.fileName,
    format: doc.format,
    source: row.source ?? doc.source,
    author: row.author ?? doc.author,
    published_date: row.published_date ?? doc.publishedDate,
    url: row.url ?? doc.url,
    language: row.language ?? doc.language,
    updated_at: now,
    replaced_at: now,
  };
}

/** Places one highlight in the new text; returns false when it had to be flagged for review. */
function reanchor(ctx: Context, w: Writer, h: HighlightRow, text: string, budget: WorkBudget): boolean {
  const selector = { start: h.start_offset, end: h.end_offset, quote: h.quote, prefix: h.prefix, suffix: h.suffix };
  const found = anchorInNewVersion(text, selector, budget);
  const placed = found ? describe(text, found.start, found.end) : null;
  if (!placed) {
    if (h.status !== 'needs_review') {
      w.update('highlights', { id: h.id }, { status: 'needs_review', updated_at: ctx.now() });
    }
    return false;
  }
  w.update(
    'highlights',
    { id: h.id },
    {
      start_offset: placed.start,
      end_offset: placed.end,
      quote: placed.quote,
      prefix: placed.prefix,
      suffix: placed.suffix,
      status: 'anchored',
      updated_at: ctx.now(),
    },
  );
  return true;
}

/** Why the new file could not be read, as the analyst should see it (a worker's error keeps its code). */
function unreadable(error: unknown): DossierFailure {
  if (error instanceof DossierFailure) return error;
  const { message, code } = error as { message?: string; code?: string };
  const known = errorCodes.find((c) => c === code);
  return new DossierFailure(known ?? 'unsupported_format', message ?? String(error));
}

function notFound(): DossierFailure {
  return new DossierFailure('not_found', 'That document is no longer in the library.');
}
