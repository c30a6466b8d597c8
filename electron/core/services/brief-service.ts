/** Gathers everything the brief needs from the store and renders it. */
import { renderBrief } from '../export/brief';
import type { Context } from './context';
import { listEvents } from './timeline-service';

export function exportBrief(ctx: Context, projectName: string, title: string | undefined, now: Date) {
  // The codebook keeps tags nobody has used yet; the brief lists only tags that carry passages.
  const tags = ctx.repos.tags
    .list(ctx.projectId)
    .map((tag) => ({ tag, passages: ctx.repos.highlights.byTag(tag.id) }))
    .filter((entry) => entry.passages.length > 0);
  const markdown = renderBrief({
    title: title?.trim() || `Brief — ${projectName}`,
    generatedAt: now,
    documents: ctx.repos.documents.list(ctx.projectId),
    events: listEvents(ctx),
    tags,
    passages: ctx.repos.highlights.all(ctx.projectId),
  });
  return { markdown, fileName: briefFileName(title?.trim() || projectName, now) };
}

/** A file name that is safe on every OS: no separators, reserved characters or trailing dots. */
export function briefFileName(title: string, now: Date): string {
  const stem = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${stem || 'brief'}-${now.toISOString().slice(0, 10)}.md`;
}
