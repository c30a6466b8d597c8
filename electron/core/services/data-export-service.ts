/**
 * Data exports beside the brief: passages as CSV or JSON, the timeline in TimelineJS's CSV layout or
 * as JSON, every annotation as JSON. Reads the same data as the brief, so the two always agree.
 */
import type { MethodInput, MethodOutput } from '../../contract';
import { annotationsJson, passagesCsv, passagesJson, timelineJsCsv, timelineJson } from '../export/data';
import type { AnnotationLink } from '../export/data';
import { DossierFailure } from '../errors';
import { briefData, fileStem } from './brief-service';
import type { Context } from './context';

export function exportData(
  ctx: Context,
  projectName: string,
  input: MethodInput<'export.data'>,
  now: Date,
): MethodOutput<'export.data'> {
  const data = briefData(ctx, now);
  const fileName = `${fileStem(projectName) || 'dossier'}-${input.kind}-${now.toISOString().slice(0, 10)}.${input.format}`;
  if (input.kind === 'passages') {
    const content = input.format === 'csv' ? passagesCsv(data) : passagesJson(data);
    return { fileName, content };
  }
  if (input.kind === 'timeline') {
    if (input.format === 'json') return { fileName, content: timelineJson(data.events, data.documents) };
    const { csv, skipped } = timelineJsCsv(data.events, data.documents);
    return { fileName, content: csv, skipped: skipped.length };
  }
  // The contract refuses annotations as CSV; this guards a caller that skipped it.
  if (input.format !== 'json') {
    throw new DossierFailure('invalid_input', 'Annotations export as JSON only; ask for format json.');
  }
  return { fileName, content: annotationsJson({ ...data, projectName, generatedAt: now, links: links(ctx, data) }) };
}

/** Every corroboration link of the project once, oldest first as the store keeps them. */
function links(ctx: Context, data: ReturnType<typeof briefData>): AnnotationLink[] {
  const seen = new Set<string>();
  const out: AnnotationLink[] = [];
  for (const { highlight } of data.passages) {
    for (const link of ctx.repos.highlights.corroboration(highlight.id)) {
      const key = `${link.from_id}\u0000${link.to_id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        fromHighlightId: link.from_id,
        toHighlightId: link.to_id,
        kind: link.kind as AnnotationLink['kind'],
      });
    }
  }
  return out;
}
