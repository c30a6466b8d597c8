/**
 * The brief as the analyst composed it: gathers the project's data from the store once (documents,
 * events, codebook, every passage, PDF pages), builds the brief's syntax tree and writes it in the
 * format asked for. The tree and its writers are pure (export/brief); this is their only feeder.
 */
import type { BriefDraft, MethodInput, MethodOutput } from '../../contract';
import {
  ALL_SECTIONS,
  briefDocx,
  briefHtml,
  briefMarkdown,
  buildBriefTree,
  type BriefData,
  type BriefSpec,
} from '../export/brief';
import { getDraft } from './brief-draft-service';
import type { Context } from './context';
import { listEvents } from './timeline-service';

type BriefInput = MethodInput<'export.brief'>;

export async function exportBrief(
  ctx: Context,
  projectName: string,
  input: BriefInput,
  now: Date,
): Promise<MethodOutput<'export.brief'>> {
  const composed = withDraft(input, getDraft(ctx));
  const spec = briefSpec(composed, projectName);
  const tree = buildBriefTree(spec, briefData(ctx, now));
  const markdown = briefMarkdown(tree);
  const format = input.format ?? 'md';
  const fileName = briefFileName(composed.title?.trim() || projectName, now, format);
  if (format === 'md') return { fileName, format, content: markdown, markdown };
  if (format === 'html') return { fileName, format, content: briefHtml(tree, spec.title), markdown };
  const bytes = await briefDocx(tree, spec.title);
  return { fileName, format, content: Buffer.from(bytes).toString('base64'), markdown };
}

/** The tree `exportBrief` serializes, for the live preview (no format, no serializing). */
export function previewBrief(
  ctx: Context,
  projectName: string,
  input: MethodInput<'brief.preview'>,
  now: Date,
): MethodOutput<'brief.preview'> {
  const spec = briefSpec(withDraft(input, getDraft(ctx)), projectName);
  return { tree: buildBriefTree(spec, briefData(ctx, now)) };
}

/** What the call leaves out comes from the brief as saved with the project. */
function withDraft(input: BriefInput, draft: BriefDraft): BriefInput {
  return {
    ...input,
    title: input.title ?? (draft.title || undefined),
    scope: input.scope ?? draft.scope,
    structure: input.structure ?? draft.structure,
    sections: input.sections ?? draft.sections,
    summary: input.summary ?? draft.summary,
    judgments: input.judgments ?? draft.judgments,
  };
}

/** The analyst's choices over the defaults: the whole project, by tag, every section. */
export function briefSpec(input: BriefInput, projectName: string): BriefSpec {
  return {
    title: input.title?.trim() || `Brief — ${projectName}`,
    scope: input.scope ?? {},
    structure: input.structure ?? 'tag',
    sections: { ...ALL_SECTIONS, ...definedOnly(input.sections ?? {}) },
    summary: input.summary ?? '',
    judgments: input.judgments ?? [],
  };
}

/** Everything the brief and the data exports are built from, read in one go. */
export function briefData(ctx: Context, now: Date): BriefData {
  const documents = ctx.repos.documents.list(ctx.projectId);
  const passages = ctx.repos.highlights.all(ctx.projectId);
  return {
    documents,
    events: listEvents(ctx),
    tags: ctx.repos.tags.list(ctx.projectId),
    passages,
    pageOf: pdfPages(ctx, documents, passages),
    replacedAt: ctx.repos.documents.replacedAt(ctx.projectId),
    generatedAt: now,
  };
}

/**
 * The PDF page each passage starts on, from the block holding its first character. Only PDFs have
 * pages, so only their blocks are read.
 */
function pdfPages(
  ctx: Context,
  documents: BriefData['documents'],
  passages: BriefData['passages'],
): ReadonlyMap<string, number> {
  const pages = new Map<string, number>();
  const pdfs = new Set(documents.filter((d) => d.format === 'pdf').map((d) => d.id as string));
  const byDocument = new Map<string, { id: string; start: number }[]>();
  for (const { highlight: h } of passages) {
    if (!pdfs.has(h.documentId)) continue;
    const list = byDocument.get(h.documentId) ?? [];
    list.push({ id: h.id, start: h.start });
    byDocument.set(h.documentId, list);
  }
  for (const [documentId, highlights] of byDocument) {
    const blocks = ctx.repos.documents.detail(documentId)?.blocks ?? [];
    for (const h of highlights) {
      const block = blocks.find((b) => b.page !== undefined && b.start <= h.start && h.start < b.end);
      if (block?.page !== undefined) pages.set(h.id, block.page);
    }
  }
  return pages;
}

function definedOnly<T extends object>(partial: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]-?: Exclude<T[K], undefined>;
  };
}

/** A file name that is safe on every OS: no separators, reserved characters or trailing dots. */
export function briefFileName(title: string, now: Date, extension = 'md'): string {
  return `${fileStem(title) || 'brief'}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Letters and digits of a title, the rest as single hyphens, lower case, at most 60 characters. */
export function fileStem(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
}
